"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * After a navigation to an address with a fragment (/pesquisa#busca, from the "Ir para a busca"
 * access key), focus goes to the element it names, as a browser does on a full page load: the
 * client-side router only scrolls to it.
 */
export function HashFocus() {
  const pathname = usePathname();
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.focus();
  }, [pathname]);
  return null;
}

"use client";

import { useEffect, useState } from "react";
import { contactAction } from "@/lib/tickets/request-actions";

export type Contact = { email: string; phone: string | null };

/**
 * The e-mail and phone of the person chosen as "Requisitado para". The page sends only the
 * signed-in user's own; anyone else's is asked for when chosen, so the page's payload never
 * carries a whole organization's addresses.
 */
export function useContact(userId: string | undefined, me: (Contact & { id: string }) | undefined) {
  const [fetched, setFetched] = useState<{ userId: string; contact: Contact | null } | null>(null);
  const own = userId !== undefined && userId === me?.id;

  useEffect(() => {
    if (!userId || own) return;
    let current = true;
    void contactAction({ userId }).then((result) => {
      if (current) setFetched({ userId, contact: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [userId, own]);

  if (own) return me;
  return fetched && fetched.userId === userId ? fetched.contact : null;
}

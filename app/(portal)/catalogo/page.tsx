import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { catalogueRoots, categoryHref } from "@/lib/catalog/queries";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Catálogo" };

/** "Catálogo": the top of the category tree. */
export default async function CataloguePage() {
  await requireUser("/catalogo");
  const roots = await catalogueRoots();
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Página Inicial", href: "/" }]} current="Catálogo" />
      <h1 className="text-2xl font-semibold">Catálogo</h1>
      {roots.map((root) => (
        <section key={root.id} aria-labelledby={`c-${root.id}`} className="space-y-3">
          <h2 id={`c-${root.id}`} className="text-lg font-semibold">
            <Link href={categoryHref(root.slug)} className="text-brand-700 underline">
              {root.name}
            </Link>
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {root.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={categoryHref(child.slug)}
                  className="block rounded-lg border border-slate-200 bg-white p-4 font-medium shadow-sm hover:border-brand-600"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { categoryHref, getCategory, itemHref } from "@/lib/catalog/queries";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Catálogo" };

/** One category: its subcategories and its items. */
export default async function CategoryPage({ params }: PageProps<"/catalogo/categoria/[slug]">) {
  const { slug } = await params;
  await requireUser(categoryHref(slug));
  const category = await getCategory(slug);
  if (!category) notFound();
  const card =
    "block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600";

  return (
    <div className="space-y-6">
      <Breadcrumb trail={category.trail.slice(0, -1)} current={category.name} />
      <h1 className="text-2xl font-semibold">{category.name}</h1>
      {category.children.length > 0 ? (
        <section aria-labelledby="subcategorias" className="space-y-3">
          <h2 id="subcategorias" className="text-lg font-semibold">
            Categorias
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {category.children.map((child) => (
              <li key={child.id}>
                <Link href={categoryHref(child.slug)} className={`${card} font-medium`}>
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {category.items.length > 0 ? (
        <section aria-labelledby="itens" className="space-y-3">
          <h2 id="itens" className="text-lg font-semibold">
            Serviços
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {category.items.map((item) => (
              <li key={item.slug}>
                <Link href={itemHref(item.slug)} className={card}>
                  <span className="block font-semibold text-brand-800">{item.title}</span>
                  {item.subtitle ? (
                    <span className="block text-sm text-slate-600">{item.subtitle}</span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {category.children.length === 0 && category.items.length === 0 ? (
        <p className="text-slate-600">Nenhum serviço nesta categoria.</p>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { itemHref, searchCatalogue } from "@/lib/catalog/queries";
import { SearchForm } from "@/components/catalog/search-form";

export const metadata: Metadata = { title: "Pesquisar" };

/** Results of "Pesquisar": catalogue items with where they sit in the catalogue. */
export default async function SearchPage({ searchParams }: PageProps<"/pesquisa">) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  await requireUser(`/pesquisa?q=${encodeURIComponent(query)}`);
  const results = await searchCatalogue(query);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Pesquisar</h1>
      <SearchForm defaultValue={query} />
      <p role="status" className="text-sm text-slate-700">
        {query.trim() === ""
          ? "Digite o nome de um serviço, sistema ou assunto."
          : results.length === 0
            ? `Nenhum resultado para “${query}”.`
            : `${results.length} ${results.length === 1 ? "resultado" : "resultados"} para “${query}”.`}
      </p>
      <ul className="space-y-3">
        {results.map((item) => (
          <li key={item.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-xs text-slate-600">
              {[...item.trail.map((c) => c.name), item.title].join(" › ")}
            </p>
            <Link
              href={itemHref(item.slug)}
              className="text-lg font-semibold text-brand-700 underline"
            >
              {item.title}
            </Link>
            {item.subtitle ? <p className="text-sm text-slate-700">{item.subtitle}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { itemHref, searchAddressFields, searchCatalogue } from "@/lib/catalog/queries";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { SearchForm } from "@/components/catalog/search-form";
import { ListNotice } from "@/components/ui/list-notice";
import { ListPager } from "@/components/ui/list-pager";

export const metadata: Metadata = { title: "Pesquisar" };

const PAGE_SIZE = 20;

/** Results of "Pesquisar" (/pesquisa?busca=…): catalogue items with where they sit in the catalogue. */
export default async function SearchPage({ searchParams }: PageProps<"/pesquisa">) {
  const { params, problem } = parseListAddress(searchAddressFields, await searchParams);
  const query = params.busca ?? "";
  const href = (pagina: number) => listHref("/pesquisa", { busca: query, pagina });
  await requireUser(href(params.pagina));
  const results = await searchCatalogue(query);
  const shown = results.slice((params.pagina - 1) * PAGE_SIZE, params.pagina * PAGE_SIZE);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Pesquisar</h1>
      <ListNotice problem={problem} />
      <SearchForm defaultValue={query} />
      <p role="status" className="text-sm text-slate-700">
        {query === ""
          ? "Digite o nome de um serviço, sistema ou assunto."
          : results.length === 0
            ? `Nenhum resultado para “${query}”.`
            : `${results.length} ${results.length === 1 ? "resultado" : "resultados"} para “${query}”.`}
      </p>
      <ul className="space-y-3">
        {shown.map((item) => (
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
      {results.length > PAGE_SIZE ? (
        <ListPager
          page={params.pagina}
          pageSize={PAGE_SIZE}
          total={results.length}
          pageHref={href}
        />
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { searchAddressFields } from "@/lib/catalog/queries";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { searchPortal } from "@/lib/search";
import { SearchForm } from "@/components/catalog/search-form";
import { SearchHitCard } from "@/components/search/search-hit";
import { ListNotice } from "@/components/ui/list-notice";
import { ListPager } from "@/components/ui/list-pager";

export const metadata: Metadata = { title: "Pesquisar" };

const PAGE_SIZE = 20;

/**
 * Results of "Pesquisar" (/pesquisa?busca=…): catalogue items and articles together, the most
 * relevant first. Signed out, the public articles only (the catalogue needs a sign-in).
 */
export default async function SearchPage({ searchParams }: PageProps<"/pesquisa">) {
  const { params, problem } = parseListAddress(searchAddressFields, await searchParams);
  const query = params.busca ?? "";
  const href = (pagina: number) => listHref("/pesquisa", { busca: query, pagina });
  const user = await getCurrentUser();
  const { hits, total } = await searchPortal(user, query, {
    page: params.pagina,
    pageSize: PAGE_SIZE,
  });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Pesquisar</h1>
      <ListNotice problem={problem} />
      <SearchForm defaultValue={query} />
      <p role="status" className="text-sm text-slate-700">
        {query === ""
          ? "Digite o nome de um serviço, sistema ou assunto."
          : total === 0
            ? `Nenhum resultado para “${query}”.`
            : `${total} ${total === 1 ? "resultado" : "resultados"} para “${query}”.`}
      </p>
      {user ? null : (
        <p className="text-sm text-slate-700">
          <Link href={`/login?callbackUrl=${encodeURIComponent(href(1))}`} className="underline">
            Entre
          </Link>{" "}
          para pesquisar também os serviços do Catálogo e os artigos para usuários do portal.
        </p>
      )}
      <ul className="space-y-3">
        {hits.map((hit) => (
          <SearchHitCard key={`${hit.kind}:${hit.id}`} hit={hit} />
        ))}
      </ul>
      {total > PAGE_SIZE ? (
        <ListPager page={params.pagina} pageSize={PAGE_SIZE} total={total} pageHref={href} />
      ) : null}
    </div>
  );
}

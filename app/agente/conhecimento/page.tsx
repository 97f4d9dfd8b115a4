import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { ARTICLE_STATE_LABELS, AUDIENCE_LABELS } from "@/lib/knowledge/access";
import {
  AUTHORING_LIST,
  AUTHORING_PAGE_SIZE,
  authoringFilterChoices,
  listArticlesForAuthors,
} from "@/lib/knowledge/authoring-queries";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { getPortalTime } from "@/lib/time/portal-time";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListNotice } from "@/components/ui/list-notice";
import { ListPager } from "@/components/ui/list-pager";
import { ListTable } from "@/components/ui/list-table";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Base de Conhecimento" };

const PATH = "/agente/conhecimento";
const pairs = (rows: { id: string; name: string }[]) => rows.map((r) => [r.id, r.name] as const);

/** The authors' list of articles, every state, with the filters in the address. */
export default async function AuthoringList({ searchParams }: PageProps<"/agente/conhecimento">) {
  const { params, problem } = parseListAddress(AUTHORING_LIST, await searchParams);
  const user = await requireRole(listHref(PATH, params), ...SUPPORT_ROLES);
  const time = await getPortalTime();
  const [list, choices] = await Promise.all([
    listArticlesForAuthors(user, params, time.now),
    authoringFilterChoices(user),
  ]);
  if (!list.ok || !choices.ok) notFound();
  const { rows, total } = list.value;

  return (
    <div className="space-y-4">
      <Breadcrumb trail={[{ name: "Filas", href: "/agente" }]} current="Base de Conhecimento" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Base de Conhecimento</h1>
        <div className="flex gap-3">
          <Link href={`${PATH}/categorias`} className="px-3 py-2 text-sm text-brand-700 underline">
            Categorias
          </Link>
          <Link
            href={`${PATH}/novo`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Novo artigo
          </Link>
        </div>
      </div>
      <ListNotice problem={problem} />
      <form
        method="get"
        action={PATH}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <FilterSelect
          name="estado"
          label="Estado"
          value={params.estado}
          options={Object.entries(ARTICLE_STATE_LABELS)}
        />
        <FilterSelect
          name="categoria"
          label="Categoria"
          value={params.categoria}
          options={pairs(choices.value.categories)}
        />
        <FilterSelect
          name="autor"
          label="Autor"
          value={params.autor}
          options={pairs(choices.value.authors)}
        />
        <label className="flex items-center gap-2 py-1.5 text-sm font-medium">
          <input type="checkbox" name="revisao" value="1" defaultChecked={!!params.revisao} />
          Precisa de revisão
        </label>
        <SubmitButton>Filtrar</SubmitButton>
      </form>
      <ListTable
        caption="Artigos"
        headers={["Título", "Estado", "Categoria", "Quem pode ler", "Atualizado", "Não"]}
        empty="Nenhum artigo encontrado."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link href={`${PATH}/${row.id}`} className="text-brand-700 underline">
                {row.title}
              </Link>
            </td>
            <td className="px-3 py-2">{ARTICLE_STATE_LABELS[row.state]}</td>
            <td className="px-3 py-2">{row.category.name}</td>
            <td className="px-3 py-2">{AUDIENCE_LABELS[row.audience]}</td>
            <td className="px-3 py-2">{time.dateTime(row.updatedAt)}</td>
            <td className="px-3 py-2">{row.notHelpful}</td>
          </tr>
        ))}
      </ListTable>
      <ListPager
        page={params.pagina}
        pageSize={AUTHORING_PAGE_SIZE}
        total={total}
        pageHref={(pagina) => listHref(PATH, { ...params, pagina })}
      />
    </div>
  );
}

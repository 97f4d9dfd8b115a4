import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { ARTICLE_STATE_LABELS, AUDIENCE_LABELS } from "@/lib/knowledge/access";
import { CHANGED_FIELD_LABELS } from "@/lib/knowledge/article-schema";
import { articleRevision, articleRevisions } from "@/lib/knowledge/editor-queries";
import { getPortalTime } from "@/lib/time/portal-time";
import { ArticleBody } from "@/components/knowledge/article-body";
import { RestoreButton } from "@/components/knowledge/restore-button";
import { Fact, FactList } from "@/components/tickets/fact-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ListTable } from "@/components/ui/list-table";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Histórico de versões" };

/** "Histórico de versões": every save, and one of them (?versao=n) as it read, to restore. */
export default async function RevisionsPage({
  params,
  searchParams,
}: PageProps<"/agente/conhecimento/[id]/versoes">) {
  const { id } = await params;
  const user = await requireRole(`/agente/conhecimento/${id}/versoes`, ...SUPPORT_ROLES);
  const { versao } = await searchParams;
  const number = Number(versao);
  const [history, time] = await Promise.all([articleRevisions(user, id), getPortalTime()]);
  if (!history.ok || !history.value) notFound();
  const { article, revisions } = history.value;
  const shown =
    Number.isInteger(number) && number > 0 ? await articleRevision(user, id, number) : null;
  const revision = shown?.ok ? shown.value : null;
  const base = `/agente/conhecimento/${id}`;

  return (
    <div className="space-y-4">
      <Breadcrumb
        trail={[
          { name: "Base de Conhecimento", href: "/agente/conhecimento" },
          { name: article.title, href: base },
        ]}
        current="Histórico de versões"
      />
      <h1 className="text-2xl font-semibold">Histórico de versões</h1>
      <ListTable
        caption="Versões"
        headers={["Versão", "Salva em", "Por", "Estado", "Alterou"]}
        empty="Nenhuma versão."
      >
        {revisions.map((r) => (
          <tr key={r.number} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link
                href={`${base}/versoes?versao=${r.number}`}
                className="text-brand-700 underline"
              >
                Versão {r.number}
              </Link>
            </td>
            <td className="px-3 py-2">{time.dateTime(r.createdAt)}</td>
            <td className="px-3 py-2">{r.author.name}</td>
            <td className="px-3 py-2">{ARTICLE_STATE_LABELS[r.state]}</td>
            <td className="px-3 py-2">
              {r.changed.map((f) => CHANGED_FIELD_LABELS[f] ?? f).join(", ") || "—"}
              {r.restoredFrom ? ` (restaurada da versão ${r.restoredFrom})` : ""}
            </td>
          </tr>
        ))}
      </ListTable>
      {revision ? (
        <Panel title={`Versão ${revision.number}`}>
          <FactList className="mb-4">
            <Fact label="Título">{revision.title}</Fact>
            <Fact label="Resumo">{revision.summary}</Fact>
            <Fact label="Categoria">{revision.category}</Fact>
            <Fact label="Quem pode ler">{AUDIENCE_LABELS[revision.audience]}</Fact>
            <Fact label="Palavras-chave">{revision.keywords || "—"}</Fact>
            <Fact label="Salva por">{`${revision.author.name}, ${time.dateTime(revision.createdAt)}`}</Fact>
          </FactList>
          <div className="mb-4">
            <ArticleBody html={revision.html} />
          </div>
          <RestoreButton articleId={id} number={revision.number} version={article.version} />
        </Panel>
      ) : null}
    </div>
  );
}

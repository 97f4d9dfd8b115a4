import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import type { ArticleFormValues } from "@/lib/knowledge/article-schema";
import { editorChoices } from "@/lib/knowledge/editor-queries";
import { articleFromTicket } from "@/lib/knowledge/from-ticket";
import { ARTICLE_TEMPLATE } from "@/lib/knowledge/markdown";
import { getPortalSettings } from "@/lib/portal-settings";
import { ArticleEditor } from "@/components/knowledge/article-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Novo artigo" };

const EMPTY: ArticleFormValues = {
  title: "",
  summary: "",
  body: ARTICLE_TEMPLATE,
  categoryId: "",
  keywords: "",
  itemIds: [],
  audience: "SIGNED_IN",
  reviewBy: "",
};

/** "Novo artigo", or "Criar artigo a partir deste chamado" (?chamado=CS…) with its first draft. */
export default async function NewArticlePage({
  searchParams,
}: PageProps<"/agente/conhecimento/novo">) {
  const { chamado } = await searchParams;
  const ticketNumber = typeof chamado === "string" ? chamado : undefined;
  const path = `/agente/conhecimento/novo${ticketNumber ? `?chamado=${encodeURIComponent(ticketNumber)}` : ""}`;
  const user = await requireRole(path, ...SUPPORT_ROLES);
  const draft = ticketNumber ? await articleFromTicket(user, ticketNumber) : null;
  if (draft && !draft.ok) notFound();
  const [choices, settings] = await Promise.all([editorChoices(user), getPortalSettings()]);
  if (!choices.ok) notFound();

  return (
    <div className="space-y-4">
      <Breadcrumb
        trail={[
          { name: "Filas", href: "/agente" },
          { name: "Base de Conhecimento", href: "/agente/conhecimento" },
        ]}
        current="Novo artigo"
      />
      <h1 className="text-2xl font-semibold">Novo artigo</h1>
      {draft ? (
        <p className="text-sm text-slate-700">
          Rascunho feito a partir do chamado {ticketNumber}, sem os dados de quem o abriu. Revise o
          texto antes de publicar.
        </p>
      ) : null}
      <ArticleEditor
        article={{ values: { ...EMPTY, ...draft?.value.values } }}
        sourceTicketId={draft?.value.sourceTicketId}
        choices={choices.value}
        attachmentMaxMb={settings.attachmentMaxMb}
      />
    </div>
  );
}

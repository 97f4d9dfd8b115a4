import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { ARTICLE_STATE_LABELS } from "@/lib/knowledge/access";
import { ARTICLE_TARGETS } from "@/lib/knowledge/article-schema";
import { articleForEditor, editorChoices } from "@/lib/knowledge/editor-queries";
import { articleHref } from "@/lib/knowledge/hrefs";
import { getPortalSettings } from "@/lib/portal-settings";
import { ArticleEditor } from "@/components/knowledge/article-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Editar artigo" };

/** An article in the editor, with its state, its reading address and its history. */
export default async function EditArticlePage({
  params,
  searchParams,
}: PageProps<"/agente/conhecimento/[id]">) {
  const { id } = await params;
  const user = await requireRole(`/agente/conhecimento/${id}`, ...SUPPORT_ROLES);
  const article = await articleForEditor(user, id);
  if (!article.ok || !article.value) notFound();
  const { values, state, slug, version } = article.value;
  const [choices, settings] = await Promise.all([
    editorChoices(user, { categoryId: values.categoryId, itemIds: values.itemIds ?? [] }),
    getPortalSettings(),
  ]);
  if (!choices.ok) notFound();
  const { salvo } = await searchParams;
  const justSaved = ARTICLE_TARGETS.find((target) => target === salvo);

  return (
    <div className="space-y-4">
      <Breadcrumb
        trail={[
          { name: "Filas", href: "/agente" },
          { name: "Base de Conhecimento", href: "/agente/conhecimento" },
        ]}
        current={values.title}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{values.title}</h1>
        <span className="rounded bg-slate-200 px-2 py-0.5 text-sm">
          {ARTICLE_STATE_LABELS[state]}
        </span>
      </div>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/agente/conhecimento/${id}/versoes`} className="text-brand-700 underline">
          Histórico de versões
        </Link>
        {state === "PUBLISHED" ? (
          <Link href={articleHref(slug)} className="text-brand-700 underline">
            Ver como leitor
          </Link>
        ) : null}
      </p>
      <ArticleEditor
        article={{ id, version, values }}
        choices={choices.value}
        attachmentMaxMb={settings.attachmentMaxMb}
        justSaved={justSaved}
      />
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { saveArticleAction } from "@/lib/knowledge/article-actions";
import {
  articleInput,
  type ArticleData,
  type ArticleFormValues,
  type ArticleTarget,
} from "@/lib/knowledge/article-schema";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { applyServerErrors } from "@/components/ui/server-errors";
import { SAVED_VALUES } from "@/components/admin/use-record-editor";
import { useRequestKey } from "@/components/admin/use-request-key";
import { ArticleFields, type ArticleChoices } from "./article-fields";
import { BodyEditor } from "./body-editor";
import { MarkdownPreview } from "./markdown-preview";

const BUTTONS: { target: ArticleTarget; label: string; primary?: boolean }[] = [
  { target: "DRAFT", label: "Salvar rascunho" },
  { target: "PUBLISHED", label: "Publicar", primary: true },
  { target: "ARCHIVED", label: "Arquivar" },
];

const SAVED: Record<ArticleTarget, string> = {
  DRAFT: "Rascunho salvo.",
  PUBLISHED: "Artigo publicado.",
  ARCHIVED: "Artigo arquivado.",
};

/**
 * The article editor: its fields, the Markdown with files, and beside them the preview. Each
 * button saves everything and leaves the article in its state; a save is refused if someone
 * else saved since the page was loaded (the version it carries).
 */
export function ArticleEditor({
  article,
  sourceTicketId,
  choices,
  attachmentMaxMb,
  justSaved,
}: {
  article: { id?: string; version?: number; values: ArticleFormValues };
  sourceTicketId?: string;
  choices: ArticleChoices;
  attachmentMaxMb: number;
  /** Just created with this button: the page it was sent to says so. */
  justSaved?: ArticleTarget;
}) {
  const router = useRouter();
  const request = useRequestKey();
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(justSaved ? SAVED[justSaved] : null);
  const [version, setVersion] = useState(article.version);
  const form = useForm<ArticleFormValues, unknown, ArticleData>({
    resolver: zodResolver(articleInput),
    defaultValues: article.values,
  });
  const body = useWatch({ control: form.control, name: "body" }) ?? "";

  const save = (target: ArticleTarget) =>
    form.handleSubmit(async () => {
      setAlert(null);
      setSaved(null);
      const result = await saveArticleAction({
        key: request.key,
        id: article.id,
        version,
        target,
        sourceTicketId: article.id ? undefined : sourceTicketId,
        values: form.getValues(),
      });
      if (!result.ok) return setAlert(applyServerErrors(result, form.setError, SAVED_VALUES));
      request.renew();
      setVersion(result.value.version);
      if (article.id) {
        setSaved(SAVED[target]);
        router.refresh();
      } else router.replace(`/agente/conhecimento/${result.value.id}?salvo=${target}`);
    })();

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form
        onSubmit={(event) => event.preventDefault()}
        noValidate
        aria-label="Artigo"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <ArticleFields form={form} choices={choices} />
        <Controller
          control={form.control}
          name="body"
          render={({ field, fieldState }) => (
            <BodyEditor
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
              attachmentMaxMb={attachmentMaxMb}
            />
          )}
        />
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        {saved ? <FormStatus>{saved}</FormStatus> : null}
        <div className="flex flex-wrap gap-3">
          {BUTTONS.filter((b) => article.id || b.target !== "ARCHIVED").map((b) => (
            <button
              key={b.target}
              type="button"
              disabled={form.formState.isSubmitting}
              onClick={() => save(b.target)}
              className={
                b.primary
                  ? "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
                  : "rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
              }
            >
              {b.label}
            </button>
          ))}
        </div>
      </form>
      <MarkdownPreview markdown={body} />
    </div>
  );
}

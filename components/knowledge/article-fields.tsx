"use client";

import type { UseFormReturn } from "react-hook-form";
import { AUDIENCE_LABELS } from "@/lib/knowledge/access";
import type { ArticleData, ArticleFormValues } from "@/lib/knowledge/article-schema";
import {
  CONTROL,
  FormField,
  LabelledControl,
  TextAreaField,
  describedBy,
} from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";

type Choice = readonly [id: string, name: string];
export type ArticleChoices = { categories: readonly Choice[]; items: readonly Choice[] };

const audiences = Object.entries(AUDIENCE_LABELS) as [string, string][];

/** The article's data around its text: title, summary, category, audience, keywords, items, review. */
export function ArticleFields({
  form,
  choices,
}: {
  form: UseFormReturn<ArticleFormValues, unknown, ArticleData>;
  choices: ArticleChoices;
}) {
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <>
      <FormField
        id="article-title"
        label="Título"
        error={errors.title?.message}
        {...register("title")}
      />
      <TextAreaField
        id="article-summary"
        label="Resumo"
        rows={2}
        error={errors.summary?.message}
        {...register("summary")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="article-category"
          label="Categoria"
          placeholder="Selecione"
          options={choices.categories}
          error={errors.categoryId?.message}
          {...register("categoryId")}
        />
        <SelectField
          id="article-audience"
          label="Quem pode ler"
          options={audiences}
          error={errors.audience?.message}
          {...register("audience")}
        />
        <FormField
          id="article-keywords"
          label="Palavras-chave (separadas por vírgula)"
          error={errors.keywords?.message}
          {...register("keywords")}
        />
        <FormField
          id="article-review"
          type="date"
          label="Revisar até"
          error={errors.reviewBy?.message}
          {...register("reviewBy")}
        />
      </div>
      <LabelledControl
        id="article-items"
        label="Itens do catálogo relacionados"
        error={errors.itemIds?.message}
      >
        <select
          id="article-items"
          multiple
          size={5}
          {...describedBy("article-items", errors.itemIds?.message)}
          className={CONTROL}
          {...register("itemIds")}
        >
          {choices.items.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </LabelledControl>
    </>
  );
}

import { z } from "zod";
import { isLocalDay } from "@/lib/time/zone";
import { multiLine, singleLine } from "@/lib/validation";

/**
 * What an author edits of the knowledge base: articles and their categories. One schema for the
 * editors (react-hook-form) and the actions that save them. Free of server imports.
 */

export const ARTICLE_AUDIENCES = ["PUBLIC", "SIGNED_IN", "SUPPORT"] as const;
/** What a save does to the article's state: the editor's three buttons. */
export const ARTICLE_TARGETS = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type ArticleTarget = (typeof ARTICLE_TARGETS)[number];

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Registro inválido.");

/** "GERID, senha , Senha" → "GERID, senha": trimmed, blanks and repeats (any case) left out. */
export function normalizeKeywords(text: string): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.split(",").map((w) => w.trim().replace(/\s+/g, " "))) {
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words.join(", ");
}

/** "aaaa-mm-dd" from the date input, or empty for none. */
const optionalDay = z
  .string()
  .trim()
  .refine((text) => text === "" || isLocalDay(text), "Informe uma data válida.")
  .default("");

export const articleInput = z.strictObject({
  title: singleLine(150, "O título").min(3, "O título deve ter ao menos 3 caracteres."),
  summary: multiLine(300, "O resumo").trim().min(1, "Informe o resumo."),
  body: multiLine(50_000, "O texto").trim().min(1, "Escreva o texto do artigo."),
  categoryId: z.string().min(1, "Escolha a categoria.").max(64, "Escolha a categoria."),
  keywords: singleLine(500, "As palavras-chave").transform(normalizeKeywords).default(""),
  itemIds: z
    .array(recordId)
    .max(20, "No máximo 20 itens do catálogo.")
    .default([])
    .transform((ids) => [...new Set(ids)]),
  audience: z.enum(ARTICLE_AUDIENCES, { error: "Escolha quem pode ler." }),
  reviewBy: optionalDay,
});

export type ArticleFormValues = z.input<typeof articleInput>;
export type ArticleData = z.output<typeof articleInput>;

/**
 * One save of the editor, its request key aside (added by the action): the values, the version
 * it was loaded from (none for a new article), and the state to leave it in.
 */
export const articleSaveShape = {
  id: recordId.optional(),
  version: z.number().int().min(1).optional(),
  target: z.enum(ARTICLE_TARGETS),
  sourceTicketId: recordId.optional(),
  values: articleInput,
};

export type ArticleSave = z.output<z.ZodObject<typeof articleSaveShape>>;

export const knowledgeCategoryInput = z.strictObject({
  name: singleLine(100, "O nome").min(1, "Informe o nome."),
  description: multiLine(1_000, "A descrição").trim().default(""),
  /** Empty: a top category. */
  parentId: z.string().max(64, "Categoria pai não encontrada.").default(""),
  active: z.boolean().default(true),
});

export type KnowledgeCategoryFormValues = z.input<typeof knowledgeCategoryInput>;
export type KnowledgeCategoryData = z.output<typeof knowledgeCategoryInput>;

/** The fields a revision says it changed, as the history names them. */
export const CHANGED_FIELD_LABELS: Record<string, string> = {
  title: "título",
  summary: "resumo",
  body: "texto",
  keywords: "palavras-chave",
  audience: "quem pode ler",
  categoryId: "categoria",
  reviewBy: "revisar até",
  items: "itens do catálogo",
  state: "estado",
};

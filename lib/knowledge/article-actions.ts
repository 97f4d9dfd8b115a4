"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { savedForm } from "@/lib/admin/admin-action";
import { authorizedAction } from "@/lib/auth/action";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { env } from "@/lib/config/env";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import { ok } from "@/lib/result";
import { multiLine } from "@/lib/validation";
import { restoreRevision } from "./article-restore";
import { articleSaveShape, knowledgeCategoryInput } from "./article-schema";
import { saveArticle } from "./articles";
import { saveKnowledgeCategory } from "./category-admin";
import { articleHref, KNOWLEDGE_HOME } from "./hrefs";
import { articlesToLink } from "./link-search";
import { renderMarkdown } from "./markdown";

// The authoring screens' actions (/agente/conhecimento), for analysts and admins. Each service
// checks again that the person may write articles: an action is a public endpoint.

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The knowledge base's pages show what was just saved. */
function revalidateKnowledge() {
  revalidatePath("/agente/conhecimento", "layout");
  revalidatePath(KNOWLEDGE_HOME, "layout");
}

/**
 * "Salvar rascunho", "Publicar", "Arquivar": one save of the editor. Its request key makes a
 * double click create one article; its version refuses to overwrite someone else's save.
 */
export const saveArticleAction = authorizedAction(
  {
    name: "article.save",
    roles: SUPPORT_ROLES,
    schema: z.strictObject({ key: requestKeySchema, ...articleSaveShape }),
  },
  async (user, { key, ...input }) => {
    const result = await once({ key, userId: user.id, action: "article.save" }, () =>
      saveArticle(user, input),
    );
    revalidateKnowledge();
    return result;
  },
);

/** "Restaurar esta versão". */
export const restoreRevisionAction = authorizedAction(
  {
    name: "article.restore",
    roles: SUPPORT_ROLES,
    schema: z.strictObject({
      articleId: recordId,
      number: z.number().int().min(1),
      version: z.number().int().min(1),
    }),
  },
  async (user, input) => {
    const result = await restoreRevision(user, input);
    revalidateKnowledge();
    return result;
  },
);

/** Creates or edits a knowledge-base category. */
export const saveKnowledgeCategoryAction = authorizedAction(
  {
    name: "knowledgeCategory.save",
    roles: SUPPORT_ROLES,
    schema: savedForm(knowledgeCategoryInput),
  },
  async (user, { key, ...input }) => {
    const result = await once({ key, userId: user.id, action: "knowledgeCategory.save" }, () =>
      saveKnowledgeCategory(user, input),
    );
    revalidateKnowledge();
    return result;
  },
);

/** The editor's "Pré-visualização": the Markdown as readers will see it, from the one renderer. */
export const previewArticleAction = authorizedAction(
  {
    name: "article.preview",
    roles: SUPPORT_ROLES,
    schema: z.strictObject({ body: multiLine(50_000, "O texto") }),
  },
  async (_user, { body }) => ok({ html: renderMarkdown(body) }),
);

/** "Inserir artigo": up to 8 published articles by title, each with its address to paste. */
export const findArticlesToLinkAction = authorizedAction(
  {
    name: "article.findToLink",
    roles: SUPPORT_ROLES,
    schema: z.strictObject({ text: z.string().max(100) }),
  },
  async (_user, { text }) =>
    ok(
      (await articlesToLink(text)).map((article) => ({
        ...article,
        url: `${env.appUrl}${articleHref(article.slug)}`,
      })),
    ),
);

"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import {
  addArticleComment,
  articleCommentInput,
  hideArticleComment,
  hideCommentInput,
} from "./comments";
import { feedbackInput, sendArticleFeedback, voteInput, voteOnArticle } from "./votes";

// The article page's actions for signed-in readers. Each service checks again, in its
// transaction, that this reader may read the article: an article id can be guessed.

/** The service's strict schema plus the form's request key (lib/forms/request-key.ts). */
const keyed = <S extends z.ZodObject>(schema: S) =>
  z.intersection(z.strictObject({ requestKey: requestKeySchema }), schema);

export const voteAction = authorizedAction(
  { name: "article.vote", schema: voteInput },
  (user, input) => voteOnArticle(user, input),
);

// These two send mail to the authors: a double click or a replay must not send it twice.
export const feedbackAction = authorizedAction(
  { name: "article.feedback", schema: keyed(feedbackInput) },
  (user, { requestKey, ...input }) =>
    once({ key: requestKey, userId: user.id, action: "article.feedback" }, () =>
      sendArticleFeedback(user, input),
    ),
);

export const articleCommentAction = authorizedAction(
  { name: "article.comment", schema: keyed(articleCommentInput) },
  (user, { requestKey, ...input }) =>
    once({ key: requestKey, userId: user.id, action: "article.comment" }, () =>
      addArticleComment(user, input),
    ),
);

export const hideCommentAction = authorizedAction(
  { name: "article.comment.hide", roles: SUPPORT_ROLES, schema: hideCommentInput },
  (user, input) => hideArticleComment(user, input),
);

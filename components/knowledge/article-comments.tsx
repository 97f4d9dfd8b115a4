import Link from "next/link";
import type { ArticleCommentView } from "@/lib/knowledge/comments";
import { getPortalTime } from "@/lib/time/portal-time";
import { CommentForm } from "./comment-form";
import { HideCommentForm } from "./hide-comment-form";

/**
 * The comments under an article, oldest first, as plain text. Signed out: "Por favor, entre
 * para comentar". Support sees hidden comments marked, and may hide the others.
 */
export async function ArticleComments({
  articleId,
  comments,
  loginHref,
  canHide,
}: {
  articleId: string;
  comments: ArticleCommentView[];
  /** Set when signed out. */
  loginHref?: string;
  canHide: boolean;
}) {
  const time = await getPortalTime();
  const shown = comments.filter((comment) => !comment.hidden).length;
  return (
    <section aria-labelledby="comentarios" className="space-y-4">
      <h2 id="comentarios" className="text-lg font-semibold">
        {shown} {shown === 1 ? "Comentário" : "Comentários"}
      </h2>
      {comments.length > 0 ? (
        <ul className="space-y-3">
          {comments.map((comment) => (
            <li
              key={comment.id}
              aria-label={`Comentário de ${comment.authorName}`}
              className={`rounded-lg border p-4 ${comment.hidden ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
            >
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-900">{comment.authorName}</span> ·{" "}
                <time dateTime={comment.createdAt.toISOString()}>
                  {time.dateTime(comment.createdAt)}
                </time>
              </p>
              {comment.hidden ? (
                <p className="mt-1 text-sm font-medium text-amber-900">
                  Comentário oculto por {comment.hidden.byName}: {comment.hidden.reason}
                </p>
              ) : null}
              <p className="mt-2 whitespace-pre-wrap">{comment.body}</p>
              {canHide && !comment.hidden ? <HideCommentForm commentId={comment.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {loginHref ? (
        <p>
          <Link href={loginHref} className="font-medium text-brand-700 underline">
            Por favor, entre para comentar
          </Link>
        </p>
      ) : (
        <CommentForm articleId={articleId} />
      )}
    </section>
  );
}

import "server-only";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db";
import { renderMail } from "@/lib/notifications/layout";
import { queueEmails } from "@/lib/notifications/outbox";
import { articleHref } from "./hrefs";

/**
 * The mails a reader's comment or "O que faltou neste artigo?" sends to the article's authors:
 * whoever created it and everyone who saved a revision, active, once each, never the reader who
 * wrote (an author commenting on their own article is not told about it). Queued in the
 * transaction that saved the text (lib/notifications/outbox.ts).
 */

type ArticleMail = {
  kind: "article.comment" | "article.feedback";
  article: { id: string; title: string; slug: string };
  /** The reader who wrote: named in the mail, never a recipient. */
  writer: { id: string; name: string };
  /** What they wrote, quoted as text. */
  text: string;
};

const WORDING = {
  "article.comment": {
    subject: (title: string) => `Novo comentário no artigo "${title}"`,
    heading: "Novo comentário em um artigo",
    said: (writer: string, title: string) => `${writer} comentou o artigo "${title}".`,
    quote: "Comentário",
  },
  "article.feedback": {
    subject: (title: string) => `Sugestão para o artigo "${title}"`,
    heading: "Um leitor disse o que faltou em um artigo",
    said: (writer: string, title: string) =>
      `${writer} respondeu que o artigo "${title}" não foi útil e disse o que faltou nele.`,
    quote: "O que faltou neste artigo?",
  },
} as const;

/** The article's authors who should hear about what `writerId` wrote. */
export async function articleAuthors(tx: Tx, articleId: string, writerId: string) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { authorId: true, revisions: { select: { authorId: true } } },
  });
  const ids = new Set([article.authorId, ...article.revisions.map((r) => r.authorId)]);
  ids.delete(writerId);
  return tx.user.findMany({
    where: { id: { in: [...ids] }, active: true },
    select: { id: true, name: true, email: true },
    orderBy: { id: "asc" },
  });
}

export async function queueArticleMail(tx: Tx, mail: ArticleMail, now: Date): Promise<void> {
  const wording = WORDING[mail.kind];
  const authors = await articleAuthors(tx, mail.article.id, mail.writer.id);
  const url = `${env.appUrl}${articleHref(mail.article.slug)}`;
  await queueEmails(
    tx,
    authors.map((author) => ({
      kind: mail.kind,
      to: { address: author.email, name: author.name, userId: author.id },
      // Titles are one line already; the outbox strips control characters from headers anyway.
      subject: wording.subject(mail.article.title),
      body: renderMail({
        preheader: wording.said(mail.writer.name, mail.article.title),
        heading: wording.heading,
        paragraphs: [`Olá, ${author.name}.`, wording.said(mail.writer.name, mail.article.title)],
        quote: { label: wording.quote, text: mail.text },
        action: { label: "Ver artigo", url },
        footer: "Você recebe este e-mail porque é autor deste artigo da Base de Conhecimento.",
      }),
    })),
    now,
  );
}

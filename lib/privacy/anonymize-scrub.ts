import "server-only";
import { Prisma, type Tx } from "@/lib/db";
import { inList } from "@/lib/db/sql";
import { formatCpf, maskCpf } from "@/lib/auth/cpf";
import { accountKey } from "@/lib/auth/throttle";
import { endAllSessions } from "@/lib/auth/sessions";
import { reindexArticle } from "@/lib/search";
import type { Answer } from "@/lib/catalog/fields";
import { escapeHtml } from "@/lib/text/html";

/** What an anonymized person's name becomes, and what replaces the text they wrote. */
export const ANONYMIZED_NAME = "Usuário anonimizado";
export const REMOVED_TEXT = "[Conteúdo removido: dados de usuário anonimizado]";

type Person = { id: string; name: string; cpf: string; email: string; phone: string | null };

/**
 * Removes a person's data inside the caller's transaction (anonymize.ts): the account, the text
 * they wrote, the traces of their name, CPF, e-mail and phone in their tickets and in the outbox,
 * the data of audit entries about them (the fact stays), their access log and exports, and their
 * ticket files. Answers the storage keys of the files to delete once committed.
 */
export async function scrubPersonalData(tx: Tx, person: Person, now: Date): Promise<string[]> {
  const id = person.id;
  await tx.user.update({
    where: { id },
    data: {
      name: ANONYMIZED_NAME,
      // Unique placeholders that are no CPF and no deliverable address: sign-in is impossible.
      cpf: `anonimizado-${id}`,
      email: `anonimizado-${id}@anonimizado.invalid`,
      phone: null,
      passwordHash: null,
      active: false,
      anonymizedAt: now,
      privacyAckAt: null,
      lastSignInAt: null,
      sessionVersion: { increment: 1 },
    },
  });
  await endAllSessions(tx, id, now);
  await tx.passwordResetToken.deleteMany({ where: { userId: id } });
  await tx.authThrottle.deleteMany({ where: { key: accountKey(person.cpf) } });
  await tx.requestKey.deleteMany({ where: { userId: id } });

  const tickets = await tx.ticket.findMany({
    where: { OR: [{ requesterId: id }, { requestedForId: id }] },
    select: { id: true, answers: true },
  });
  for (const ticket of tickets) {
    const answers = (ticket.answers as Answer[]).map((a) => ({ ...a, value: REMOVED_TEXT }));
    await tx.ticket.update({
      where: { id: ticket.id },
      data: { description: REMOVED_TEXT, contactPhone: null, answers },
    });
  }
  await tx.ticketEvent.updateMany({
    where: { actorId: id, body: { not: null } },
    data: { body: REMOVED_TEXT },
  });
  await tx.articleComment.updateMany({ where: { authorId: id }, data: { body: REMOVED_TEXT } });
  await tx.articleVote.updateMany({ where: { userId: id }, data: { missing: null } });
  await tx.ticketRating.updateMany({ where: { userId: id }, data: { comment: null } });
  await tx.timeEntry.updateMany({ where: { agentId: id }, data: { note: null } });
  await tx.deflectionEvent.updateMany({ where: { userId: id }, data: { userId: null } });

  const traces = [person.name, person.email, formatCpf(person.cpf), person.cpf, person.phone ?? ""]
    .map((t) => t.trim())
    .filter((t) => t.length >= 3);
  await replaceTraces(
    tx,
    traces,
    tickets.map((t) => t.id),
  );
  await forgetMail(tx, id);

  // Audit entries about the person keep who did what and when, not the record's data.
  await tx.auditLog.updateMany({
    where: { entityType: "user", entityId: id },
    data: { before: Prisma.DbNull, after: { anonimizado: true } },
  });
  await tx.securityEvent.updateMany({
    where: { subject: maskCpf(person.cpf) },
    data: { subject: "(usuário anonimizado)" },
  });
  await tx.dataAccess.deleteMany({ where: { subjectId: id } });

  const exports = await tx.dataExport.findMany({ where: { userId: id } });
  await tx.dataExport.deleteMany({ where: { userId: id } });
  // Their files on tickets and unsent ones; an article's images belong to the article.
  const files = await tx.attachment.findMany({
    where: { uploaderId: id, articleId: null },
    select: { storageKey: true },
  });
  await tx.attachment.deleteMany({ where: { uploaderId: id, articleId: null } });

  const articles = await tx.article.findMany({ where: { authorId: id }, select: { id: true } });
  for (const article of articles) await reindexArticle(tx, article.id);

  return [
    ...files.map((f) => f.storageKey),
    ...exports.flatMap((e) => [e.jsonKey, e.htmlKey]).filter((k): k is string => k !== null),
  ];
}

/** `column LIKE '%text%'`, the text's wildcards escaped. */
const containing = (column: string, text: string) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} LIKE ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`;

/** The person's name, CPF, e-mail and phone where others wrote them: their tickets and mails. */
async function replaceTraces(tx: Tx, traces: string[], ticketIds: string[]) {
  for (const trace of traces) {
    for (const form of new Set([trace, escapeHtml(trace)])) {
      if (ticketIds.length > 0)
        await tx.$executeRaw`UPDATE "TicketEvent" SET "body" = REPLACE("body", ${form}, ${ANONYMIZED_NAME})
          WHERE ${inList("ticketId", ticketIds)} AND ${containing("body", form)}`;
      await tx.$executeRaw`UPDATE "OutboxMessage" SET
          "subject" = REPLACE("subject", ${form}, ${ANONYMIZED_NAME}),
          "toName" = REPLACE("toName", ${form}, ${ANONYMIZED_NAME}),
          "text" = REPLACE("text", ${form}, ${ANONYMIZED_NAME}),
          "html" = REPLACE("html", ${form}, ${ANONYMIZED_NAME})
        WHERE ${containing("subject", form)} OR ${containing("toName", form)}
          OR ${containing("text", form)} OR ${containing("html", form)}`;
    }
  }
}

/** Mails to the person: emptied, their address replaced, and those still waiting not sent. */
async function forgetMail(tx: Tx, userId: string) {
  const to = { toAddress: `anonimizado-${userId}@anonimizado.invalid`, toName: ANONYMIZED_NAME };
  await tx.outboxMessage.updateMany({
    where: { userId, state: "PENDING" },
    data: { state: "DROPPED", dropReason: "O destinatário foi anonimizado.", leaseOwner: null },
  });
  await tx.outboxMessage.updateMany({ where: { userId }, data: { ...to, text: "", html: "" } });
}

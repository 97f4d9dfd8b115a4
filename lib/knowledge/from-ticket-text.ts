import type { TicketState } from "@/lib/db/generated/enums";

/**
 * "Criar artigo a partir deste chamado", the pure part: a ticket's words turned into an
 * article's first draft with nothing personal in it. Readers of the knowledge base are not the
 * ticket's people: the requester's name, CPF, e-mail, phone, organization and the ticket's
 * number stay out.
 */

/** Resolved (the solution given) or closed: a ticket worth an article. */
export const wasResolved = (ticket: { resolvedAt: Date | null; state: TicketState }) =>
  ticket.resolvedAt !== null || ticket.state === "CLOSED";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// 123.456.789-09, 12345678909 and CNPJs (12.345.678/0001-90): any run of 11 to 14 digits.
const CPF_OR_CNPJ = /\b\d{2,3}\.?\d{3}\.?\d{3}[/.-]?(?:\d{4}-?)?\d{2}\b/g;
// (61) 99876-5432, 61 3333-4444, +55 61 998765432, 0800 123 4567…
const PHONE = /(?:\+?55\s?)?(?:\(?\d{2}\)?[\s.-]?)?\b9?\d{4}[\s.-]?\d{4}\b/g;
const TICKET_NUMBER = /\bCS\d{7}\b/gi;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `text` without e-mail addresses, CPFs/CNPJs, phone numbers, ticket numbers and the given
 * names (the requester's, the organization's), each replaced by what it was ("[e-mail]"…), so
 * the author sees something was taken out.
 */
export function stripPersonalData(text: string, names: readonly string[] = []): string {
  let clean = text
    .replace(EMAIL, "[e-mail]")
    .replace(TICKET_NUMBER, "[chamado]")
    .replace(CPF_OR_CNPJ, "[documento]")
    .replace(PHONE, "[telefone]");
  for (const name of names.filter((n) => n.trim().length >= 3)) {
    clean = clean.replace(new RegExp(escapeRegExp(name.trim()), "giu"), "[nome]");
  }
  return clean.trim();
}

export type TicketForArticle = {
  itemTitle: string;
  description: string;
  /** The text the ticket was resolved with, when it was. */
  resolution: string | null;
  /** Who and what must not appear in the article: names, organization, e-mails, phones. */
  personal: readonly string[];
};

/** The article's first draft: title, summary and the "Dúvida / Ambiente / Solução" body. */
export function draftFromTicket(ticket: TicketForArticle) {
  const question = stripPersonalData(ticket.description, ticket.personal);
  const solution = stripPersonalData(ticket.resolution ?? "", ticket.personal);
  const firstLine =
    question
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim() ?? "";
  return {
    title: ticket.itemTitle.slice(0, 150),
    summary: (firstLine || ticket.itemTitle).slice(0, 300),
    body: [
      `## Dúvida\n\n${question}\n`,
      `## Ambiente\n\n${ticket.itemTitle}\n`,
      `## Solução\n\n${solution}\n`,
    ].join("\n"),
  };
}

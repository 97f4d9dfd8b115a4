import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { ticketUrl } from "@/lib/tickets/links";
import { scoreText } from "@/lib/tickets/rating-words";
import { renderMail } from "./layout";
import { queueEmails } from "./outbox";

export type LowRating = {
  ticket: { id: string; number: string; itemTitle: string; groupId: string; groupName: string };
  raterName: string;
  score: number;
  comment: string | null;
};

/**
 * A low rating ("Avaliar Atendimento", 1 or 2) told to the analysts of the ticket's group, in the
 * transaction that records it. Each row names its recipient, so the mail worker drops it if they
 * were deactivated or changed address meanwhile (recipient-check.ts).
 */
export async function queueLowRatingMails(tx: Tx, rating: LowRating, now: Date): Promise<void> {
  const { ticket } = rating;
  const analysts = await tx.user.findMany({
    where: { active: true, role: "AGENT", groups: { some: { groupId: ticket.groupId } } },
    select: { id: true, name: true, email: true },
  });
  const heading = `Avaliação baixa: ${scoreText(rating.score)}`;
  await queueEmails(
    tx,
    analysts.map((analyst) => ({
      kind: "ticket.low_rating",
      ticket: { id: ticket.id, number: ticket.number },
      to: { address: analyst.email, name: analyst.name, userId: analyst.id },
      subject: `[${ticket.number}] ${heading} – ${ticket.itemTitle}`,
      body: renderMail({
        preheader: `${ticket.number} – ${heading}`,
        heading,
        paragraphs: [
          `Olá, ${analyst.name}.`,
          `${rating.raterName} avaliou o atendimento da solicitação ${ticket.number} com nota ${scoreText(rating.score)}.`,
        ],
        quote: rating.comment ? { label: "Comentário", text: rating.comment } : undefined,
        details: [
          ["Número", ticket.number],
          ["Item", ticket.itemTitle],
          ["Grupo", ticket.groupName],
        ],
        action: { label: "Ver solicitação", url: `${env.appUrl}${ticketUrl(ticket.number)}` },
        footer: `Você recebe este e-mail como analista de suporte do grupo ${ticket.groupName}.`,
      }),
    })),
    now,
  );
}

import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { renderMail } from "@/lib/notifications/layout";
import { queueEmails } from "@/lib/notifications/outbox";

/**
 * The polite answer to a person whose e-mail the portal refused: why, and what to do instead.
 * At most one an hour to an address, whatever it sends, so that a misconfigured sender or a
 * forged address cannot make the portal mail someone over and over.
 */

export const ANSWER_KIND = "inbound.refused";
const AN_HOUR_MS = 60 * 60_000;

export type Answer = {
  to: { address: string; name: string };
  subject: string;
  reason: string;
  /** The ticket the refused reply was about (the answer joins its thread). */
  ticket?: { id: string; number: string; closed: boolean };
};

/** Queues the answer unless this address got one in the last hour; says whether it did. */
export async function answerRefusal(answer: Answer, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const recent = await tx.outboxMessage.count({
      where: {
        kind: ANSWER_KIND,
        toAddress: answer.to.address,
        createdAt: { gt: new Date(now.getTime() - AN_HOUR_MS) },
      },
    });
    if (recent > 0) return false;
    const closed = answer.ticket?.closed ?? false;
    const paragraphs = [
      `Olá, ${answer.to.name}.`,
      closed
        ? `A solicitação ${answer.ticket!.number} está encerrada e não recebe mais mensagens; sua resposta não foi registrada e ela não foi reaberta.`
        : "Recebemos seu e-mail, mas não pudemos registrá-lo no Portal de Atendimento.",
      `Motivo: ${answer.reason}`,
      closed
        ? "Se ainda precisar de ajuda, abra uma nova solicitação pelo portal, citando este número."
        : "Para ser atendido, acesse o portal e abra sua solicitação por lá.",
    ];
    await queueEmails(
      tx,
      [
        {
          kind: ANSWER_KIND,
          to: answer.to,
          subject: `Não registrado: ${answer.subject || "seu e-mail"}`,
          ticket: answer.ticket,
          body: renderMail({
            preheader: closed ? "Solicitação encerrada" : "Seu e-mail não foi registrado",
            heading: closed ? "Esta solicitação está encerrada" : "Seu e-mail não foi registrado",
            paragraphs,
            action: { label: "Abrir uma nova solicitação", url: `${env.appUrl}/catalogo` },
            footer:
              "Esta é uma resposta automática a um e-mail recebido pelo Portal de Atendimento; enviamos no máximo uma por hora.",
          }),
        },
      ],
      now,
    );
    return true;
  });
}

import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { refuse } from "@/lib/refusal";
import { recordId } from "@/lib/admin/admin-action";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { requestKeySchema } from "@/lib/forms/request-key";
import { fileStorage, type FileStorage } from "@/lib/storage";
import type { Answer } from "@/lib/catalog/fields";
import type { Actor } from "@/lib/tickets/actor";
import { parseTicketNumber } from "@/lib/tickets/ticket-list";
import { scrubPersonalData } from "./anonymize-scrub";
import { RIGHTS_FIELD, RIGHTS_ITEM_SLUG, RIGHTS_KINDS } from "./rights-queue";
import { getPrivacySettings } from "./settings";

const DAY_MS = 24 * 60 * 60_000;

export const anonymizeInput = z.strictObject({
  key: requestKeySchema,
  userId: recordId,
  basis: z.enum(["request", "inactive"], { error: "Escolha o motivo." }),
  ticketNumber: z.string().trim().max(20).default(""),
});

export type AnonymizeRequest = z.output<typeof anonymizeInput>;

/**
 * Anonymizes a person, by an admin, for one of the two reasons the law gives: a deletion request
 * the privacy queue approved (resolved), or an account unused for the configured period. One
 * transaction: everything (audit entry included) or nothing; the files go after the commit.
 */
export async function anonymizeUser(
  actor: Actor,
  input: AnonymizeRequest,
  clock: Clock = systemClock,
  storage: FileStorage = fileStorage(),
): Promise<ServiceResult<{ removedFiles: number }>> {
  requireAdmin(actor, "user.anonymize");
  if (input.userId === actor.id)
    refuse(invalid({ basis: "Você não pode anonimizar a sua própria conta." }));
  const now = clock();
  const keys = await db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: {
        id: true,
        name: true,
        cpf: true,
        email: true,
        phone: true,
        anonymizedAt: true,
        lastSignInAt: true,
        createdAt: true,
      },
    });
    if (!person) refuse(notFound("Usuário não encontrado."));
    if (person.anonymizedAt) refuse(conflict("Esta conta já foi anonimizada."));
    const basis = await checkBasis(tx, person, input, now);
    const files = await scrubPersonalData(tx, person, now);
    // The fact, never the data: who, when, why; no name, CPF or e-mail.
    await audit(
      tx,
      actor.id,
      { action: "user.anonymize", entityType: "user", entityId: person.id, after: basis },
      now,
    );
    return files;
  });
  // Rows first, files after: a file without a row is harmless, the reverse a broken download.
  await Promise.all(keys.map((key) => storage.delete(key)));
  return ok({ removedFiles: keys.length });
}

/** Why this person may be anonymized now, for the audit entry; refuses otherwise. */
async function checkBasis(
  tx: Tx,
  person: { id: string; lastSignInAt: Date | null; createdAt: Date },
  input: AnonymizeRequest,
  now: Date,
) {
  if (input.basis === "inactive") {
    const { inactiveDays } = await getPrivacySettings(tx);
    const lastSeen = person.lastSignInAt ?? person.createdAt;
    if (inactiveDays === 0 || now.getTime() - lastSeen.getTime() < inactiveDays * DAY_MS)
      refuse(
        invalid({
          basis: inactiveDays
            ? `Esta conta foi usada nos últimos ${inactiveDays} dias.`
            : "A anonimização por inatividade está desligada nas configurações de privacidade.",
        }),
      );
    return { motivo: "inatividade", dias: inactiveDays };
  }
  const number = parseTicketNumber(input.ticketNumber);
  const ticket = number
    ? await tx.ticket.findFirst({
        where: {
          number,
          requestedForId: person.id,
          item: { slug: RIGHTS_ITEM_SLUG },
          resolvedAt: { not: null },
          state: { in: ["AWAITING_USER", "CLOSED"] },
        },
        select: { number: true, answers: true },
      })
    : null;
  const deletion = (ticket?.answers as Answer[] | undefined)?.some(
    (a) => a.key === RIGHTS_FIELD && a.value === RIGHTS_KINDS.deletion,
  );
  if (!ticket || !deletion)
    refuse(
      invalid({
        ticketNumber: "Informe um pedido de exclusão deste usuário já atendido pelo encarregado.",
      }),
    );
  return { motivo: "pedido do titular", solicitacao: ticket.number };
}

/** What the user page's "Anonimizar" panel says about the account. */
export function anonymizationFacts(actor: Actor, userId: string) {
  return readAsAdmin(actor, "user.read", async () => {
    const [person, settings] = await Promise.all([
      db.user.findUnique({
        where: { id: userId },
        select: { anonymizedAt: true, lastSignInAt: true, createdAt: true },
      }),
      getPrivacySettings(db),
    ]);
    return person ? { ...person, inactiveDays: settings.inactiveDays } : null;
  });
}

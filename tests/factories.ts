import { db } from "@/lib/db";
import { fixedClock, type Clock } from "@/lib/clock";
import type { ServiceResult } from "@/lib/result";
import { settledFor } from "@/lib/refusal";
import { loadActor, type Actor } from "@/lib/tickets/actor";
import { openTicket, type OpenTicketInput } from "@/lib/tickets/open-ticket";
import { changeState } from "@/lib/tickets/state-changes";
import type { StateAction } from "@/lib/tickets/state-machine";
import { notificationRecipients, RECIPIENTS_INCLUDE } from "@/lib/tickets/notifications";
import { seedDemoData } from "@/prisma/seed";

/**
 * Test data: the demo world of product.md (two organizations, requesters, two groups with one
 * agent each, an admin, the GERID and Portal Rede Atendimento items) plus small factories.
 */
export async function demoWorld() {
  await seedDemoData(db);
  const byCpf = async (cpf: string): Promise<Actor> => {
    const user = await db.user.findUniqueOrThrow({ where: { cpf } });
    return (await loadActor(user.id))!;
  };
  const item = (slug: string) => db.catalogItem.findUniqueOrThrow({ where: { slug } });
  const group = (name: string) => db.supportGroup.findUniqueOrThrow({ where: { name } });
  return {
    requester: await byCpf("52998224725"),
    colleague: await byCpf("39053344705"), // same organization as requester
    stateRequester: await byCpf("98765432100"), // another organization
    agent: await byCpf("11144477735"), // "Atendimento N1", which serves both items
    otherAgent: await byCpf("45612378955"), // "Relacionamento"
    admin: await byCpf("12345678909"),
    gerid: await item("gerid"),
    portal: await item("portal-rede-atendimento"),
    n1: await group("Atendimento N1"),
    relacionamento: await group("Relacionamento"),
  };
}

export type World = Awaited<ReturnType<typeof demoWorld>>;

export const validGeridAnswers = { motivo: "Problema", funcionalidade: "Acesso" };

/** Who would be e-mailed about a timeline event (sorted), or null when it notifies nobody. */
export async function recipientsOf(eventId: string): Promise<string[] | null> {
  const notification = await db.notification.findUnique({
    where: { eventId },
    include: RECIPIENTS_INCLUDE,
  });
  if (!notification) return null;
  const recipients = await notificationRecipients(db, [notification]);
  return recipients
    .get(notification.id)!
    .map((r) => r.id)
    .sort();
}

export const at = (iso: string) => fixedClock(new Date(iso));

/**
 * What a ticket service answers a caller that is not an action: its result, or the Refusal it
 * threw (a permission refusal logged), as authorizedAction answers the forms.
 */
export function answerOf<I, T>(
  service: (actor: Actor, input: I) => Promise<ServiceResult<T>>,
  actor: Actor,
  input: I,
): Promise<ServiceResult<T>> {
  return settledFor(actor, service(actor, input));
}

/** Opens a GERID ticket as `actor` (the requester by default) and returns it. */
export async function openGerid(
  world: World,
  input: Partial<OpenTicketInput> = {},
  actor = world.requester,
  clock?: Clock,
) {
  const result = await settledFor(
    actor,
    openTicket(
      actor,
      {
        itemId: world.gerid.id,
        answers: validGeridAnswers,
        description: "Não consigo acessar o GERID.",
        ...input,
      },
      clock,
    ),
  );
  if (!result.ok) throw new Error(`openTicket failed: ${JSON.stringify(result)}`);
  return db.ticket.findUniqueOrThrow({ where: { id: result.value.id } });
}

/** Moves a ticket along with the given actions, each by the actor the product allows. */
export async function advance(
  world: World,
  ticketId: string,
  actions: StateAction[],
  clock = at("2026-11-02T12:00:00Z"),
) {
  for (const action of actions) {
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    const customer = action === "accept" || action === "reject" || action === "cancel";
    const result = await changeState(
      customer ? world.requester : world.agent,
      { ticketId, version, action, text: "Texto de teste." },
      clock,
    );
    if (!result.ok) throw new Error(`${action} failed: ${JSON.stringify(result)}`);
  }
  return db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
}

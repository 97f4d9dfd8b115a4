import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isSupport } from "@/lib/auth/roles";
import { forbidden, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { systemClock, type Clock } from "@/lib/clock";
import { getSettings } from "@/lib/settings";
import { validUnsubscribeSignature } from "./unsubscribe-token";
import { dueWeek } from "./weekly";

/** "Resumo semanal por e-mail": analysts and admins subscribe themselves, and only themselves. */
export async function isSubscribed(actor: Actor): Promise<boolean> {
  return (await db.reportSubscription.count({ where: { userId: actor.id } })) > 0;
}

export const subscriptionInput = z.strictObject({ subscribed: z.boolean() });

/** Subscribing counts the week under way as sent: the first summary is the next Monday's. */
export async function setSubscription(
  actor: Actor,
  { subscribed }: z.output<typeof subscriptionInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ subscribed: boolean }>> {
  if (!isSupport(actor)) return forbidden();
  if (subscribed) {
    const { timeZone } = await getSettings(db);
    await db.reportSubscription.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, lastWeek: dueWeek(clock(), timeZone) },
      update: {},
    });
  } else {
    await db.reportSubscription.deleteMany({ where: { userId: actor.id } });
  }
  return ok({ subscribed });
}

export const unsubscribeInput = z.strictObject({
  userId: z.string().min(1).max(100),
  signature: z.string().min(1).max(100),
});

const BAD_LINK = "Este link de cancelamento não é válido. Entre no portal e cancele em Relatórios.";

/** The confirmed click of the e-mail's link: signed, so it needs no session. */
export async function unsubscribeByLink(
  input: z.output<typeof unsubscribeInput>,
): Promise<ServiceResult<{ unsubscribed: true }>> {
  if (!validUnsubscribeSignature(input.userId, input.signature)) return forbidden(BAD_LINK);
  await db.reportSubscription.deleteMany({ where: { userId: input.userId } });
  return ok({ unsubscribed: true });
}

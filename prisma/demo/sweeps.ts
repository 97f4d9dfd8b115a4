/**
 * What the scheduled sweeps write (auto-close.ts, info-close.ts, reply-reminders.ts): their
 * columns and their system event, with the id each sweep derives from the ticket's version.
 */
import { bump, type DemoContext, type Loaded, type StepMoment } from "./context";

/** info-close.ts INFO_CLOSE_REASON (that module is server-only). */
const INFO_CLOSE_REASON = "Sem retorno do usuário.";

export async function writeSweep(
  ctx: DemoContext,
  sweep: "autoClose" | "infoClose" | "autoCloseReminder" | "infoReminder",
  { ticket, at, to }: StepMoment,
): Promise<Loaded> {
  const { tx } = ctx;
  if (sweep === "autoCloseReminder" || sweep === "infoReminder") {
    // reply-reminders.ts: the column marks it sent; a public system line, the version unchanged.
    const auto = sweep === "autoCloseReminder";
    const row = await tx.ticket.update({
      where: { id: ticket.id },
      // The sweep's SQL leaves updatedAt alone; Prisma would set it to the real time.
      data: {
        ...(auto ? { autoCloseReminderSentAt: at } : { infoReminderSentAt: at }),
        updatedAt: ticket.updatedAt,
      },
    });
    const days = auto ? ctx.settings.autoCloseReminderDays : ctx.settings.infoCloseDays;
    await tx.ticketEvent.create({
      data: {
        id: `${auto ? "autoclose-reminder" : "info-reminder"}-${ticket.id}-${ticket.version}`,
        ticketId: ticket.id,
        type: "COMMENT",
        data: { action: sweep, days },
        createdAt: at,
      },
    });
    return { ...row, followerIds: ticket.followerIds };
  }
  const after = await bump(tx, ticket, {
    state: to,
    closedAt: at,
    updatedAt: at,
    ...(sweep === "autoClose" ? { autoCloseDueAt: null } : {}),
  });
  const prefix = sweep === "autoClose" ? "autoclose" : "info-close";
  await tx.ticketEvent.create({
    data: {
      id: `${prefix}-${ticket.id}-${after.version}`,
      ticketId: ticket.id,
      type: "STATE_CHANGED",
      fromState: ticket.state,
      toState: to,
      body: sweep === "infoClose" ? INFO_CLOSE_REASON : null,
      data: { action: sweep },
      createdAt: at,
    },
  });
  return after;
}

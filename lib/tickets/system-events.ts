import "server-only";
import { Prisma, type Tx } from "@/lib/db";
import { enumValue, inList, jsonValue } from "@/lib/db/sql";
import type { TicketState } from "@/lib/db/generated/enums";
import type { NotificationKind } from "./notifications";

/**
 * The timeline event and notification a sweep writes for every ticket it claimed, in the claim's
 * transaction and in two statements whatever the number of tickets. The system is the actor.
 * Ids are derived from the ticket's version (`prefix-<id>-<version>`): unique as long as each
 * sweep claims a ticket at most once per version, and the same if the batch is retried.
 */
export async function recordSystemEvents(
  tx: Tx,
  ticketIds: readonly string[],
  event: {
    prefix: string;
    type: "COMMENT" | "STATE_CHANGED";
    states?: { from: TicketState; to: TicketState };
    body?: string;
    data: Record<string, unknown>;
    notify: NotificationKind;
    now: Date;
  },
): Promise<void> {
  if (ticketIds.length === 0) return;
  const claimed = inList("id", ticketIds);
  const eventId = Prisma.sql`${event.prefix} || '-' || "id" || '-' || CAST("version" AS TEXT)`;
  // Only the columns this event has: a NULL parameter has no enum type on PostgreSQL.
  const columns: [string, Prisma.Sql][] = [
    ["id", eventId],
    ["ticketId", Prisma.sql`"id"`],
    ["type", enumValue("TicketEventType", event.type)],
    ["visibility", enumValue("Visibility", "PUBLIC")],
    ["data", jsonValue(event.data)],
    ["createdAt", Prisma.sql`${event.now}`],
  ];
  if (event.states) {
    columns.push(["fromState", enumValue("TicketState", event.states.from)]);
    columns.push(["toState", enumValue("TicketState", event.states.to)]);
  }
  if (event.body) columns.push(["body", Prisma.sql`${event.body}`]);
  const names = Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));
  const values = Prisma.join(columns.map(([, value]) => value));
  await tx.$executeRaw`INSERT INTO "TicketEvent" (${names}) SELECT ${values} FROM "Ticket" WHERE ${claimed}`;
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "kind", "ticketId", "eventId", "createdAt")
    SELECT ${eventId}, ${event.notify}, "id", ${eventId}, ${event.now}
    FROM "Ticket" WHERE ${claimed}`;
}

/** What the demo's writers share: the transaction, the moment the demo is written, the people. */
import type { Tx } from "@/lib/db/client";
import type { Prisma, Ticket } from "@/lib/db/generated/client";
import type { PortalSettings } from "@/lib/settings";
import type { SlaPolicy } from "@/lib/sla/clock";
import type { FieldDefinition } from "@/lib/catalog/fields";
import type { FileStorage } from "@/lib/storage/types";
import type { Actor } from "@/lib/tickets/actor";
import type { Relation } from "@/lib/tickets/state-machine";
import type { Person } from "./people";

export type DemoContext = {
  tx: Tx;
  /** When the demo is written: every story is told backwards from it. */
  now: Date;
  policy: SlaPolicy;
  settings: PortalSettings;
  actors: ReadonlyMap<Person, Actor>;
  /** By slug: the item, its SLA targets (slaTargets) and its form, read once. */
  items: ReadonlyMap<string, DemoItem>;
  groups: ReadonlyMap<string, string>;
  storage: FileStorage;
  /** Storage keys written so far: the caller deletes them if the transaction rolls back. */
  storedKeys: string[];
};

export type DemoItem = {
  id: string;
  groupId: string;
  targets: { firstResponse: number; resolution: number };
  fields: FieldDefinition[];
};

/** A ticket as the services load it (change.ts LoadedTicket). */
export type Loaded = Ticket & { followerIds: string[] };

/** A step about to be written: the ticket as it is, when, by whom, and where it leads. */
export type StepMoment = {
  ticket: Loaded;
  at: Date;
  actor: Actor | null;
  relations: ReadonlySet<Relation>;
  to: Ticket["state"] | undefined;
};

/**
 * Updates the ticket and increments its version, as bumpVersion (change.ts) does; answers the
 * ticket as it is now, so that the next step needs no second read.
 */
export async function bump(
  tx: Tx,
  ticket: Loaded,
  data: Prisma.TicketUncheckedUpdateInput,
): Promise<Loaded> {
  const row = await tx.ticket.update({
    where: { id: ticket.id },
    data: { ...data, version: { increment: 1 } },
  });
  return { ...row, followerIds: ticket.followerIds };
}

export const HOUR_MS = 60 * 60_000;
export const DAY_MS = 24 * HOUR_MS;

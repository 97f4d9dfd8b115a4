import fs from "node:fs";
import type { Db } from "../../../lib/db/client";
import { databaseTarget } from "../../../lib/db/target";
import type { Dataset } from "../dataset";

/**
 * Whether `url` is an SQLite file a previous run built with at least `tickets` tickets (a run
 * adds its own creations): building a million tickets takes minutes, reading them does not.
 */
export async function reusableFile(url: string, tickets: number): Promise<boolean> {
  const target = databaseTarget(url);
  if (target.provider !== "sqlite" || !fs.existsSync(target.filePath)) return false;
  process.env.DATABASE_URL = url;
  const { db } = await import("../../../lib/db");
  return (await db.ticket.count()) >= tickets;
}

/** The ids buildDataset answered, read back from a reused file (scripts/bench/dataset.ts). */
export async function reusedDataset(db: Db, now: Date): Promise<Dataset> {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const select = { id: true } as const;
  const byId = { id: "asc" } as const;
  return {
    requesterIds: ids(
      await db.user.findMany({
        where: { role: "REQUESTER", organizationId: { not: null } },
        select,
        orderBy: byId,
      }),
    ),
    agentIds: ids(
      await db.user.findMany({
        where: { role: "AGENT", groups: { some: {} } },
        select,
        orderBy: byId,
      }),
    ),
    itemIds: ids(await db.catalogItem.findMany({ select, orderBy: byId })),
    ticketIds: ids(await db.ticket.findMany({ select, orderBy: byId })),
    now,
  };
}

import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { insertJsonRows, type JsonColumn } from "@/lib/db/sql";
import type { Actor } from "@/lib/tickets/actor";

/**
 * "Quem acessou meus dados": every time someone else (an analyst, an admin, a manager, a
 * follower) opens a person's ticket or profile, one row per person whose data it shows, in one
 * statement. Opening one's own is not recorded.
 */
export async function recordDataAccess(
  actor: Pick<Actor, "id">,
  subjectIds: readonly string[],
  what: { kind: "ticket" | "profile"; ref?: string },
  now = new Date(),
): Promise<void> {
  const others = [...new Set(subjectIds)].filter((id) => id !== actor.id);
  if (others.length === 0) return;
  // One statement for all of them, through the database's JSON: this line is written on every
  // ticket page another person opens, and Prisma's create (a transaction, a plan, a row read
  // back) cost more than the database's insert. The id is made here, as Prisma's cuid() would
  // have been; nothing reads its form, it only has to be unique.
  await insertJsonRows(
    db,
    "DataAccess",
    COLUMNS,
    others.map((subjectId) => ({
      id: crypto.randomUUID(),
      subjectId,
      actorId: actor.id,
      kind: what.kind,
      ref: what.ref ?? null,
      createdAt: now,
    })),
  );
}

const COLUMNS: readonly JsonColumn[] = [
  ...["id", "subjectId", "actorId", "kind", "ref"].map((name) => ({ name, type: "text" as const })),
  { name: "createdAt", type: "timestamp" },
];

/** The person's own access log, newest first (the profile shows the latest; the export all). */
export function accessesOf(userId: string, take?: number) {
  return db.dataAccess.findMany({
    where: { subjectId: userId },
    select: {
      id: true,
      kind: true,
      ref: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

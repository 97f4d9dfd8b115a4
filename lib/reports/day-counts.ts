import "server-only";
import { Prisma } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { insertJsonRows, type JsonColumn } from "@/lib/db/sql";
import type { Outcome } from "./facts";

/** What ReportDay counts of one ticket's facts. */
export type DayFact = {
  groupId: string;
  openedDay: string;
  solvedDay: string | null;
  endedDay: string | null;
  outcome: string | null;
};

export const DAY_FACT_COLUMNS = ["groupId", "openedDay", "solvedDay", "endedDay", "outcome"];

const COUNTS = [
  "opened",
  "solved",
  "accepted",
  "autoClosed",
  "infoClosed",
  "cancelled",
  "stillOpen",
] as const;
type Count = (typeof COUNTS)[number];

const ENDED: Record<Outcome, Count> = {
  ACCEPTED: "accepted",
  AUTO_CLOSED: "autoClosed",
  INFO_CLOSED: "infoClosed",
  CANCELLED: "cancelled",
};

const COLUMNS: JsonColumn[] = [
  { name: "day", type: "text" },
  { name: "groupId", type: "text" },
  ...COUNTS.map((name) => ({ name, type: "integer" as const })),
];

/**
 * ReportDay's changes when a batch of tickets' facts go from `before` (the rows replaced; none for
 * a ticket counted the first time) to `after`: each old fact taken away, each new one added, so
 * that ReportDay stays the sum of ReportTicket without reading it again.
 */
export function dayChanges(before: readonly DayFact[], after: readonly DayFact[]) {
  const rows = new Map<string, Record<string, number | string>>();
  const add = (day: string | null, groupId: string, count: Count, n: number) => {
    if (!day) return;
    const key = `${day}|${groupId}`;
    if (!rows.has(key))
      rows.set(key, { day, groupId, ...Object.fromEntries(COUNTS.map((c) => [c, 0])) });
    (rows.get(key)![count] as number) += n;
  };
  const count = (fact: DayFact, n: number) => {
    add(fact.openedDay, fact.groupId, "opened", n);
    add(fact.solvedDay, fact.groupId, "solved", n);
    if (fact.outcome) add(fact.endedDay, fact.groupId, ENDED[fact.outcome as Outcome], n);
    if (!fact.endedDay) add(fact.openedDay, fact.groupId, "stillOpen", n);
  };
  for (const fact of before) count(fact, -1);
  for (const fact of after) count(fact, 1);
  return [...rows.values()].filter((row) => COUNTS.some((c) => row[c] !== 0));
}

/** Adds the changes to ReportDay (rows created as needed), in the facts' transaction. */
export async function writeDayChanges(tx: Tx, changes: ReturnType<typeof dayChanges>) {
  if (changes.length === 0) return;
  const sums = COUNTS.map((c) => `"${c}" = "ReportDay"."${c}" + excluded."${c}"`).join(", ");
  await insertJsonRows(
    tx,
    "ReportDay",
    COLUMNS,
    changes,
    Prisma.raw(`ON CONFLICT ("day", "groupId") DO UPDATE SET ${sums}`),
  );
}

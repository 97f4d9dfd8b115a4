import "server-only";
import { Prisma } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { insertJsonRows, type JsonColumn } from "@/lib/db/sql";
import type { Outcome } from "./facts";

/** What ReportDay counts of one ticket's facts. */
export type DayFact = {
  groupId: string;
  itemId: string;
  openedDay: string;
  solvedDay: string | null;
  endedDay: string | null;
  outcome: string | null;
  firstResponseMet: boolean | number | null;
  solutionMet: boolean | number | null;
};

export const DAY_FACT_COLUMNS = [
  "groupId",
  "itemId",
  "openedDay",
  "solvedDay",
  "endedDay",
  "outcome",
  "firstResponseMet",
  "solutionMet",
];

const COUNTS = [
  "opened",
  "solved",
  "accepted",
  "autoClosed",
  "infoClosed",
  "cancelled",
  "stillOpen",
  "frMet",
  "frMissed",
  "solMet",
  "solMissed",
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
  { name: "itemId", type: "text" },
  ...COUNTS.map((name) => ({ name, type: "integer" as const })),
];

/**
 * ReportDay's changes when a batch of tickets' facts go from `before` (the rows replaced; none for
 * a ticket counted the first time) to `after`: each old fact taken away, each new one added, so
 * that ReportDay stays the sum of ReportTicket without reading it again.
 */
export function dayChanges(before: readonly DayFact[], after: readonly DayFact[]) {
  const rows = new Map<string, Record<string, number | string>>();
  const add = (fact: DayFact, day: string | null, count: Count, n: number) => {
    if (!day) return;
    const { groupId, itemId } = fact;
    const key = `${day}|${groupId}|${itemId}`;
    if (!rows.has(key))
      rows.set(key, { day, groupId, itemId, ...Object.fromEntries(COUNTS.map((c) => [c, 0])) });
    (rows.get(key)![count] as number) += n;
  };
  // SQLite's raw rows give booleans as 1/0.
  const decided = (met: boolean | number | null) => (met === null ? null : Boolean(met));
  const count = (fact: DayFact, n: number) => {
    add(fact, fact.openedDay, "opened", n);
    add(fact, fact.solvedDay, "solved", n);
    if (fact.outcome) add(fact, fact.endedDay, ENDED[fact.outcome as Outcome], n);
    if (!fact.endedDay) add(fact, fact.openedDay, "stillOpen", n);
    const first = decided(fact.firstResponseMet);
    if (first !== null) add(fact, fact.openedDay, first ? "frMet" : "frMissed", n);
    const solution = decided(fact.solutionMet);
    if (solution !== null) add(fact, fact.solvedDay, solution ? "solMet" : "solMissed", n);
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
    Prisma.raw(`ON CONFLICT ("day", "groupId", "itemId") DO UPDATE SET ${sums}`),
  );
}

import type { Db } from "../../lib/db/client";
import { openBulkInserter } from "../../lib/db/bulk-insert";
import { formatTicketNumber } from "../../lib/tickets/numbering";
import type { TicketState } from "../../lib/db/generated/enums";

/**
 * A realistic dataset for the benchmark, written through Prisma (so it works on every database):
 * organizations of ten users each (or as many as asked for), ten support groups of ten agents,
 * fifty items, and tickets opened evenly over thirty months with about five timeline events each,
 * solved hours to days after they were opened: a 90-day period holds about a tenth of them, as a
 * portal's reports see.
 */
export type Dataset = {
  requesterIds: string[];
  agentIds: string[];
  itemIds: string[];
  ticketIds: string[];
  now: Date;
};

const USERS_PER_ORG = 10;
const GROUPS = 10;
const AGENTS_PER_GROUP = 10;
const ITEMS = 50;
const CHUNK = 5_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Deterministic pseudo-random numbers (mulberry32), so that two runs build the same dataset. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Hours to days, most of them short (exponential, `mean` hours on average, a month at most). */
const delay = (r: number, mean: number) => Math.min(-Math.log(1 - r) * mean, 30 * 24) * HOUR;

// Shares of states among tickets; 10% of all tickets are resolutions already due for auto-close.
const STATES: [TicketState, number][] = [
  ["CLOSED", 0.55],
  ["CANCELLED", 0.05],
  ["OPEN", 0.1],
  ["IN_PROGRESS", 0.1],
  ["AWAITING_SUPPORT", 0.05],
  ["AWAITING_USER", 0.15],
];

function pickState(r: number): TicketState {
  let sum = 0;
  for (const [state, share] of STATES) {
    sum += share;
    if (r < sum) return state;
  }
  return "CLOSED";
}

export async function buildDataset(
  db: Db,
  databaseUrl: string,
  {
    tickets,
    users,
    organizations = Math.ceil(users / USERS_PER_ORG),
    now,
    log,
  }: {
    tickets: number;
    users: number;
    /** Default: one organization for every ten users. */
    organizations?: number;
    now: Date;
    log: (s: string) => void;
  },
): Promise<Dataset> {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const perOrg = Math.ceil(users / organizations);

  await db.organization.createMany({
    data: Array.from({ length: organizations }, (_, i) => ({
      id: `org${i}`,
      name: `Prefeitura ${i}`,
      kind: "MUNICIPALITY" as const,
    })),
  });
  const requesterIds = Array.from({ length: users }, (_, i) => `req${i}`);
  await db.user.createMany({
    data: requesterIds.map((id, i) => ({
      id,
      cpf: String(10_000_000_000 + i),
      name: `Requerente ${i}`,
      email: `req${i}@bench.example`,
      organizationId: `org${Math.floor(i / perOrg)}`,
    })),
  });
  const agentIds = Array.from({ length: GROUPS * AGENTS_PER_GROUP }, (_, i) => `agent${i}`);
  await db.user.createMany({
    data: agentIds.map((id, i) => ({
      id,
      cpf: String(20_000_000_000 + i),
      name: `Analista ${i}`,
      email: `agent${i}@bench.example`,
      role: "AGENT" as const,
    })),
  });
  await db.supportGroup.createMany({
    data: Array.from({ length: GROUPS }, (_, g) => ({ id: `group${g}`, name: `Grupo ${g}` })),
  });
  await db.groupMember.createMany({
    data: agentIds.map((userId, i) => ({
      userId,
      groupId: `group${Math.floor(i / AGENTS_PER_GROUP)}`,
    })),
  });
  await db.catalogCategory.create({
    data: { id: "cat", name: "Todos os Catálogos", slug: "todos" },
  });
  const itemIds = Array.from({ length: ITEMS }, (_, i) => `item${i}`);
  await db.catalogItem.createMany({
    data: itemIds.map((id, i) => ({
      id,
      title: `Serviço ${i}`,
      slug: id,
      categoryId: "cat",
      groupId: `group${i % GROUPS}`,
    })),
  });
  await db.catalogField.createMany({
    data: itemIds.map((itemId) => ({
      itemId,
      key: "motivo",
      label: "Motivo",
      type: "SELECT" as const,
      options: ["Dúvida", "Problema", "Solicitação"],
      required: true,
    })),
  });

  // The tickets and their events go straight through the driver: see openBulkInserter.
  const bulk = openBulkInserter(databaseUrl);
  const ticketIds: string[] = [];
  const span = 30 * 30.4 * DAY;
  for (let start = 0; start < tickets; start += CHUNK) {
    const rows = [];
    const followers = [];
    const events = [];
    for (let n = start; n < Math.min(tickets, start + CHUNK); n++) {
      const id = `t${String(n).padStart(8, "0")}`;
      ticketIds.push(id);
      const requester = Math.floor(rand() * users);
      const org = Math.floor(requester / perOrg);
      const mate = `req${Math.min(users - 1, org * perOrg + Math.floor(rand() * perOrg))}`;
      const item = Math.floor(rand() * ITEMS);
      const group = item % GROUPS;
      const createdAt = new Date(now.getTime() - span + (n / tickets) * (span - DAY));
      const state = pickState(rand());
      const assigned = state !== "OPEN";
      const eventCount = 2 + Math.floor(rand() * 7); // 2..8, about 5 on average
      // The solution follows the conversation (an event an hour) by hours to days.
      const solvedAt = Math.min(
        createdAt.getTime() + eventCount * HOUR + delay(rand(), 30),
        now.getTime(),
      );
      // Two thirds of the waiting resolutions are past their auto-close date (10% of all
      // tickets); the other third were solved in the last week: the long tail of tickets that
      // took weeks or months. Every one is due a month later (bench:jobs dates the data so).
      const waiting = state === "AWAITING_USER";
      const due = waiting && rand() < 2 / 3 && solvedAt <= now.getTime() - 7 * DAY;
      const resolvedAt =
        state === "CLOSED" || due
          ? new Date(solvedAt)
          : waiting
            ? new Date(Math.max(solvedAt, now.getTime() - rand() * 7 * DAY))
            : null;
      // Accepted or closed automatically within a week of the solution; cancelled within days.
      const endedAt = (after: number) =>
        new Date(Math.min(after + delay(rand(), 40), after + 7 * DAY, now.getTime()));
      const row = {
        id,
        number: formatTicketNumber(n + 1),
        itemId: `item${item}`,
        requesterId: `req${requester}`,
        requestedForId: rand() < 0.9 ? `req${requester}` : mate,
        organizationId: `org${org}`,
        groupId: `group${group}`,
        assigneeId: assigned
          ? `agent${group * AGENTS_PER_GROUP + Math.floor(rand() * AGENTS_PER_GROUP)}`
          : null,
        state,
        answers: [
          {
            key: "motivo",
            label: "Motivo",
            type: "SELECT",
            value: pick(["Dúvida", "Problema", "Solicitação"]),
          },
        ],
        description: "Descrição da solicitação para o benchmark, com algumas palavras a mais.",
        createdAt,
        updatedAt: createdAt,
        resolvedAt,
        closedAt:
          state === "CLOSED"
            ? endedAt(resolvedAt!.getTime())
            : state === "CANCELLED"
              ? endedAt(createdAt.getTime())
              : null,
        autoCloseDueAt:
          state === "AWAITING_USER" && resolvedAt ? new Date(resolvedAt.getTime() + 7 * DAY) : null,
        // One open ticket in twenty had its solution rejected ("Reprovadas").
        rejectionCount: !["CLOSED", "CANCELLED"].includes(state) && rand() < 0.05 ? 1 : 0,
        lastReplyFrom: null as "SUPPORT" | "CUSTOMER" | null,
        // Support's first public message (below), due four hours after the opening.
        firstResponseAt: null as Date | null,
        firstResponseDueAt: new Date(createdAt.getTime() + 4 * HOUR),
      };
      rows.push(row);
      if (rand() < 0.3 && mate !== `req${requester}`)
        followers.push({ ticketId: id, userId: mate, createdAt });
      for (let e = 0; e < eventCount; e++) {
        const first = e === 0;
        const byRequester = first || rand() < 0.5;
        const visibility = !first && rand() < 0.2 ? ("INTERNAL" as const) : ("PUBLIC" as const);
        // Whose turn it is: who wrote the last public message (as the ticket services keep it).
        if (visibility === "PUBLIC") row.lastReplyFrom = byRequester ? "CUSTOMER" : "SUPPORT";
        if (visibility === "PUBLIC" && !byRequester)
          row.firstResponseAt ??= new Date(createdAt.getTime() + e * HOUR);
        events.push({
          id: `${id}e${e}`,
          ticketId: id,
          type: first ? ("CREATED" as const) : ("COMMENT" as const),
          actorId: byRequester ? `req${requester}` : `agent${group * AGENTS_PER_GROUP}`,
          visibility,
          body: first ? null : "Comentário de acompanhamento da solicitação.",
          toState: first ? ("OPEN" as const) : null,
          createdAt: new Date(createdAt.getTime() + e * HOUR),
        });
      }
      // The solution, as support's public state change: it answers what the requester wrote.
      if (resolvedAt) {
        row.lastReplyFrom = "SUPPORT";
        row.firstResponseAt ??= resolvedAt;
        events.push({
          id: `${id}e${eventCount}`,
          ticketId: id,
          type: "STATE_CHANGED" as const,
          actorId: `agent${group * AGENTS_PER_GROUP}`,
          visibility: "PUBLIC" as const,
          body: "Solução aplicada.",
          toState: "AWAITING_USER" as const,
          createdAt: new Date(
            Math.max(resolvedAt.getTime(), createdAt.getTime() + eventCount * HOUR),
          ),
        });
      }
    }
    await bulk.insert("Ticket", rows);
    await bulk.insert("TicketFollower", followers);
    await bulk.insert("TicketEvent", events);
    if ((start / CHUNK) % 20 === 0)
      log(`  ${Math.min(tickets, start + CHUNK).toLocaleString("en")} tickets written`);
  }
  await bulk.close();
  await db.counter.create({ data: { name: "ticket", value: tickets } });
  return { requesterIds, agentIds, itemIds, ticketIds, now };
}

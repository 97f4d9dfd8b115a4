import type { Db } from "../../../lib/db/client";
import { cpfFrom } from "../people";

/**
 * The people the virtual users play, able to sign in (BENCH_PASSWORD): requesters spread over the
 * organizations, each with their own tickets, and the analysts, each virtual analyst with tickets
 * of their own in their group (so that two never change the same ticket's state).
 */
export type Requester = {
  role: "requester";
  cpf: string;
  /** Ticket numbers to look at, and one still active to comment on (null when none is). */
  tickets: string[];
  active: { id: string; number: string } | null;
};
export type Analyst = {
  role: "analyst";
  cpf: string;
  /** In progress when chosen: the state change flips them to "Aguardando suporte" and back. */
  tickets: { id: string; number: string }[];
};
export type Person = Requester | Analyst;

/** Every fourth virtual user is an analyst; `count` people for as many virtual users. */
export async function preparePeople(db: Db, count: number, passwordHash: string) {
  const users = await db.user.count({ where: { role: "REQUESTER" } });
  const agents = await db.user.findMany({
    where: { role: "AGENT" },
    select: { id: true, groups: { select: { groupId: true } } },
    orderBy: { id: "asc" },
  });
  const people: Person[] = [];
  for (let v = 0; v < count; v++) {
    const cpf = cpfFrom(String(500_000_000 + v));
    if (v % 4 === 3) {
      const agent = agents[v % agents.length]!;
      // The v-th virtual analyst's own slice of the in-progress tickets of the agent's group.
      const tickets = await db.ticket.findMany({
        where: { groupId: agent.groups[0]!.groupId, state: "IN_PROGRESS" },
        select: { id: true, number: true },
        orderBy: { id: "asc" },
        skip: Math.floor(v / 4) * 3,
        take: 3,
      });
      people.push({
        role: "analyst",
        cpf: await letSignIn(db, agent.id, cpf, passwordHash),
        tickets,
      });
    } else {
      // Spread over everyone; the next person when one has no ticket to look at.
      let userId = "";
      let tickets: { id: string; number: string; state: string }[] = [];
      for (let k = Math.floor((v * users) / count); tickets.length === 0; k++) {
        userId = `req${k % users}`;
        tickets = await db.ticket.findMany({
          where: { requesterId: userId },
          select: { id: true, number: true, state: true },
          orderBy: { createdAt: "desc" },
          take: 10,
        });
      }
      const active = tickets.find((t) => !["CLOSED", "CANCELLED"].includes(t.state));
      people.push({
        role: "requester",
        cpf: await letSignIn(db, userId, cpf, passwordHash),
        tickets: tickets.slice(0, 3).map((t) => t.number),
        active: active ? { id: active.id, number: active.number } : null,
      });
    }
  }
  return people;
}

/**
 * One password hash for everyone (argon2 takes a tenth of a second per hash); answers the CPF to
 * sign in with. An analyst account shared by several virtual users (sessions of their own) keeps
 * the first CPF it was given; the dataset's own CPFs never start with 5.
 */
async function letSignIn(db: Db, userId: string, cpf: string, passwordHash: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { cpf: true } });
  if (user.cpf?.startsWith("5")) return user.cpf;
  await db.user.update({ where: { id: userId }, data: { cpf, passwordHash, active: true } });
  return cpf;
}

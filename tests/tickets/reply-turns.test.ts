import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { migrationsDir } from "@/lib/db/schemas";
import { databaseTarget } from "@/lib/db/target";
import { addComment } from "@/lib/tickets/comments";
import { listMyRequests } from "@/lib/tickets/my-requests";
import { listQueue } from "@/lib/tickets/queues";
import { countQueues } from "@/lib/tickets/queue-counts";
import { changeState } from "@/lib/tickets/state-changes";
import { advance, demoWorld, openGerid, type World } from "../factories";

// Whose turn it is (Ticket.lastReplyFrom), the rejections ("Reprovadas"), and the lists that
// show and filter them.

let world: World;
let fresh: { id: string };
let answered: { id: string };
let rejected: { id: string };
let rejectedThenClosed: { id: string };

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });

async function reject(ticketId: string) {
  const { version } = await reload(ticketId);
  const result = await changeState(world.requester, {
    ticketId,
    version,
    action: "reject",
    text: "Ainda não funciona.",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

beforeAll(async () => {
  world = await demoWorld();
  fresh = await openGerid(world);
  answered = await advance(world, (await openGerid(world)).id, ["start"]);
  await addComment(world.agent, { ticketId: answered.id, body: "Pode testar agora?" });
  rejected = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
  await reject(rejected.id);
  await advance(world, rejected.id, ["resolve"]);
  await reject(rejected.id);
  rejectedThenClosed = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
  await reject(rejectedThenClosed.id);
  await advance(world, rejectedThenClosed.id, ["resolve", "accept"]);
});

describe("whose turn it is", () => {
  it("follows every public message, not internal notes", async () => {
    expect((await reload(fresh.id)).lastReplyFrom).toBeNull();
    expect((await reload(answered.id)).lastReplyFrom).toBe("SUPPORT");
    expect(await reload(rejected.id)).toMatchObject({
      lastReplyFrom: "CUSTOMER", // the rejection's reason
      rejectionCount: 2,
    });
    await addComment(world.agent, { ticketId: rejected.id, body: "Nota.", internal: true });
    expect((await reload(rejected.id)).lastReplyFrom).toBe("CUSTOMER");
    await addComment(world.colleague, { ticketId: answered.id, body: "Eu?" }).catch(() => null);
    expect((await reload(answered.id)).lastReplyFrom).toBe("SUPPORT"); // not on the ticket
  });

  it("filters the requester's list and the queues by whose turn it is, open tickets only", async () => {
    const ids = async (turn: "SUPPORT" | "CUSTOMER") =>
      (await listMyRequests(world.requester, { turn })).rows.map((r) => r.id).sort();
    expect(await ids("SUPPORT")).toEqual([answered.id]);
    // Nobody answered yet counts as waiting for support; a closed ticket has no turn.
    expect(await ids("CUSTOMER")).toEqual([fresh.id, rejected.id].sort());
    const queue = await listQueue(world.agent, "all", { turn: "SUPPORT" });
    expect(queue.rows.map((r) => [r.id, r.lastReplyFrom])).toEqual([[answered.id, "SUPPORT"]]);
  });

  it("lists 'Reprovadas': rejected at least once and still open", async () => {
    const page = await listQueue(world.agent, "rejected");
    expect(page.rows.map((r) => r.id)).toEqual([rejected.id]);
    expect((await countQueues(world.agent)).rejected).toBe(1);
    expect((await countQueues(world.otherAgent)).rejected).toBe(0);
  });
});

/** The reply_cycle migration's back-fill statements, as written for this database. */
function backFill(): string[] {
  const provider = databaseTarget(env.databaseUrl).provider;
  const dir = migrationsDir(provider);
  const folder = fs.readdirSync(dir).find((name) => name.endsWith("_reply_cycle"))!;
  const sql = fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
  const statements = sql.slice(sql.indexOf("-- Back-fill")).split(/;\s*\n/);
  return statements.map((s) => s.trim()).filter((s) => s.includes("UPDATE"));
}

describe("the migration's back-fill", () => {
  it("rebuilds whose turn it is and the rejections from the timeline", async () => {
    const before = await db.ticket.findMany({
      select: { id: true, lastReplyFrom: true, rejectionCount: true },
      orderBy: { id: "asc" },
    });
    await db.ticket.updateMany({ data: { lastReplyFrom: null, rejectionCount: 0 } });
    const statements = backFill();
    expect(statements).toHaveLength(2);
    for (const statement of statements) await db.$executeRawUnsafe(statement);
    const after = await db.ticket.findMany({
      select: { id: true, lastReplyFrom: true, rejectionCount: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    expect(after.find((t) => t.id === rejected.id)).toMatchObject({ rejectionCount: 2 });
  });
});

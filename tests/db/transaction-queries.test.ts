import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoWorld, openGerid } from "../factories";

/**
 * A transaction has one connection. Prisma sends a nested include's reads side by side on it
 * (prisma/orm#29646), which pg warns about and refuses from version 9; lib/db/adapter.ts makes
 * each query wait for the connection's previous one. On SQLite the driver is synchronous.
 */
let ticketId: string;
const send = pg.Client.prototype.query;

beforeAll(async () => {
  ticketId = (await openGerid(await demoWorld())).id;
});

afterEach(() => {
  pg.Client.prototype.query = send;
});

describe("a transaction's queries", () => {
  it("reach the database one after the other, a nested include's too", async () => {
    const running = new WeakMap<object, number>();
    let most = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const now = (running.get(this) ?? 0) + 1;
      running.set(this, now);
      most = Math.max(most, now);
      const answer = (send as (...a: unknown[]) => unknown).apply(this, args);
      const done = () => running.set(this, running.get(this)! - 1);
      if (answer instanceof Promise) answer.then(done, done);
      else done();
      return answer;
    } as typeof send;

    const ticket = await db.$transaction((tx) =>
      tx.ticket.findUniqueOrThrow({
        where: { id: ticketId },
        include: {
          item: { select: { title: true } },
          group: { select: { name: true } },
          organization: { select: { name: true } },
          requester: { select: { name: true } },
          events: { select: { type: true } },
        },
      }),
    );
    expect(ticket.item.title).toBe("GERID");
    expect(ticket.events.length).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(1);
  });
});

import net from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { listOutbox } from "@/lib/notifications/outbox-admin";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { demoWorld, type World } from "../factories";
import { queueTestMails } from "../support/mail";
import { startSmtpCatcher } from "../support/smtp";

// An SMTP server that cannot be reached costs one connection attempt per interval, not one per
// mail; when it is back, the backlog leaves once each, at the configured pace.

const T0 = new Date("2026-11-25T12:00:00Z");
const after = (ms: number) => new Date(T0.getTime() + ms);
const closers: (() => unknown)[] = [];
let world: World;

beforeAll(async () => {
  world = await demoWorld();
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await db.outboxMessage.deleteMany();
  await db.mailServerStatus.deleteMany();
});

const queue = (n: number, at = T0) =>
  queueTestMails(
    Array.from({ length: n }, (_, i) => `fila${i}@example.gov.br`),
    at,
  );

/** A server that takes each connection and hangs up at once, counting them: "down". */
async function hangUpServer() {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function transportTo(port: number) {
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Portal <portal@localhost>");
  closers.unshift(() => transport.close());
  return transport;
}

describe("an unreachable SMTP server", () => {
  it("gets one connection attempt per interval, growing, and the mails keep their attempts", async () => {
    await queue(30);
    const down = await hangUpServer();
    const transport = transportTo(down.port);
    const attemptsAt = async (seconds: number) => {
      const before = down.connections();
      await deliverOutbox({ transport, clock: fixedClock(after(seconds * 1000)) });
      return down.connections() - before;
    };

    // Every 3 s, as the job runs: attempts at 0 s, then 3 s, 9 s (3 + 6), 21 s (9 + 12).
    const seconds = [0, 1, 2, 3, 4, 6, 9, 12, 15, 18, 21];
    const attempts = [];
    for (const s of seconds) attempts.push(await attemptsAt(s));
    expect(attempts).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1]);

    const rows = await db.outboxMessage.findMany();
    expect(rows.every((r) => r.state === "PENDING" && r.attempts === 0 && !r.leaseOwner)).toBe(
      true,
    );
    const page = await listOutbox(world.admin, { pagina: 1 });
    expect(page.ok && page.value.outage?.since).toEqual(T0);
    expect(page.ok && page.value.byState.PENDING).toBe(30);
  });

  it("once back, delivers the backlog exactly once at no more than the rate per minute", async () => {
    await queue(200);
    const down = await hangUpServer();
    const transport = transportTo(down.port);
    await deliverOutbox({ transport, clock: fixedClock(T0) });
    await down.close();
    const back = await startSmtpCatcher(down.port);
    closers.push(() => back.stop());

    // The job every 3 seconds for two minutes, at 60 mails a minute.
    const sentBy = new Map<number, number>();
    let sent = 0;
    for (let s = 3; s <= 240; s += 3) {
      const clock = fixedClock(after(s * 1000));
      sent += (await deliverOutbox({ transport, clock, ratePerMinute: 60 })).sent;
      sentBy.set(s, sent);
    }
    const inMinute = (from: number) => sentBy.get(from + 60)! - sentBy.get(from)!;
    for (const from of [3, 30, 60, 90, 120]) {
      expect(inMinute(from)).toBeGreaterThanOrEqual(57);
      expect(inMinute(from)).toBeLessThanOrEqual(63);
    }
    expect(sent).toBeGreaterThan(200 - 60); // four minutes at 60 a minute, minus the outage
    const page = await listOutbox(world.admin, { pagina: 1 });
    expect(page.ok && page.value.outage).toBeNull();

    // Whatever is left leaves later; nothing arrives twice.
    for (let s = 300; sent < 200; s += 60) {
      sent += (await deliverOutbox({ transport, clock: fixedClock(after(s * 1000)) })).sent;
    }
    expect(back.messages).toHaveLength(200);
    expect(new Set(back.messages.map((m) => m.messageId)).size).toBe(200);
    expect(await db.outboxMessage.count({ where: { state: "SENT" } })).toBe(200);
  });
});

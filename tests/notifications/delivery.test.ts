import { execFile, spawn } from "node:child_process";
import net from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { LEASE_MS } from "@/lib/notifications/lease";
import { settledFor } from "@/lib/refusal";
import { retryFailedEmails } from "@/lib/notifications/outbox-admin";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { demoWorld } from "../factories";
import { queueTestMails } from "../support/mail";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// The delivery worker against a real SMTP server on loopback: retries, failures, overlapping
// workers and a worker killed mid-delivery.

const run = promisify(execFile);
const MINUTE = 60_000;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  transport = smtpTransport(smtp.url, "Portal <portal@localhost>");
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});
beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.mailServerStatus.deleteMany(); // each test starts with a server that answers
  smtp.messages.length = 0;
  smtp.control.refuse = () => undefined;
});

const T0 = new Date("2026-11-25T12:00:00Z");
const after = (ms: number) => new Date(T0.getTime() + ms);

/** Queues one e-mail per address, as of `at`. */
const queue = (addresses: string[], at = T0) => queueTestMails(addresses, at);

const deliver = (at: Date) => deliverOutbox({ transport, clock: fixedClock(at) });
const row = (address: string) =>
  db.outboxMessage.findFirstOrThrow({ where: { toAddress: address } });
const arrivals = (address: string) =>
  smtp.messages.filter((m) => recipientOf(m) === address).length;
const addresses = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@example.gov.br`);

describe("mail delivery", () => {
  it("retries a temporary refusal with growing delays and delivers exactly once when it passes", async () => {
    await queue(["lento@example.gov.br", "a@example.gov.br", "b@example.gov.br"]);
    smtp.control.refuse = (address) =>
      address === "lento@example.gov.br" ? { code: 451, message: "Tente mais tarde" } : undefined;

    expect(await deliver(T0)).toEqual({ sent: 2, retrying: 1, failed: 0, dropped: 0 });
    expect(await row("lento@example.gov.br")).toMatchObject({
      state: "PENDING",
      attempts: 1,
      nextAttemptAt: after(MINUTE),
      lastError: expect.stringContaining("451"),
      leaseOwner: null,
    });
    expect(await deliver(after(30_000))).toEqual({ sent: 0, retrying: 0, failed: 0, dropped: 0 }); // not due
    expect(await deliver(after(MINUTE))).toEqual({ sent: 0, retrying: 1, failed: 0, dropped: 0 });
    expect((await row("lento@example.gov.br")).nextAttemptAt).toEqual(after(3 * MINUTE)); // +2 min

    smtp.control.refuse = () => undefined;
    expect(await deliver(after(3 * MINUTE))).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
      dropped: 0,
    });
    expect(await deliver(after(60 * MINUTE))).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      dropped: 0,
    });
    expect(arrivals("lento@example.gov.br")).toBe(1);
    expect(await row("lento@example.gov.br")).toMatchObject({
      state: "SENT",
      attempts: 3,
      serverResponse: expect.stringMatching(/^250/),
    });
  });

  it("marks a permanent refusal failed with the server's answer, delivers the others, and retries it on request", async () => {
    await queue(["a@example.gov.br", "inexistente@example.gov.br", "b@example.gov.br"]);
    smtp.control.refuse = (address) =>
      address.startsWith("inexistente") ? { code: 550, message: "Caixa inexistente" } : undefined;

    expect(await deliver(T0)).toEqual({ sent: 2, retrying: 0, failed: 1, dropped: 0 });
    expect(await row("inexistente@example.gov.br")).toMatchObject({
      state: "FAILED",
      attempts: 1,
      lastError: expect.stringMatching(/550.*Caixa inexistente/),
    });

    smtp.control.refuse = () => undefined;
    const failed = await row("inexistente@example.gov.br");
    const { admin, agent } = await demoWorld();
    expect(
      await settledFor(agent, retryFailedEmails(agent, [failed.id], after(MINUTE))),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await retryFailedEmails(admin, [failed.id], after(MINUTE))).toEqual({
      ok: true,
      value: { count: 1 },
    });
    expect(await deliver(after(MINUTE))).toEqual({ sent: 1, retrying: 0, failed: 0, dropped: 0 });
    expect(arrivals("inexistente@example.gov.br")).toBe(1);
    // Sent: nothing to retry, and nothing logged that did not happen.
    expect(await retryFailedEmails(admin, [failed.id], after(MINUTE))).toEqual({
      ok: true,
      value: { count: 0 },
    });
    const logged = await db.auditLog.findMany({ where: { action: "email.retry" } });
    expect(logged).toMatchObject([
      { actorId: admin.id, entityId: failed.id, after: { reenviados: 1, ids: [failed.id] } },
    ]);
  });

  it("keeps retrying a server that refuses for more than a day, then gives up", async () => {
    await queue(["sempre@example.gov.br"]);
    smtp.control.refuse = () => ({ code: 421, message: "Serviço indisponível" });
    let now = T0;
    let last = T0;
    for (let attempt = 0; attempt < 100; attempt++) {
      const report = await deliver(now);
      last = now;
      if (report.failed) break;
      now = (await row("sempre@example.gov.br")).nextAttemptAt;
    }
    const failed = await row("sempre@example.gov.br");
    expect(failed.state).toBe("FAILED");
    expect(last.getTime() - T0.getTime()).toBeGreaterThanOrEqual(24 * 60 * MINUTE);
    expect(failed.attempts).toBeGreaterThan(10);
    expect(arrivals("sempre@example.gov.br")).toBe(0);
  });

  it("treats a server that cannot be reached as temporary", async () => {
    await queue(["a@example.gov.br"]);
    const closed = await unusedPort();
    const nowhere = smtpTransport(`smtp://127.0.0.1:${closed}`, "Portal <portal@localhost>");
    try {
      const report = await deliverOutbox({ transport: nowhere, clock: fixedClock(T0) });
      expect(report).toEqual({ sent: 0, retrying: 1, failed: 0, dropped: 0 });
      expect((await row("a@example.gov.br")).lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      nowhere.close();
    }
  });

  it("keeps working when the server comes back after refusing connections", async () => {
    // Several messages on a refused connection once left the pool hanging for good.
    const port = await unusedPort();
    const later = smtpTransport(`smtp://127.0.0.1:${port}`, "Portal <portal@localhost>");
    try {
      await queue(addresses(5, "fora"));
      // One message finds the server gone; the other four are not tried (mail-server.ts).
      expect(await deliverOutbox({ transport: later, clock: fixedClock(T0) })).toEqual({
        sent: 0,
        retrying: 1,
        failed: 0,
        dropped: 0,
      });
      // The outage cost the mails no attempt, and they are due as soon as the server answers.
      expect((await db.outboxMessage.findMany()).map((m) => m.attempts)).toEqual([0, 0, 0, 0, 0]);
      const back = await startSmtpCatcher(port);
      try {
        await queue(["depois@example.gov.br"], after(30_000));
        expect(await deliverOutbox({ transport: later, clock: fixedClock(after(30_000)) })).toEqual(
          { sent: 6, retrying: 0, failed: 0, dropped: 0 },
        );
        expect(back.messages).toHaveLength(6);
      } finally {
        await back.stop();
      }
    } finally {
      later.close();
    }
  });

  it.each(["implicit", "starttls"] as const)(
    "delivers over TLS (%s) on the pooled connections",
    async (tls) => {
      const secure = await startSmtpCatcher(0, tls);
      const overTls = smtpTransport(secure.url, "Portal <portal@localhost>");
      try {
        await queue(addresses(4, tls));
        expect(await deliverOutbox({ transport: overTls, clock: fixedClock(T0) })).toEqual({
          sent: 4,
          retrying: 0,
          failed: 0,
          dropped: 0,
        });
        expect(secure.messages).toHaveLength(4);
        expect(secure.encrypted()).toBe(4);
      } finally {
        overTls.close();
        await secure.stop();
      }
    },
  );

  it("two worker processes at once deliver each message exactly once", async () => {
    const all = addresses(120, "paralelo");
    await queue(all, new Date(Date.now() - MINUTE));
    const [a, b] = await Promise.all([jobProcess(), jobProcess()]);
    expect(a.sent + b.sent).toBe(120);
    expect(smtp.messages).toHaveLength(120);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(120);
    expect(await db.outboxMessage.count({ where: { state: "SENT" } })).toBe(120);
  });

  it("a worker killed after claiming leaves its messages to another once the lease runs out", async () => {
    await queue(addresses(5, "interrompido"), new Date(Date.now() - MINUTE));
    // An SMTP server that accepts connections and never answers: the worker claims and hangs.
    const silent = await blackHoleServer();
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/job.ts", "deliver-mail"],
      { env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${silent.port}` }, stdio: "ignore" },
    );
    await silent.connected;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    silent.close();

    // It had claimed the run's lead message alone (delivery.ts); the others are free.
    const claimed = await db.outboxMessage.findMany({ where: { leaseOwner: { not: null } } });
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({ state: "PENDING", attempts: 1 });
    const now = new Date();
    expect(await deliver(now)).toEqual({ sent: 4, retrying: 0, failed: 0, dropped: 0 });
    const later = new Date(now.getTime() + LEASE_MS);
    expect(await deliver(later)).toEqual({ sent: 1, retrying: 0, failed: 0, dropped: 0 });
    expect(await deliver(later)).toEqual({ sent: 0, retrying: 0, failed: 0, dropped: 0 });
    expect(smtp.messages).toHaveLength(5);
  });
});

/** `npm run job -- deliver-mail` in a process of its own, against this file's database. */
function jobProcess() {
  return run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/job.ts", "deliver-mail"],
    { env: { ...process.env, SMTP_URL: smtp.url, MAIL_RATE_PER_MINUTE: "600000" } },
  ).then(({ stdout }) => JSON.parse(stdout.trim()) as { sent: number });
}

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function blackHoleServer() {
  const sockets: net.Socket[] = [];
  let connected!: () => void;
  const server = net.createServer((socket) => {
    sockets.push(socket);
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connected: new Promise<void>((resolve) => (connected = resolve)),
    close: () => {
      sockets.forEach((s) => s.destroy());
      server.close();
    },
  };
}

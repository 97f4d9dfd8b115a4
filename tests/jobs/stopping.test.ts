import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { inSlices } from "@/lib/jobs/slices";
import { stopJobRuns } from "@/lib/jobs/stopping";
import { deliverOutbox, type MailTransport } from "@/lib/notifications/delivery";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { queueTestMails } from "../support/mail";
import { startSmtpCatcher } from "../support/smtp";

// A server that shuts down stops its jobs (lib/jobs/stopping.ts): a run ends after the batch or
// slice under way, with that work recorded, instead of at its budget. The stop lasts for the rest
// of this file's module instance, so the delivery case, which needs a run under way, comes first.

const T0 = new Date("2026-11-25T12:00:00Z");
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  transport = smtpTransport(smtp.url, "Portal <portal@localhost>");
  await db.outboxMessage.deleteMany();
  await db.mailServerStatus.deleteMany();
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});

it("a delivery run told to stop sends the message under way, records it, and leaves the rest queued", async () => {
  await queueTestMails(
    Array.from({ length: 30 }, (_, i) => `parada${i}@example.gov.br`),
    T0,
  );
  // The stop comes while the first message is on its way to the server.
  const stoppingWhileSending: MailTransport = {
    send: (message) => {
      stopJobRuns();
      return transport.send(message);
    },
  };
  const report = await deliverOutbox({ transport: stoppingWhileSending, clock: fixedClock(T0) });

  expect(report.sent).toBe(1);
  expect(smtp.messages).toHaveLength(1);
  const rows = await db.outboxMessage.findMany({ select: { state: true, leaseOwner: true } });
  expect(rows.filter((r) => r.state === "SENT")).toHaveLength(1);
  // The others wait for the next process, held by no one.
  expect(rows.filter((r) => r.state === "PENDING" && r.leaseOwner === null)).toHaveLength(29);
});

it("a sliced run ends after the slice under way once the jobs are stopping", async () => {
  stopJobRuns(); // already raised by the case above when the whole file runs; raised here alone
  const slices: number[] = [];
  // Five full slices of work wait, and the budget would allow them all.
  const result = await inSlices(
    "test",
    "rows",
    async (limit) => {
      slices.push(limit);
      return slices.length < 5 ? limit : 0;
    },
    { budgetMs: 60_000 },
  );
  expect(slices).toHaveLength(1);
  expect(result).toEqual({ done: slices[0], finished: false });
});

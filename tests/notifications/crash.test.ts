import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LEASE_MS } from "@/lib/notifications/lease";
import { queueTestMails } from "../support/mail";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// The worker killed with SIGKILL at each step of a delivery, in real processes against a real
// SMTP server: nothing is lost, and a mail arrives twice only when the kill fell between the
// server's acceptance and the outbox's record of it, and then as the same message (Message-ID).

const MAILS = 120;
const STEPS = ["before-connect", "during-data", "accepted-before-record", "after-record"] as const;
type Step = (typeof STEPS)[number];
/** Where a copy arrived: in the round killed at a step, or in the last, uninterrupted run. */
type Round = Step | "final-run";
const ROUNDS_PER_STEP = 5;

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
beforeAll(async () => {
  smtp = await startSmtpCatcher();
});
afterAll(() => smtp.stop());

const T0 = new Date("2026-11-25T12:00:00Z");

/** One worker process as of `now`; resolves to the signal that ended it, if any. */
function workerProcess(now: Date, kill?: { step: Step; at: number }) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/mail-worker-process.ts"],
    {
      env: {
        ...process.env,
        SMTP_URL: smtp.url,
        MAIL_NOW: now.toISOString(),
        MAIL_KILL_STEP: kill?.step ?? "",
        MAIL_KILL_AT: String(kill?.at ?? 0),
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  return { child, ended };
}

it(
  "kills the worker at every step of a delivery: none lost, duplicates only after acceptance",
  { timeout: 180_000 },
  async () => {
    await queueTestMails(
      Array.from({ length: MAILS }, (_, i) => `caixa${i}@example.gov.br`),
      T0,
    );

    // Which round each arrival came in, to tell what step a duplicate's first copy died at.
    const roundOfArrival: Round[] = [];
    const rounds = STEPS.flatMap((step) =>
      Array.from({ length: ROUNDS_PER_STEP }, (_, i) => ({
        step,
        // Before connecting means the process's first message; the others vary where they fall.
        at: step === "before-connect" ? 1 : 1 + ((i * 2) % 5),
      })),
    );
    let now = T0;
    for (const round of rounds) {
      const worker = workerProcess(now, round);
      let seen = 0;
      smtp.control.beforeAccept = async () => {
        if (round.step !== "during-data" || ++seen !== round.at) return undefined;
        // The message's data is in; the server has not answered yet.
        worker.child.kill("SIGKILL");
        await worker.ended;
        return { code: 451, message: "O remetente caiu" };
      };
      expect(await worker.ended, `killed at ${round.step} #${round.at}`).toBe("SIGKILL");
      while (roundOfArrival.length < smtp.messages.length) roundOfArrival.push(round.step);
      // The dead worker's claims come due when its lease ends.
      now = new Date(now.getTime() + LEASE_MS + 1_000);
    }
    smtp.control.beforeAccept = async () => undefined;
    expect(await workerProcess(now).ended).toBeNull();
    while (roundOfArrival.length < smtp.messages.length) roundOfArrival.push("final-run");

    const rows = await db.outboxMessage.findMany();
    const duplicates: Record<Round, number> = {
      "before-connect": 0,
      "during-data": 0,
      "accepted-before-record": 0,
      "after-record": 0,
      "final-run": 0,
    };
    let lost = 0;
    let sameMessageId = 0;
    for (const row of rows) {
      const copies = smtp.messages.flatMap((mail, i) =>
        recipientOf(mail) === row.toAddress ? [{ mail, step: roundOfArrival[i] }] : [],
      );
      if (copies.length === 0) lost += 1;
      if (copies.length > 1) {
        duplicates[copies[0]!.step!] += copies.length - 1;
        if (copies.every((c) => c.mail.messageId === row.messageId)) sameMessageId += 1;
      }
      // Every copy carries the row's own Message-ID header.
      for (const { mail } of copies) expect(mail.messageId).toBe(row.messageId);
    }
    const deliveries = smtp.messages.length;
    console.log(
      `\nCrash test: ${MAILS} mails, ${rounds.length} workers killed, ${deliveries} deliveries`,
    );
    console.table(
      STEPS.map((step) => ({
        step,
        kills: ROUNDS_PER_STEP,
        delivered: roundOfArrival.filter((s) => s === step).length,
        duplicates: duplicates[step],
      })),
    );
    console.log(`lost: ${lost}; duplicates with the same Message-ID: ${sameMessageId}`);

    expect(rows.every((r) => r.state === "SENT" && r.acceptedAt)).toBe(true);
    expect(lost).toBe(0);
    expect(duplicates).toEqual({
      "before-connect": 0,
      "during-data": 0,
      "accepted-before-record": ROUNDS_PER_STEP,
      "after-record": 0,
      "final-run": 0,
    });
    expect(sameMessageId).toBe(ROUNDS_PER_STEP);
    expect(deliveries).toBe(MAILS + ROUNDS_PER_STEP);
  },
);

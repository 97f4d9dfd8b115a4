/**
 * The mail worker in a process of its own, for tests/notifications/crash.test.ts: delivers the
 * outbox of DATABASE_URL to SMTP_URL as of MAIL_NOW, one message at a time so that the steps
 * below are well ordered, and kills itself with SIGKILL at MAIL_KILL_STEP of its MAIL_KILL_AT-th
 * message:
 *   before-connect          before sending its first message (the pool has not connected yet)
 *   accepted-before-record  after the server's 250, before the outbox records it
 *   after-record            after the message was recorded, before the next one goes out
 * (The step "during DATA" is done by the test's SMTP server, which kills this process.)
 */
import { fixedClock } from "../../lib/clock";
import { db } from "../../lib/db";
import { deliverOutbox, type MailTransport } from "../../lib/notifications/delivery";
import { smtpTransport } from "../../lib/notifications/smtp-transport";

const step = process.env.MAIL_KILL_STEP ?? "";
const killAt = Number(process.env.MAIL_KILL_AT ?? 0);
const die = () => process.kill(process.pid, "SIGKILL");

const smtp = smtpTransport(process.env.SMTP_URL!, "Portal <portal@localhost>", 1);
let sending = 0;
const transport: MailTransport = {
  async send(message) {
    sending += 1;
    if (step === "before-connect" && sending === killAt) die();
    if (step === "after-record" && sending === killAt + 1) die();
    const accepted = await smtp.send(message);
    if (step === "accepted-before-record" && sending === killAt) die();
    return accepted;
  },
};

try {
  const clock = fixedClock(new Date(process.env.MAIL_NOW!));
  const report = await deliverOutbox({ transport, clock, concurrency: 1, batchSize: 10 });
  console.log(JSON.stringify(report));
} finally {
  smtp.close();
  await db.$disconnect();
}

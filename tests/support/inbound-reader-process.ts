/**
 * The mail reader in a process of its own, for tests/inbound/crash.test.ts: reads IMAP_TEST_URL
 * as of MAIL_NOW and kills itself with SIGKILL on its first message at READER_KILL_STEP:
 *   after-claim    the message is claimed, nothing written yet
 *   after-write    the message is on the ticket, its row not yet recorded
 *   after-record   the row is recorded, the message not yet moved out of the inbox
 */
import { fixedClock } from "../../lib/clock";
import { db } from "../../lib/db";
import { processMail } from "../../lib/inbound/process";
import { readMailbox } from "../../lib/inbound/reader";

const step = process.env.READER_KILL_STEP ?? "";
const die = () => process.kill(process.pid, "SIGKILL");

try {
  await readMailbox(process.env.IMAP_TEST_URL!, {
    clock: fixedClock(new Date(process.env.MAIL_NOW!)),
    process: async (...args) => {
      if (step === "after-claim") die();
      const outcome = await processMail(...args);
      if (step === "after-write") die();
      return outcome;
    },
    recorded: async () => {
      if (step === "after-record") die();
    },
  });
} finally {
  await db.$disconnect();
}

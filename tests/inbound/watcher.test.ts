import { afterAll, beforeAll, expect, it } from "vitest";
import { watchMailbox } from "@/lib/inbound/watcher";
import { startThrowawayDovecot, type ThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { composeMail, deliver, freshMailbox } from "../support/imap";

// The reader wakes up when mail arrives (IDLE), without waiting for its next poll.

let imap: ThrowawayDovecot;
beforeAll(async () => {
  imap = await startThrowawayDovecot();
});
afterAll(() => imap?.stop());

it("calls wake when a message arrives in the watched mailbox", async () => {
  const mailbox = freshMailbox(imap.urlOf);
  await deliver(mailbox); // the mailbox exists before it is watched
  let woken = 0;
  const stop = watchMailbox(mailbox, () => (woken += 1));
  try {
    // Once the watcher is in IDLE, a delivery is announced to it.
    await expect
      .poll(
        async () => {
          await deliver(mailbox, composeMail({ from: "a@b.test", subject: "Oi", text: "Oi" }));
          return woken;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBeGreaterThan(0);
  } finally {
    stop();
  }
});

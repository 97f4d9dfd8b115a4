import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LEASE_MS } from "@/lib/inbound/claim";
import { readMailbox } from "@/lib/inbound/reader";
import { fixedClock } from "@/lib/clock";
import { startThrowawayDovecot, type ThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { demoWorld, openGerid, type World } from "../factories";
import { composeMail, deliver, folderCounts, freshMailbox } from "../support/imap";

// A reader killed with SIGKILL at each step of a message, in a real process against a real IMAP
// server: the next reader, once the dead one's lease is over, loses nothing and writes nothing
// twice.

let imap: ThrowawayDovecot;
let world: World;
beforeAll(async () => {
  imap = await startThrowawayDovecot();
  world = await demoWorld();
});
afterAll(() => imap?.stop());

const T0 = new Date("2026-11-02T14:00:00Z");

function readerProcess(imapUrl: string, step: string) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/inbound-reader-process.ts"],
    {
      env: {
        ...process.env,
        IMAP_TEST_URL: imapUrl,
        MAIL_NOW: T0.toISOString(),
        READER_KILL_STEP: step,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
}

it.each(["after-claim", "after-write", "after-record"])(
  "a reader killed %s loses nothing and writes nothing twice",
  { timeout: 60_000 },
  async (step) => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    const texts = ["Primeira", "Segunda", "Terceira"];
    await deliver(
      mailbox,
      ...texts.map((text) => composeMail({ from: email, subject: `Re: [${ticket.number}]`, text })),
    );

    expect(await readerProcess(mailbox, step)).toBe("SIGKILL");
    // While the dead reader's lease lasts, its message waits: nobody takes it.
    const during = await readMailbox(mailbox, {
      clock: fixedClock(new Date(T0.getTime() + 1_000)),
    });
    expect(during.busy + during.processed).toBe(3);

    const later = fixedClock(new Date(T0.getTime() + LEASE_MS + 120_000));
    await readMailbox(mailbox, { clock: later });
    const bodies = await db.ticketEvent.findMany({
      where: { ticketId: ticket.id, type: "COMMENT" },
      select: { body: true },
    });
    expect(bodies.map((b) => b.body).sort()).toEqual([...texts].sort());
    const rows = await db.inboundEmail.findMany({ where: { ticketId: ticket.id } });
    expect(rows.map((r) => r.state)).toEqual(["MESSAGE", "MESSAGE", "MESSAGE"]);
    expect(await folderCounts(mailbox)).toEqual({ inbox: 0, processed: 3 });
  },
);

it(
  "two reader processes on the same mailbox process each message once",
  { timeout: 60_000 },
  async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    const texts = Array.from({ length: 20 }, (_, i) => `Mensagem ${String(i).padStart(2, "0")}`);
    await deliver(
      mailbox,
      ...texts.map((text) => composeMail({ from: email, subject: `Re: [${ticket.number}]`, text })),
    );
    expect(await Promise.all([readerProcess(mailbox, ""), readerProcess(mailbox, "")])).toEqual([
      null,
      null,
    ]);
    const bodies = await db.ticketEvent.findMany({
      where: { ticketId: ticket.id, type: "COMMENT" },
      select: { body: true },
    });
    expect(bodies.map((b) => b.body).sort()).toEqual(texts);
    expect(await folderCounts(mailbox)).toEqual({ inbox: 0, processed: 20 });
  },
);

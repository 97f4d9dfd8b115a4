/**
 * For e2e/mail-hardening.spec.ts:  due CS0000001
 * Makes the ticket's queued e-mails due now, as if their retry delay had passed, so that the
 * portal's mail worker takes them on its next run instead of minutes later. Prints how many.
 * Run with DATABASE_URL pointing at the portal's database.
 */
import { db } from "../../lib/db";

const [command, number] = process.argv.slice(2);
if (command !== "due" || !number) throw new Error("Usage: outbox-fixture.ts due <ticket number>");
const { count } = await db.outboxMessage.updateMany({
  where: { ticket: { number }, state: "PENDING" },
  data: { nextAttemptAt: new Date() },
});
console.log(String(count)); // a number would be coloured under FORCE_COLOR (Playwright sets it)
await db.$disconnect();

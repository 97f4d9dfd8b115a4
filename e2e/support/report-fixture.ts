/**
 * The reports' set-up for the end-to-end specs:
 *   refresh            brings the reports' facts up to date at once (the "report-facts" job waits
 *                      for changes to be a minute old): runs it as if it were two minutes from now
 *   subscribe <cpf>    subscribes that analyst to the weekly e-mail and prints the path of the
 *                      e-mail's unsubscribe link
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts does).
 */
import { db } from "../../lib/db";
import { fixedClock } from "../../lib/clock";
import { loadActor } from "../../lib/tickets/actor";
import { refreshReportFacts } from "../../lib/reports/refresh";
import { setSubscription } from "../../lib/reports/subscriptions";
import { unsubscribeUrl } from "../../lib/reports/unsubscribe-token";

const [command, cpf] = process.argv.slice(2);
if (command === "refresh") {
  const { refreshed } = await refreshReportFacts(fixedClock(new Date(Date.now() + 2 * 60_000)));
  console.log(refreshed);
} else if (command === "subscribe") {
  const user = await db.user.findUniqueOrThrow({ where: { cpf } });
  await setSubscription((await loadActor(user.id))!, { subscribed: true });
  const url = new URL(unsubscribeUrl(user.id));
  console.log(`${url.pathname}${url.search}`);
} else {
  throw new Error(`Unknown command: ${command}`);
}
await db.$disconnect();

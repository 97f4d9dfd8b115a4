/**
 * Brings the reports' facts up to date at once (the "report-facts" job waits for changes to be
 * a minute old): runs it as if it were two minutes from now, and prints how many it counted.
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts does).
 */
import { db } from "../../lib/db";
import { fixedClock } from "../../lib/clock";
import { refreshReportFacts } from "../../lib/reports/refresh";

const { refreshed } = await refreshReportFacts(fixedClock(new Date(Date.now() + 2 * 60_000)));
console.log(refreshed);
await db.$disconnect();

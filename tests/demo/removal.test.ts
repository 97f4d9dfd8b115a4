import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { localFolderStorage } from "@/lib/storage";
import { removeDemoData } from "@/prisma/demo-removal";
import { allDemoUsers } from "@/prisma/demo/people";
import { seedDemoData } from "@/prisma/seed";
import { seedDemoMonth } from "@/prisma/seed-month";

// tests/db/demo-removal.test.ts covers the base demo beside real data; this, the month's records.
describe("demo:remove after the demo's month", () => {
  it(
    "takes out the month's tickets, people, organizations, files and facts too",
    { timeout: 120_000 },
    async () => {
      const storage = localFolderStorage(fs.mkdtempSync(path.join(os.tmpdir(), "demo-removal-")));
      const now = new Date("2026-03-11T14:20:00Z");
      await seedDemoData(db);
      await seedDemoMonth(db, { storage, now });
      await refreshReportFacts(() => new Date(now.getTime() + 120_000));
      const files = await db.attachment.count({ where: { ticketId: { not: null } } });

      const { report, storageKeys } = await removeDemoData(db);

      expect(report).toMatchObject({ users: allDemoUsers.length, deactivated: 0 });
      expect(report.tickets).toBeGreaterThan(50);
      expect(storageKeys.length).toBeGreaterThanOrEqual(files);
      const left = await Promise.all([
        db.ticket.count(),
        db.user.count(),
        db.organization.count(),
        db.supportGroup.count(),
        db.catalogItem.count(),
        db.reportTicket.count(),
        db.ticketRating.count(),
        db.timeEntry.count(),
        db.organizationManager.count(),
        db.inboundAddress.count(),
        db.announcement.count(),
        db.attachment.count(),
      ]);
      expect(left).toEqual(left.map(() => 0));
    },
  );
});

/**
 * `npm run demo:remove`: takes the demo accounts and data out of a database that has them
 * (prisma/demo-removal.ts says what goes and what stays), then deletes the removed tickets' files.
 */
import { db } from "../lib/db";
import { fileStorage } from "../lib/storage";
import { removeDemoData } from "../prisma/demo-removal";
import { runCommand } from "./run-command";

runCommand(async () => {
  try {
    const { report, storageKeys } = await removeDemoData(db);
    const storage = fileStorage();
    for (const key of storageKeys) await storage.delete(key);
    console.log(
      [
        `Demo removed: ${report.tickets} tickets, ${report.users} accounts, ${report.items} catalogue items,`,
        `${report.categories} categories, ${report.articles} articles, ${report.groups} groups, ${report.organizations} organizations.`,
        report.deactivated
          ? `${report.deactivated} demo accounts still named on real records were deactivated and lost their password.`
          : "",
      ].join(" "),
    );
  } finally {
    await db.$disconnect();
  }
});

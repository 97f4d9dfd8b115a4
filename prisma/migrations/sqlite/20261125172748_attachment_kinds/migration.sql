-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "autoCloseDays" INTEGER NOT NULL DEFAULT 7,
    "attachmentMaxMb" INTEGER NOT NULL DEFAULT 10,
    "attachmentsPerTicket" INTEGER NOT NULL DEFAULT 20,
    "attachmentKinds" TEXT NOT NULL DEFAULT 'images,pdf,documents,text,archives',
    "slaFirstResponseMinutes" INTEGER NOT NULL DEFAULT 480,
    "slaResolutionMinutes" INTEGER NOT NULL DEFAULT 2400,
    "slaPausedAwaitingSupport" BOOLEAN NOT NULL DEFAULT false,
    "businessDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "businessStart" TEXT NOT NULL DEFAULT '08:00',
    "businessEnd" TEXT NOT NULL DEFAULT '18:00',
    "timeZone" TEXT NOT NULL DEFAULT 'America/Sao_Paulo',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "timeZone", "updatedAt") SELECT "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "timeZone", "updatedAt" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

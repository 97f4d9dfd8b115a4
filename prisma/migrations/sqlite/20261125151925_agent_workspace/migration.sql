-- AlterTable
ALTER TABLE "CatalogItem" ADD COLUMN "slaFirstResponseMinutes" INTEGER;
ALTER TABLE "CatalogItem" ADD COLUMN "slaResolutionMinutes" INTEGER;

-- CreateTable
CREATE TABLE "Holiday" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TicketLink" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "TicketLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TicketLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticketId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "workDate" TEXT NOT NULL,
    "billable" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TimeEntry_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TimeEntry_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "autoCloseDays" INTEGER NOT NULL DEFAULT 7,
    "attachmentMaxMb" INTEGER NOT NULL DEFAULT 10,
    "attachmentsPerTicket" INTEGER NOT NULL DEFAULT 20,
    "slaFirstResponseMinutes" INTEGER NOT NULL DEFAULT 480,
    "slaResolutionMinutes" INTEGER NOT NULL DEFAULT 2400,
    "slaPausedAwaitingSupport" BOOLEAN NOT NULL DEFAULT false,
    "businessDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "businessStart" TEXT NOT NULL DEFAULT '08:00',
    "businessEnd" TEXT NOT NULL DEFAULT '18:00',
    "timeZone" TEXT NOT NULL DEFAULT 'America/Sao_Paulo',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "id", "updatedAt") SELECT "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "id", "updatedAt" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
CREATE TABLE "new_Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "requestedForId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "priority" TEXT NOT NULL DEFAULT 'NORMAL',
    "answers" JSONB NOT NULL,
    "description" TEXT NOT NULL,
    "contactPhone" TEXT,
    "submissionKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "firstResponseAt" DATETIME,
    "resolvedAt" DATETIME,
    "closedAt" DATETIME,
    "autoCloseDueAt" DATETIME,
    "slaFirstResponseMinutes" INTEGER,
    "slaResolutionMinutes" INTEGER,
    "firstResponseDueAt" DATETIME,
    "resolutionDueAt" DATETIME,
    "slaElapsedMinutes" INTEGER NOT NULL DEFAULT 0,
    "slaRunningSince" DATETIME,
    CONSTRAINT "Ticket_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_requestedForId_fkey" FOREIGN KEY ("requestedForId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SupportGroup" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ticket" ("answers", "assigneeId", "autoCloseDueAt", "closedAt", "contactPhone", "createdAt", "description", "firstResponseAt", "groupId", "id", "itemId", "number", "organizationId", "priority", "requestedForId", "requesterId", "resolvedAt", "state", "submissionKey", "updatedAt", "version") SELECT "answers", "assigneeId", "autoCloseDueAt", "closedAt", "contactPhone", "createdAt", "description", "firstResponseAt", "groupId", "id", "itemId", "number", "organizationId", "priority", "requestedForId", "requesterId", "resolvedAt", "state", "submissionKey", "updatedAt", "version" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");
CREATE UNIQUE INDEX "Ticket_submissionKey_key" ON "Ticket"("submissionKey");
CREATE INDEX "Ticket_requesterId_organizationId_state_createdAt_idx" ON "Ticket"("requesterId", "organizationId", "state", "createdAt");
CREATE INDEX "Ticket_requestedForId_organizationId_state_createdAt_idx" ON "Ticket"("requestedForId", "organizationId", "state", "createdAt");
CREATE INDEX "Ticket_organizationId_state_createdAt_idx" ON "Ticket"("organizationId", "state", "createdAt");
CREATE INDEX "Ticket_groupId_state_updatedAt_idx" ON "Ticket"("groupId", "state", "updatedAt");
CREATE INDEX "Ticket_assigneeId_state_updatedAt_idx" ON "Ticket"("assigneeId", "state", "updatedAt");
CREATE INDEX "Ticket_state_updatedAt_idx" ON "Ticket"("state", "updatedAt");
CREATE INDEX "Ticket_state_autoCloseDueAt_idx" ON "Ticket"("state", "autoCloseDueAt");
CREATE INDEX "Ticket_groupId_resolutionDueAt_idx" ON "Ticket"("groupId", "resolutionDueAt");
CREATE INDEX "Ticket_createdAt_idx" ON "Ticket"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TicketLink_toId_idx" ON "TicketLink"("toId");

-- CreateIndex
CREATE INDEX "TimeEntry_ticketId_workDate_idx" ON "TimeEntry"("ticketId", "workDate");

-- CreateIndex
CREATE INDEX "TimeEntry_organizationId_workDate_idx" ON "TimeEntry"("organizationId", "workDate");

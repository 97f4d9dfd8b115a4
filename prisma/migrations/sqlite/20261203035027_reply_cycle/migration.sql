-- CreateTable
CREATE TABLE "TicketRating" (
    "ticketId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "groupId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TicketRating_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TicketRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganizationManager" (
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "organizationId"),
    CONSTRAINT "OrganizationManager_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganizationManager_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "stagingQuotaMb" INTEGER NOT NULL DEFAULT 50,
    "stagingQuotaFiles" INTEGER NOT NULL DEFAULT 20,
    "uploadMinKbps" INTEGER NOT NULL DEFAULT 8,
    "uploadTimeoutSeconds" INTEGER NOT NULL DEFAULT 120,
    "timeZone" TEXT NOT NULL DEFAULT 'America/Sao_Paulo',
    "infoReminderDays" INTEGER NOT NULL DEFAULT 3,
    "infoCloseDays" INTEGER NOT NULL DEFAULT 5,
    "autoCloseReminderDays" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("attachmentKinds", "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "stagingQuotaFiles", "stagingQuotaMb", "timeZone", "updatedAt", "uploadMinKbps", "uploadTimeoutSeconds") SELECT "attachmentKinds", "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "stagingQuotaFiles", "stagingQuotaMb", "timeZone", "updatedAt", "uploadMinKbps", "uploadTimeoutSeconds" FROM "Settings";
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
    "lastReplyFrom" TEXT,
    "rejectionCount" INTEGER NOT NULL DEFAULT 0,
    "infoRequestedAt" DATETIME,
    "infoReminderSentAt" DATETIME,
    "autoCloseReminderSentAt" DATETIME,
    CONSTRAINT "Ticket_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_requestedForId_fkey" FOREIGN KEY ("requestedForId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SupportGroup" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ticket" ("answers", "assigneeId", "autoCloseDueAt", "closedAt", "contactPhone", "createdAt", "description", "firstResponseAt", "firstResponseDueAt", "groupId", "id", "itemId", "number", "organizationId", "priority", "requestedForId", "requesterId", "resolutionDueAt", "resolvedAt", "slaElapsedMinutes", "slaFirstResponseMinutes", "slaResolutionMinutes", "slaRunningSince", "state", "submissionKey", "updatedAt", "version") SELECT "answers", "assigneeId", "autoCloseDueAt", "closedAt", "contactPhone", "createdAt", "description", "firstResponseAt", "firstResponseDueAt", "groupId", "id", "itemId", "number", "organizationId", "priority", "requestedForId", "requesterId", "resolutionDueAt", "resolvedAt", "slaElapsedMinutes", "slaFirstResponseMinutes", "slaResolutionMinutes", "slaRunningSince", "state", "submissionKey", "updatedAt", "version" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");
CREATE UNIQUE INDEX "Ticket_submissionKey_key" ON "Ticket"("submissionKey");
CREATE INDEX "Ticket_requesterId_organizationId_state_createdAt_idx" ON "Ticket"("requesterId", "organizationId", "state", "createdAt");
CREATE INDEX "Ticket_requestedForId_organizationId_state_createdAt_idx" ON "Ticket"("requestedForId", "organizationId", "state", "createdAt");
CREATE INDEX "Ticket_organizationId_state_createdAt_idx" ON "Ticket"("organizationId", "state", "createdAt");
CREATE INDEX "Ticket_groupId_state_updatedAt_idx" ON "Ticket"("groupId", "state", "updatedAt");
CREATE INDEX "Ticket_assigneeId_groupId_state_updatedAt_idx" ON "Ticket"("assigneeId", "groupId", "state", "updatedAt");
CREATE INDEX "Ticket_groupId_updatedAt_idx" ON "Ticket"("groupId", "updatedAt");
CREATE INDEX "Ticket_state_updatedAt_idx" ON "Ticket"("state", "updatedAt");
CREATE INDEX "Ticket_state_autoCloseDueAt_idx" ON "Ticket"("state", "autoCloseDueAt");
CREATE INDEX "Ticket_state_infoRequestedAt_idx" ON "Ticket"("state", "infoRequestedAt");
CREATE INDEX "Ticket_groupId_rejectionCount_state_idx" ON "Ticket"("groupId", "rejectionCount", "state");
CREATE INDEX "Ticket_groupId_resolutionDueAt_idx" ON "Ticket"("groupId", "resolutionDueAt");
CREATE INDEX "Ticket_createdAt_idx" ON "Ticket"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TicketRating_groupId_createdAt_idx" ON "TicketRating"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketRating_assigneeId_createdAt_idx" ON "TicketRating"("assigneeId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketRating_userId_idx" ON "TicketRating"("userId");

-- CreateIndex
CREATE INDEX "OrganizationManager_organizationId_idx" ON "OrganizationManager"("organizationId");

-- Back-fill (data): whose turn it is, from each ticket's last public message with a writer (a
-- comment, or a state change that carried a text: a solution, a rejection's reason). The writer's
-- role decides the side, as the auto-close sweep does.
UPDATE "Ticket" SET "lastReplyFrom" = (
    SELECT CASE WHEN "writer"."role" = 'REQUESTER' THEN 'CUSTOMER' ELSE 'SUPPORT' END
    FROM "TicketEvent" "message" JOIN "User" "writer" ON "writer"."id" = "message"."actorId"
    WHERE "message"."ticketId" = "Ticket"."id" AND "message"."visibility" = 'PUBLIC'
      AND ("message"."type" = 'COMMENT' OR ("message"."type" = 'STATE_CHANGED' AND "message"."body" IS NOT NULL))
    ORDER BY "message"."createdAt" DESC, "message"."id" DESC
    LIMIT 1)
WHERE EXISTS (SELECT 1 FROM "TicketEvent" "said" WHERE "said"."ticketId" = "Ticket"."id" AND "said"."actorId" IS NOT NULL
    AND "said"."visibility" = 'PUBLIC' AND "said"."type" IN ('COMMENT', 'STATE_CHANGED'));

-- Back-fill (data): "Reprovadas", the rejections so far (the one change from AWAITING_USER back to IN_PROGRESS).
UPDATE "Ticket" SET "rejectionCount" = (
    SELECT COUNT(*) FROM "TicketEvent" "rejection"
    WHERE "rejection"."ticketId" = "Ticket"."id" AND "rejection"."type" = 'STATE_CHANGED'
      AND "rejection"."fromState" = 'AWAITING_USER' AND "rejection"."toState" = 'IN_PROGRESS')
WHERE EXISTS (SELECT 1 FROM "TicketEvent" "rejection"
    WHERE "rejection"."ticketId" = "Ticket"."id" AND "rejection"."type" = 'STATE_CHANGED'
      AND "rejection"."fromState" = 'AWAITING_USER' AND "rejection"."toState" = 'IN_PROGRESS');

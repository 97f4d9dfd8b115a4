-- CreateTable
CREATE TABLE "ReportTicket" (
    "ticketId" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "openedDay" TEXT NOT NULL,
    "solvedDay" TEXT,
    "endedDay" TEXT,
    "outcome" TEXT,
    "firstResponseMinutes" INTEGER,
    "solutionMinutes" INTEGER,
    "firstResponseMet" BOOLEAN,
    "firstResponseDueAt" DATETIME,
    "solutionMet" BOOLEAN,
    "rejections" INTEGER NOT NULL DEFAULT 0,
    "score" INTEGER,
    "refreshedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReportRefresh" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "changedSince" DATETIME NOT NULL,
    "calendar" TEXT NOT NULL,
    "changedSinceId" TEXT NOT NULL DEFAULT '',
    "ratingsSince" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReportSubscription" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "lastWeek" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReportTicket_openedDay_groupId_organizationId_itemId_assigneeId_firstResponseMinutes_firstResponseMet_firstResponseDueAt_endedDay_idx" ON "ReportTicket"("openedDay", "groupId", "organizationId", "itemId", "assigneeId", "firstResponseMinutes", "firstResponseMet", "firstResponseDueAt", "endedDay");

-- CreateIndex
CREATE INDEX "ReportTicket_solvedDay_groupId_organizationId_itemId_assigneeId_solutionMinutes_solutionMet_rejections_idx" ON "ReportTicket"("solvedDay", "groupId", "organizationId", "itemId", "assigneeId", "solutionMinutes", "solutionMet", "rejections");

-- CreateIndex
CREATE INDEX "ReportTicket_endedDay_openedDay_groupId_organizationId_itemId_assigneeId_outcome_score_idx" ON "ReportTicket"("endedDay", "openedDay", "groupId", "organizationId", "itemId", "assigneeId", "outcome", "score");

-- CreateIndex
CREATE INDEX "Ticket_updatedAt_idx" ON "Ticket"("updatedAt");

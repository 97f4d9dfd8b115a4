-- CreateTable
CREATE TABLE "ReportTicket" (
    "ticketId" TEXT NOT NULL,
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
    "firstResponseDueAt" TIMESTAMP(3),
    "solutionMet" BOOLEAN,
    "rejections" INTEGER NOT NULL DEFAULT 0,
    "score" INTEGER,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportTicket_pkey" PRIMARY KEY ("ticketId")
);

-- CreateTable
CREATE TABLE "ReportRefresh" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "changedSince" TIMESTAMP(3) NOT NULL,
    "calendar" TEXT NOT NULL,
    "changedSinceId" TEXT NOT NULL DEFAULT '',
    "ratingsSince" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubscription" (
    "userId" TEXT NOT NULL,
    "lastWeek" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSubscription_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ReportTicket_openedDay_groupId_organizationId_itemId_assign_idx" ON "ReportTicket"("openedDay", "groupId", "organizationId", "itemId", "assigneeId", "firstResponseMinutes", "firstResponseMet", "firstResponseDueAt", "endedDay");

-- CreateIndex
CREATE INDEX "ReportTicket_solvedDay_groupId_organizationId_itemId_assign_idx" ON "ReportTicket"("solvedDay", "groupId", "organizationId", "itemId", "assigneeId", "solutionMinutes", "solutionMet", "rejections");

-- CreateIndex
CREATE INDEX "ReportTicket_endedDay_openedDay_groupId_organizationId_item_idx" ON "ReportTicket"("endedDay", "openedDay", "groupId", "organizationId", "itemId", "assigneeId", "outcome", "score");

-- CreateIndex
CREATE INDEX "Ticket_updatedAt_idx" ON "Ticket"("updatedAt");

-- AddForeignKey
ALTER TABLE "ReportSubscription" ADD CONSTRAINT "ReportSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "CatalogItem" ADD COLUMN     "slaFirstResponseMinutes" INTEGER,
ADD COLUMN     "slaResolutionMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "businessDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
ADD COLUMN     "businessEnd" TEXT NOT NULL DEFAULT '18:00',
ADD COLUMN     "businessStart" TEXT NOT NULL DEFAULT '08:00',
ADD COLUMN     "slaFirstResponseMinutes" INTEGER NOT NULL DEFAULT 480,
ADD COLUMN     "slaPausedAwaitingSupport" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slaResolutionMinutes" INTEGER NOT NULL DEFAULT 2400,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'America/Sao_Paulo';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "firstResponseDueAt" TIMESTAMP(3),
ADD COLUMN     "resolutionDueAt" TIMESTAMP(3),
ADD COLUMN     "slaElapsedMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "slaFirstResponseMinutes" INTEGER,
ADD COLUMN     "slaResolutionMinutes" INTEGER,
ADD COLUMN     "slaRunningSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "TicketLink" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "workDate" TEXT NOT NULL,
    "billable" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TicketLink_toId_idx" ON "TicketLink"("toId");

-- CreateIndex
CREATE INDEX "TimeEntry_ticketId_workDate_idx" ON "TimeEntry"("ticketId", "workDate");

-- CreateIndex
CREATE INDEX "TimeEntry_organizationId_workDate_idx" ON "TimeEntry"("organizationId", "workDate");

-- CreateIndex
CREATE INDEX "Ticket_groupId_resolutionDueAt_idx" ON "Ticket"("groupId", "resolutionDueAt");

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "ReplySide" AS ENUM ('SUPPORT', 'CUSTOMER');

-- AlterEnum
ALTER TYPE "TicketState" ADD VALUE 'AWAITING_INFO';

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "autoCloseReminderDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "infoCloseDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "infoReminderDays" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "autoCloseReminderSentAt" TIMESTAMP(3),
ADD COLUMN     "infoReminderSentAt" TIMESTAMP(3),
ADD COLUMN     "infoRequestedAt" TIMESTAMP(3),
ADD COLUMN     "lastReplyFrom" "ReplySide",
ADD COLUMN     "rejectionCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "TicketRating" (
    "ticketId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "groupId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketRating_pkey" PRIMARY KEY ("ticketId")
);

-- CreateTable
CREATE TABLE "OrganizationManager" (
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationManager_pkey" PRIMARY KEY ("userId","organizationId")
);

-- CreateIndex
CREATE INDEX "TicketRating_groupId_createdAt_idx" ON "TicketRating"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketRating_assigneeId_createdAt_idx" ON "TicketRating"("assigneeId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketRating_userId_idx" ON "TicketRating"("userId");

-- CreateIndex
CREATE INDEX "OrganizationManager_organizationId_idx" ON "OrganizationManager"("organizationId");

-- CreateIndex
CREATE INDEX "Ticket_state_infoRequestedAt_idx" ON "Ticket"("state", "infoRequestedAt");

-- CreateIndex
CREATE INDEX "Ticket_groupId_rejectionCount_state_idx" ON "Ticket"("groupId", "rejectionCount", "state");

-- AddForeignKey
ALTER TABLE "TicketRating" ADD CONSTRAINT "TicketRating_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketRating" ADD CONSTRAINT "TicketRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationManager" ADD CONSTRAINT "OrganizationManager_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationManager" ADD CONSTRAINT "OrganizationManager_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

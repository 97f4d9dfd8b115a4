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

-- Back-fill (data): whose turn it is, from each ticket's last public message with a writer (a
-- comment, or a state change that carried a text: a solution, a rejection's reason). The writer's
-- role decides the side, as the auto-close sweep does.
UPDATE "Ticket" SET "lastReplyFrom" = (
    SELECT CAST(CASE WHEN "writer"."role" = 'REQUESTER' THEN 'CUSTOMER' ELSE 'SUPPORT' END AS "ReplySide")
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

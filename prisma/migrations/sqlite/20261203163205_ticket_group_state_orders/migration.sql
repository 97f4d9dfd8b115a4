-- DropIndex
DROP INDEX "Ticket_groupId_resolutionDueAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_groupId_state_resolutionDueAt_idx" ON "Ticket"("groupId", "state", "resolutionDueAt");

-- CreateIndex
CREATE INDEX "Ticket_groupId_state_createdAt_idx" ON "Ticket"("groupId", "state", "createdAt");

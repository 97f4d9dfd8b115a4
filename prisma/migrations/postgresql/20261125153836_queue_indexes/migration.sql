-- DropIndex
DROP INDEX "Ticket_assigneeId_state_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_groupId_state_updatedAt_idx" ON "Ticket"("assigneeId", "groupId", "state", "updatedAt");

-- CreateIndex
CREATE INDEX "Ticket_groupId_updatedAt_idx" ON "Ticket"("groupId", "updatedAt");

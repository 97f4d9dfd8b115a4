-- DropIndex
DROP INDEX "Ticket_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_updatedAt_id_idx" ON "Ticket"("updatedAt", "id");

-- CreateEnum
CREATE TYPE "InboundState" AS ENUM ('PROCESSING', 'MESSAGE', 'TICKET', 'REFUSED', 'IGNORED', 'FAILED');

-- CreateTable
CREATE TABLE "InboundEmail" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "uidValidity" TEXT NOT NULL,
    "uid" INTEGER NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "toAddresses" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "raw" BYTEA,
    "size" INTEGER NOT NULL,
    "state" "InboundState" NOT NULL DEFAULT 'PROCESSING',
    "reason" TEXT,
    "ticketId" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundAddress" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundAddress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundEmail_messageId_key" ON "InboundEmail"("messageId");

-- CreateIndex
CREATE INDEX "InboundEmail_createdAt_idx" ON "InboundEmail"("createdAt");

-- CreateIndex
CREATE INDEX "InboundEmail_state_createdAt_idx" ON "InboundEmail"("state", "createdAt");

-- CreateIndex
CREATE INDEX "InboundEmail_fromAddress_createdAt_idx" ON "InboundEmail"("fromAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundEmail_mailbox_uidValidity_uid_key" ON "InboundEmail"("mailbox", "uidValidity", "uid");

-- CreateIndex
CREATE UNIQUE INDEX "InboundAddress_address_key" ON "InboundAddress"("address");

-- CreateIndex
CREATE INDEX "InboundAddress_itemId_idx" ON "InboundAddress"("itemId");

-- AddForeignKey
ALTER TABLE "InboundEmail" ADD CONSTRAINT "InboundEmail_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundAddress" ADD CONSTRAINT "InboundAddress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

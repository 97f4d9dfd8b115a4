-- CreateTable
CREATE TABLE "InboundEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "uidValidity" TEXT NOT NULL,
    "uid" INTEGER NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "toAddresses" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "raw" BLOB,
    "size" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PROCESSING',
    "reason" TEXT,
    "ticketId" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" DATETIME NOT NULL,
    "processedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboundEmail_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InboundAddress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "address" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboundAddress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

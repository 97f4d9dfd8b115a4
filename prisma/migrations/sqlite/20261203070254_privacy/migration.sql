-- AlterTable
ALTER TABLE "User" ADD COLUMN "anonymizedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "lastSignInAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "privacyAckAt" DATETIME;

-- CreateTable
CREATE TABLE "PrivacySettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "policyText" TEXT NOT NULL DEFAULT '',
    "controllerName" TEXT NOT NULL DEFAULT '',
    "controllerContact" TEXT NOT NULL DEFAULT '',
    "closedAttachmentDays" INTEGER NOT NULL DEFAULT 0,
    "accessLogDays" INTEGER NOT NULL DEFAULT 365,
    "mailBodyDays" INTEGER NOT NULL DEFAULT 90,
    "exportDays" INTEGER NOT NULL DEFAULT 7,
    "inactiveDays" INTEGER NOT NULL DEFAULT 730,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DataExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "leaseUntil" DATETIME,
    "jsonKey" TEXT,
    "htmlKey" TEXT,
    "jsonTakenAt" DATETIME,
    "htmlTakenAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "DataExport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataAccess" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataAccess_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataAccess_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DataExport_state_createdAt_idx" ON "DataExport"("state", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_userId_createdAt_idx" ON "DataExport"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_expiresAt_idx" ON "DataExport"("expiresAt");

-- CreateIndex
CREATE INDEX "DataAccess_subjectId_createdAt_idx" ON "DataAccess"("subjectId", "createdAt");

-- CreateIndex
CREATE INDEX "DataAccess_createdAt_idx" ON "DataAccess"("createdAt");

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "acceptedAt" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "dropReason" TEXT;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "address" TEXT,
    "userAgent" TEXT,
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "subject" TEXT,
    "address" TEXT,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SecurityEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PasswordResetToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'RESET',
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PasswordResetToken" ("createdAt", "expiresAt", "id", "tokenHash", "usedAt", "userId") SELECT "createdAt", "expiresAt", "id", "tokenHash", "usedAt", "userId" FROM "PasswordResetToken";
DROP TABLE "PasswordResetToken";
ALTER TABLE "new_PasswordResetToken" RENAME TO "PasswordResetToken";
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");
CREATE INDEX "PasswordResetToken_userId_createdAt_idx" ON "PasswordResetToken"("userId", "createdAt");
CREATE TABLE "new_Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "autoCloseDays" INTEGER NOT NULL DEFAULT 7,
    "attachmentMaxMb" INTEGER NOT NULL DEFAULT 10,
    "attachmentsPerTicket" INTEGER NOT NULL DEFAULT 20,
    "attachmentKinds" TEXT NOT NULL DEFAULT 'images,pdf,documents,text,archives',
    "slaFirstResponseMinutes" INTEGER NOT NULL DEFAULT 480,
    "slaResolutionMinutes" INTEGER NOT NULL DEFAULT 2400,
    "slaPausedAwaitingSupport" BOOLEAN NOT NULL DEFAULT false,
    "businessDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "businessStart" TEXT NOT NULL DEFAULT '08:00',
    "businessEnd" TEXT NOT NULL DEFAULT '18:00',
    "stagingQuotaMb" INTEGER NOT NULL DEFAULT 50,
    "stagingQuotaFiles" INTEGER NOT NULL DEFAULT 20,
    "uploadMinKbps" INTEGER NOT NULL DEFAULT 8,
    "uploadTimeoutSeconds" INTEGER NOT NULL DEFAULT 120,
    "timeZone" TEXT NOT NULL DEFAULT 'America/Sao_Paulo',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("attachmentKinds", "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "timeZone", "updatedAt") SELECT "attachmentKinds", "attachmentMaxMb", "attachmentsPerTicket", "autoCloseDays", "businessDays", "businessEnd", "businessStart", "id", "slaFirstResponseMinutes", "slaPausedAwaitingSupport", "slaResolutionMinutes", "timeZone", "updatedAt" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "UserSession_userId_endedAt_idx" ON "UserSession"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_createdAt_idx" ON "SecurityEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "RequestKey_createdAt_idx" ON "RequestKey"("createdAt");

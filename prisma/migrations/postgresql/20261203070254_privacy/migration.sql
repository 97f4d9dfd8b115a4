-- CreateEnum
CREATE TYPE "DataExportState" AS ENUM ('PENDING', 'RUNNING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "anonymizedAt" TIMESTAMP(3),
ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "privacyAckAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PrivacySettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "policyText" TEXT NOT NULL DEFAULT '',
    "controllerName" TEXT NOT NULL DEFAULT '',
    "controllerContact" TEXT NOT NULL DEFAULT '',
    "closedAttachmentDays" INTEGER NOT NULL DEFAULT 0,
    "accessLogDays" INTEGER NOT NULL DEFAULT 365,
    "mailBodyDays" INTEGER NOT NULL DEFAULT 90,
    "exportDays" INTEGER NOT NULL DEFAULT 7,
    "inactiveDays" INTEGER NOT NULL DEFAULT 730,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrivacySettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataExport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" "DataExportState" NOT NULL DEFAULT 'PENDING',
    "leaseUntil" TIMESTAMP(3),
    "jsonKey" TEXT,
    "htmlKey" TEXT,
    "jsonTakenAt" TIMESTAMP(3),
    "htmlTakenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataAccess" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataAccess_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataAccess" ADD CONSTRAINT "DataAccess_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataAccess" ADD CONSTRAINT "DataAccess_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

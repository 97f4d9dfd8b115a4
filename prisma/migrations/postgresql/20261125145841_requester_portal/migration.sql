-- AlterTable
ALTER TABLE "Attachment" ALTER COLUMN "ticketId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "attachmentMaxMb" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "attachmentsPerTicket" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Announcement_startsAt_idx" ON "Announcement"("startsAt");

-- CreateIndex
CREATE INDEX "Attachment_uploaderId_ticketId_idx" ON "Attachment"("uploaderId", "ticketId");

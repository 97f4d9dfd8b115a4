-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "attachmentKinds" TEXT NOT NULL DEFAULT 'images,pdf,documents,text,archives';

-- CreateTable
CREATE TABLE "ReportDay" (
    "day" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "solved" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "autoClosed" INTEGER NOT NULL DEFAULT 0,
    "infoClosed" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,
    "stillOpen" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "groupId")
);

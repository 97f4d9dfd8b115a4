-- CreateTable
CREATE TABLE "ReportDay" (
    "day" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "solved" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "autoClosed" INTEGER NOT NULL DEFAULT 0,
    "infoClosed" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,
    "stillOpen" INTEGER NOT NULL DEFAULT 0,
    "frMet" INTEGER NOT NULL DEFAULT 0,
    "frMissed" INTEGER NOT NULL DEFAULT 0,
    "solMet" INTEGER NOT NULL DEFAULT 0,
    "solMissed" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "groupId", "itemId")
);

-- CreateIndex
CREATE INDEX "ReportTicket_organizationId_endedDay_idx" ON "ReportTicket"("organizationId", "endedDay");

-- CreateIndex
CREATE INDEX "ReportTicket_itemId_endedDay_idx" ON "ReportTicket"("itemId", "endedDay");

-- CreateIndex
CREATE INDEX "ReportTicket_assigneeId_endedDay_idx" ON "ReportTicket"("assigneeId", "endedDay");

-- The sums of the facts already counted (lib/reports/day-counts.ts keeps them from now on).
INSERT INTO "ReportDay" ("day", "groupId", "itemId", "opened", "solved", "accepted", "autoClosed", "infoClosed", "cancelled", "stillOpen", "frMet", "frMissed", "solMet", "solMissed")
SELECT "day", "groupId", "itemId", SUM("opened"), SUM("solved"), SUM("accepted"), SUM("autoClosed"), SUM("infoClosed"), SUM("cancelled"), SUM("stillOpen"), SUM("frMet"), SUM("frMissed"), SUM("solMet"), SUM("solMissed")
FROM (
    SELECT "openedDay" AS "day", "groupId", "itemId", 1 AS "opened", 0 AS "solved", 0 AS "accepted", 0 AS "autoClosed", 0 AS "infoClosed", 0 AS "cancelled",
        CASE WHEN "endedDay" IS NULL THEN 1 ELSE 0 END AS "stillOpen",
        CASE WHEN "firstResponseMet" THEN 1 ELSE 0 END AS "frMet",
        CASE WHEN NOT "firstResponseMet" THEN 1 ELSE 0 END AS "frMissed",
        0 AS "solMet", 0 AS "solMissed"
    FROM "ReportTicket"
    UNION ALL
    SELECT "solvedDay", "groupId", "itemId", 0, 1, 0, 0, 0, 0, 0, 0, 0,
        CASE WHEN "solutionMet" THEN 1 ELSE 0 END,
        CASE WHEN NOT "solutionMet" THEN 1 ELSE 0 END
    FROM "ReportTicket" WHERE "solvedDay" IS NOT NULL
    UNION ALL
    SELECT "endedDay", "groupId", "itemId", 0, 0,
        CASE WHEN "outcome" = 'ACCEPTED' THEN 1 ELSE 0 END,
        CASE WHEN "outcome" = 'AUTO_CLOSED' THEN 1 ELSE 0 END,
        CASE WHEN "outcome" = 'INFO_CLOSED' THEN 1 ELSE 0 END,
        CASE WHEN "outcome" = 'CANCELLED' THEN 1 ELSE 0 END,
        0, 0, 0, 0, 0
    FROM "ReportTicket" WHERE "endedDay" IS NOT NULL AND "outcome" IS NOT NULL
) "facts"
GROUP BY "day", "groupId", "itemId";

-- CreateTable
CREATE TABLE "TicketCount" (
    "groupId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL DEFAULT '',
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("groupId", "state", "assigneeId", "rejected")
);

-- CreateTable
CREATE TABLE "MailServerStatus" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "downSince" DATETIME,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "paceAt" REAL
);

-- The queue counters follow every ticket write in its own transaction (schema.prisma, TicketCount).
CREATE TRIGGER "TicketCount_insert" AFTER INSERT ON "Ticket"
BEGIN
    INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "rejected", "count")
    VALUES (NEW."groupId", NEW."state", COALESCE(NEW."assigneeId", ''), NEW."rejectionCount" > 0, 1)
    ON CONFLICT ("groupId", "state", "assigneeId", "rejected") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "TicketCount_delete" AFTER DELETE ON "Ticket"
BEGIN
    UPDATE "TicketCount" SET "count" = "count" - 1
    WHERE "groupId" = OLD."groupId" AND "state" = OLD."state"
      AND "assigneeId" = COALESCE(OLD."assigneeId", '') AND "rejected" = (OLD."rejectionCount" > 0);
END;

CREATE TRIGGER "TicketCount_update" AFTER UPDATE OF "groupId", "state", "assigneeId", "rejectionCount" ON "Ticket"
WHEN OLD."groupId" IS NOT NEW."groupId" OR OLD."state" IS NOT NEW."state"
  OR OLD."assigneeId" IS NOT NEW."assigneeId"
  OR (OLD."rejectionCount" > 0) IS NOT (NEW."rejectionCount" > 0)
BEGIN
    UPDATE "TicketCount" SET "count" = "count" - 1
    WHERE "groupId" = OLD."groupId" AND "state" = OLD."state"
      AND "assigneeId" = COALESCE(OLD."assigneeId", '') AND "rejected" = (OLD."rejectionCount" > 0);
    INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "rejected", "count")
    VALUES (NEW."groupId", NEW."state", COALESCE(NEW."assigneeId", ''), NEW."rejectionCount" > 0, 1)
    ON CONFLICT ("groupId", "state", "assigneeId", "rejected") DO UPDATE SET "count" = "count" + 1;
END;

-- The counters of the tickets already there.
INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "rejected", "count")
SELECT "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0, COUNT(*) FROM "Ticket"
GROUP BY "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0;

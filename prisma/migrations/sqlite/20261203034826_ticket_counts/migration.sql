-- CreateTable
CREATE TABLE "TicketCount" (
    "groupId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("groupId", "state", "assigneeId")
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
    INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "count")
    VALUES (NEW."groupId", NEW."state", COALESCE(NEW."assigneeId", ''), 1)
    ON CONFLICT ("groupId", "state", "assigneeId") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "TicketCount_delete" AFTER DELETE ON "Ticket"
BEGIN
    UPDATE "TicketCount" SET "count" = "count" - 1
    WHERE "groupId" = OLD."groupId" AND "state" = OLD."state"
      AND "assigneeId" = COALESCE(OLD."assigneeId", '');
END;

CREATE TRIGGER "TicketCount_update" AFTER UPDATE OF "groupId", "state", "assigneeId" ON "Ticket"
WHEN OLD."groupId" IS NOT NEW."groupId" OR OLD."state" IS NOT NEW."state"
  OR OLD."assigneeId" IS NOT NEW."assigneeId"
BEGIN
    UPDATE "TicketCount" SET "count" = "count" - 1
    WHERE "groupId" = OLD."groupId" AND "state" = OLD."state"
      AND "assigneeId" = COALESCE(OLD."assigneeId", '');
    INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "count")
    VALUES (NEW."groupId", NEW."state", COALESCE(NEW."assigneeId", ''), 1)
    ON CONFLICT ("groupId", "state", "assigneeId") DO UPDATE SET "count" = "count" + 1;
END;

-- The counters of the tickets already there.
INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "count")
SELECT "groupId", "state", COALESCE("assigneeId", ''), COUNT(*) FROM "Ticket"
GROUP BY "groupId", "state", COALESCE("assigneeId", '');

-- CreateTable
CREATE TABLE "TicketCount" (
    "groupId" TEXT NOT NULL,
    "state" "TicketState" NOT NULL,
    "assigneeId" TEXT NOT NULL DEFAULT '',
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TicketCount_pkey" PRIMARY KEY ("groupId","state","assigneeId","rejected")
);

-- CreateTable
CREATE TABLE "MailServerStatus" (
    "id" TEXT NOT NULL,
    "downSince" TIMESTAMP(3),
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "paceAt" DOUBLE PRECISION,

    CONSTRAINT "MailServerStatus_pkey" PRIMARY KEY ("id")
);

-- The queue counters follow every ticket write in its own transaction (schema.prisma, TicketCount).
-- Statement-level triggers: a statement that changes a thousand tickets adds its changes up per
-- counter and writes each counter once, in key order, so two writers lock counters in the same
-- order and never wait for each other in a cycle.
CREATE FUNCTION "ticket_count_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TicketCount" AS c ("groupId", "state", "assigneeId", "rejected", "count")
    SELECT "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0, COUNT(*) FROM "ticket_new"
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("groupId", "state", "assigneeId", "rejected") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    RETURN NULL;
END $$;

CREATE FUNCTION "ticket_count_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TicketCount" AS c ("groupId", "state", "assigneeId", "rejected", "count")
    SELECT "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0, -COUNT(*) FROM "ticket_old"
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("groupId", "state", "assigneeId", "rejected") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    RETURN NULL;
END $$;

-- Every UPDATE of "Ticket" runs it (PostgreSQL allows no column list with transition tables); a
-- change that moves no ticket between counters adds up to zero and writes nothing.
CREATE FUNCTION "ticket_count_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TicketCount" AS c ("groupId", "state", "assigneeId", "rejected", "count")
    SELECT "groupId", "state", "assigneeId", "rejected", SUM("delta") FROM (
        SELECT "groupId", "state", COALESCE("assigneeId", '') AS "assigneeId",
            "rejectionCount" > 0 AS "rejected", 1 AS "delta" FROM "ticket_new"
        UNION ALL
        SELECT "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0, -1 FROM "ticket_old"
    ) AS "moves"
    GROUP BY 1, 2, 3, 4 HAVING SUM("delta") <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("groupId", "state", "assigneeId", "rejected") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    RETURN NULL;
END $$;

CREATE TRIGGER "TicketCount_insert" AFTER INSERT ON "Ticket"
    REFERENCING NEW TABLE AS "ticket_new" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_count_add"();
CREATE TRIGGER "TicketCount_delete" AFTER DELETE ON "Ticket"
    REFERENCING OLD TABLE AS "ticket_old" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_count_remove"();
CREATE TRIGGER "TicketCount_update" AFTER UPDATE ON "Ticket"
    REFERENCING OLD TABLE AS "ticket_old" NEW TABLE AS "ticket_new"
    FOR EACH STATEMENT EXECUTE FUNCTION "ticket_count_move"();

-- The counters of the tickets already there.
INSERT INTO "TicketCount" ("groupId", "state", "assigneeId", "rejected", "count")
SELECT "groupId", "state", COALESCE("assigneeId", ''), "rejectionCount" > 0, COUNT(*) FROM "Ticket"
GROUP BY 1, 2, 3, 4;

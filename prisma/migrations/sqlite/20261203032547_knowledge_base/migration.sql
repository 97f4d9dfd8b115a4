-- CreateTable
CREATE TABLE "KnowledgeCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "parentId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KnowledgeCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "KnowledgeCategory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL DEFAULT 'SIGNED_IN',
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "sourceTicketId" TEXT,
    "reviewBy" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "helpfulCount" INTEGER NOT NULL DEFAULT 0,
    "voteCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "KnowledgeCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_sourceTicketId_fkey" FOREIGN KEY ("sourceTicketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "changed" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleItem" (
    "articleId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "itemId"),
    CONSTRAINT "ArticleItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleVote" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "missing" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("articleId", "userId"),
    CONSTRAINT "ArticleVote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hiddenAt" DATETIME,
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleComment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticleComment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeflectionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeflectionEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeflectionEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeflectionEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticketId" TEXT,
    "articleId" TEXT,
    "eventId" TEXT,
    "uploaderId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'PUBLIC',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TicketEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Attachment" ("contentType", "createdAt", "eventId", "fileName", "id", "sha256", "size", "storageKey", "ticketId", "uploaderId", "visibility") SELECT "contentType", "createdAt", "eventId", "fileName", "id", "sha256", "size", "storageKey", "ticketId", "uploaderId", "visibility" FROM "Attachment";
DROP TABLE "Attachment";
ALTER TABLE "new_Attachment" RENAME TO "Attachment";
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");
CREATE INDEX "Attachment_ticketId_createdAt_idx" ON "Attachment"("ticketId", "createdAt");
CREATE INDEX "Attachment_articleId_idx" ON "Attachment"("articleId");
CREATE INDEX "Attachment_uploaderId_ticketId_idx" ON "Attachment"("uploaderId", "ticketId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeCategory_slug_key" ON "KnowledgeCategory"("slug");

-- CreateIndex
CREATE INDEX "KnowledgeCategory_parentId_position_idx" ON "KnowledgeCategory"("parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_state_categoryId_updatedAt_idx" ON "Article"("state", "categoryId", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_state_viewCount_idx" ON "Article"("state", "viewCount");

-- CreateIndex
CREATE INDEX "Article_state_helpfulCount_idx" ON "Article"("state", "helpfulCount");

-- CreateIndex
CREATE INDEX "Article_state_publishedAt_idx" ON "Article"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_authorId_idx" ON "Article"("authorId");

-- CreateIndex
CREATE INDEX "ArticleRevision_authorId_idx" ON "ArticleRevision"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- CreateIndex
CREATE INDEX "ArticleItem_itemId_idx" ON "ArticleItem"("itemId");

-- CreateIndex
CREATE INDEX "ArticleVote_articleId_helpful_idx" ON "ArticleVote"("articleId", "helpful");

-- CreateIndex
CREATE INDEX "ArticleComment_articleId_createdAt_idx" ON "ArticleComment"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "DeflectionEvent_articleId_kind_idx" ON "DeflectionEvent"("articleId", "kind");

-- CreateIndex
CREATE INDEX "DeflectionEvent_itemId_kind_idx" ON "DeflectionEvent"("itemId", "kind");

-- CatalogItem.searchText gives way to the search index below.
ALTER TABLE "CatalogItem" DROP COLUMN "searchText";

-- Search (lib/search): one entry per published article and per active catalogue item, outside
-- Prisma's model (lib/db/migrations.ts leaves these tables to this file). "SearchIndex" is an
-- FTS5 index over the entries' text, accents and case aside, kept current by the triggers.
CREATE TABLE "SearchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL
);

CREATE UNIQUE INDEX "SearchEntry_kind_refId_key" ON "SearchEntry"("kind", "refId");

CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    "title", "keywords", "summary", "body",
    content = 'SearchEntry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchEntry_insert" AFTER INSERT ON "SearchEntry" BEGIN
    INSERT INTO "SearchIndex" ("rowid", "title", "keywords", "summary", "body")
    VALUES (new."id", new."title", new."keywords", new."summary", new."body");
END;

CREATE TRIGGER "SearchEntry_delete" AFTER DELETE ON "SearchEntry" BEGIN
    INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "title", "keywords", "summary", "body")
    VALUES ('delete', old."id", old."title", old."keywords", old."summary", old."body");
END;

CREATE TRIGGER "SearchEntry_update" AFTER UPDATE ON "SearchEntry" BEGIN
    INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "title", "keywords", "summary", "body")
    VALUES ('delete', old."id", old."title", old."keywords", old."summary", old."body");
    INSERT INTO "SearchIndex" ("rowid", "title", "keywords", "summary", "body")
    VALUES (new."id", new."title", new."keywords", new."summary", new."body");
END;

-- An upgraded portal searches its catalogue at once: the active items under active categories,
-- found by their categories' names too (as lib/search/item-entries.ts writes them).
WITH RECURSIVE "Trail" ("id", "names", "active") AS (
    SELECT "id", "name", "active" FROM "CatalogCategory" WHERE "parentId" IS NULL
    UNION ALL
    SELECT c."id", t."names" || ' ' || c."name", t."active" AND c."active"
    FROM "CatalogCategory" c JOIN "Trail" t ON c."parentId" = t."id"
)
INSERT INTO "SearchEntry" ("kind", "refId", "audience", "title", "keywords", "summary", "body")
SELECT 'item', i."id", 'SIGNED_IN', i."title", t."names", COALESCE(i."subtitle", ''), COALESCE(i."description", '')
FROM "CatalogItem" i JOIN "Trail" t ON t."id" = i."categoryId"
WHERE i."active" AND t."active";

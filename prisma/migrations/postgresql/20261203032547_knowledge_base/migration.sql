-- CreateEnum
CREATE TYPE "ArticleState" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ArticleAudience" AS ENUM ('PUBLIC', 'SIGNED_IN', 'SUPPORT');

-- CreateEnum
CREATE TYPE "DeflectionKind" AS ENUM ('SHOWN', 'OPENED', 'RESOLVED');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "articleId" TEXT;

-- CreateTable
CREATE TABLE "KnowledgeCategory" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "parentId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "audience" "ArticleAudience" NOT NULL DEFAULT 'SIGNED_IN',
    "state" "ArticleState" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "sourceTicketId" TEXT,
    "reviewBy" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "helpfulCount" INTEGER NOT NULL DEFAULT 0,
    "voteCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "audience" "ArticleAudience" NOT NULL,
    "categoryId" TEXT NOT NULL,
    "state" "ArticleState" NOT NULL,
    "changed" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleItem" (
    "articleId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,

    CONSTRAINT "ArticleItem_pkey" PRIMARY KEY ("articleId","itemId")
);

-- CreateTable
CREATE TABLE "ArticleVote" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "missing" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleVote_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeflectionEvent" (
    "id" TEXT NOT NULL,
    "kind" "DeflectionKind" NOT NULL,
    "articleId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeflectionEvent_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Attachment_articleId_idx" ON "Attachment"("articleId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeCategory" ADD CONSTRAINT "KnowledgeCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "KnowledgeCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "KnowledgeCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceTicketId_fkey" FOREIGN KEY ("sourceTicketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleItem" ADD CONSTRAINT "ArticleItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleItem" ADD CONSTRAINT "ArticleItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVote" ADD CONSTRAINT "ArticleVote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVote" ADD CONSTRAINT "ArticleVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeflectionEvent" ADD CONSTRAINT "DeflectionEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeflectionEvent" ADD CONSTRAINT "DeflectionEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeflectionEvent" ADD CONSTRAINT "DeflectionEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CatalogItem.searchText gives way to the search index below.
ALTER TABLE "CatalogItem" DROP COLUMN "searchText";

-- Search (lib/search): one entry per published article and per active catalogue item, outside
-- Prisma's model (lib/db/migrations.ts leaves this table to this file). "portal_pt" reads
-- Portuguese with accents and case aside and words reduced to their stems ("senhas" = "senha").
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION portal_pt (COPY = portuguese);

ALTER TEXT SEARCH CONFIGURATION portal_pt
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;

CREATE TABLE "SearchEntry" (
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    -- Weights: title A, keywords B, summary C, body D. "head" leaves the body out: the request
    -- forms' suggestions look for the subject of an article, not a word in passing.
    "head" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('portal_pt', "title"), 'A') ||
        setweight(to_tsvector('portal_pt', "keywords"), 'B') ||
        setweight(to_tsvector('portal_pt', "summary"), 'C')
    ) STORED,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('portal_pt', "title"), 'A') ||
        setweight(to_tsvector('portal_pt', "keywords"), 'B') ||
        setweight(to_tsvector('portal_pt', "summary"), 'C') ||
        setweight(to_tsvector('portal_pt', "body"), 'D')
    ) STORED,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind", "refId")
);

CREATE INDEX "SearchEntry_head_idx" ON "SearchEntry" USING GIN ("head");

CREATE INDEX "SearchEntry_document_idx" ON "SearchEntry" USING GIN ("document");

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

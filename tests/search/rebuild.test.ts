import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { migrationsDir } from "@/lib/db/schemas";
import { databaseTarget } from "@/lib/db/target";
import { rebuildSearchIndex, searchPortal } from "@/lib/search";
import { JOBS } from "@/lib/jobs/scheduler";
import { demoWorld, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const entries = async () =>
  (
    await db.$queryRaw<{ kind: string; refId: string; keywords: string }[]>`
      SELECT "kind", "refId", "keywords" FROM "SearchEntry" ORDER BY "kind", "refId"`
  ).map((row) => ({ ...row }));

describe("the search index as a whole", () => {
  it("is rebuilt from the articles and the catalogue (npm run job -- rebuild-search)", async () => {
    const before = await entries();
    expect(before.length).toBeGreaterThan(10);
    await db.$executeRaw`DELETE FROM "SearchEntry"`;
    expect((await searchPortal(world.requester, "gerid")).total).toBe(0);

    const published = await db.article.count({ where: { state: "PUBLISHED" } });
    const items = await db.catalogItem.count({ where: { active: true } });
    expect(await JOBS["rebuild-search"].run()).toEqual({ articles: published, items });
    expect(await entries()).toEqual(before);
    expect(await rebuildSearchIndex(db)).toEqual({ articles: published, items });
    expect((await searchPortal(world.requester, "gerid")).total).toBeGreaterThan(1);
  });

  it("is filled with the catalogue by the migration itself, as the services write it", async () => {
    const provider = databaseTarget(process.env.DATABASE_URL!).provider;
    const sql = fs.readFileSync(
      path.join(migrationsDir(provider), "20261203032547_knowledge_base", "migration.sql"),
      "utf8",
    );
    const fill = sql.slice(sql.indexOf("WITH RECURSIVE"));
    const items = (await entries()).filter((entry) => entry.kind === "item");
    await db.$executeRaw`DELETE FROM "SearchEntry" WHERE "kind" = 'item'`;
    await db.$executeRawUnsafe(fill);
    expect((await entries()).filter((entry) => entry.kind === "item")).toEqual(items);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { articlePage, countArticleView } from "@/lib/knowledge/article-page";
import { knowledgeCategoryPage, knowledgeHome } from "@/lib/knowledge/reading";
import { renderMarkdown } from "@/lib/knowledge/markdown";
import { demoWorld, type World } from "../factories";
import { article, knowledgeCategory } from "./factories";

let world: World;
let root: Awaited<ReturnType<typeof knowledgeCategory>>;
let child: Awaited<ReturnType<typeof knowledgeCategory>>;
let internalOnly: Awaited<ReturnType<typeof knowledgeCategory>>;
type Name =
  | "public"
  | "signedIn"
  | "internal"
  | "draft"
  | "archived"
  | "sibling"
  | "byItem"
  | "hiddenInternal";
let a: Record<Name, Awaited<ReturnType<typeof article>>>;

beforeAll(async () => {
  world = await demoWorld();
  const authorId = world.agent.id;
  root = await knowledgeCategory({ name: "Acesso de teste" });
  child = await knowledgeCategory({ name: "GERID de teste", parentId: root.id });
  internalOnly = await knowledgeCategory({ name: "Procedimentos de teste" });
  // Items of this file's own: the demo articles share the demo items.
  const newItem = (slug: string, active = true) =>
    db.catalogItem.create({
      data: {
        title: slug,
        slug,
        categoryId: world.gerid.categoryId,
        groupId: world.gerid.groupId,
        active,
      },
    });
  const [open, closed] = [await newItem("item-aberto"), await newItem("item-inativo", false)];
  const inChild = { authorId, categoryId: child.id };
  a = {
    public: await article({ ...inChild, title: "Público", viewCount: 900_000 }),
    signedIn: await article({ ...inChild, audience: "SIGNED_IN", viewCount: 900_001 }),
    internal: await article({ ...inChild, audience: "SUPPORT", viewCount: 900_002 }),
    draft: await article({ ...inChild, state: "DRAFT", viewCount: 900_003 }),
    archived: await article({ ...inChild, state: "ARCHIVED", viewCount: 900_004 }),
    sibling: await article({ ...inChild, itemIds: [closed.id] }),
    byItem: await article({ authorId, categoryId: root.id, itemIds: [open.id] }),
    hiddenInternal: await article({ authorId, categoryId: internalOnly.id, audience: "SUPPORT" }),
  };
  await db.articleItem.createMany({
    data: [
      { articleId: a.public.id, itemId: open.id },
      { articleId: a.public.id, itemId: closed.id },
    ],
  });
});

const ids = (list: { id: string }[]) => list.map((item) => item.id);
const unreadableBy: Record<string, Name[]> = {
  visitor: ["signedIn", "internal", "draft", "archived"],
  requester: ["internal", "draft", "archived"],
  agent: ["draft", "archived"],
};

describe("what each reader may read", () => {
  for (const [who, hidden] of Object.entries(unreadableBy)) {
    const readerOf = () =>
      who === "visitor" ? null : who === "agent" ? world.agent : world.requester;

    it(`lists and opens, for the ${who}, only what they may read`, async () => {
      const home = await knowledgeHome(readerOf());
      const listed = [...home.mostViewed, ...home.mostHelpful, ...home.newest].map((x) => x.id);
      for (const name of hidden) {
        expect(listed).not.toContain(a[name].id);
        expect(await articlePage(readerOf(), a[name].slug)).toBeNull();
      }
      expect(ids(home.mostViewed)).toContain(a.public.id);
      const category = await knowledgeCategoryPage(readerOf(), child.slug);
      const shown = ids(category!.articles);
      for (const name of hidden) expect(shown).not.toContain(a[name].id);
      expect(shown).toContain(a.sibling.id);
    });
  }

  it("counts in each category what the reader may read there and below", async () => {
    const counts = async (reader: Parameters<typeof knowledgeHome>[0]) => {
      const { categories } = await knowledgeHome(reader);
      const mine = categories.find((c) => c.id === root.id)!;
      return [mine.articleCount, mine.children.find((c) => c.id === child.id)!.articleCount];
    };
    expect(await counts(null)).toEqual([3, 2]);
    expect(await counts(world.requester)).toEqual([4, 3]);
    expect(await counts(world.agent)).toEqual([5, 4]);
  });

  it("does not even name a category holding only internal articles to a requester", async () => {
    const shownTo = async (reader: Parameters<typeof knowledgeHome>[0]) =>
      ids((await knowledgeHome(reader)).categories);
    expect(await shownTo(world.requester)).not.toContain(internalOnly.id);
    expect(await shownTo(null)).not.toContain(internalOnly.id);
    expect(await shownTo(world.agent)).toContain(internalOnly.id);
    expect(await knowledgeCategoryPage(world.requester, internalOnly.slug)).toBeNull();
    expect(await knowledgeCategoryPage(world.agent, internalOnly.slug)).not.toBeNull();
  });

  it("answers an unknown address and an inactive category like an unreadable one", async () => {
    expect(await articlePage(world.agent, "nao-existe")).toBeNull();
    const closed = await knowledgeCategory({ active: false });
    expect(await knowledgeCategoryPage(world.agent, closed.slug)).toBeNull();
  });
});

describe("the article page", () => {
  it("has the breadcrumb, the rendered body, related articles and active related items", async () => {
    const page = (await articlePage(world.requester, a.public.slug))!;
    expect(page.trail.map((crumb) => crumb.name)).toEqual([
      "Base de Conhecimento",
      "Acesso de teste",
      "GERID de teste",
    ]);
    expect(page.bodyHtml).toContain("<h2>Dúvida</h2>");
    expect(page.items.map((item) => item.slug)).toEqual(["item-aberto"]);
    // Same category, or sharing an item (also an inactive one); never itself or the unreadable.
    expect(ids(page.related).sort()).toEqual([a.signedIn.id, a.sibling.id, a.byItem.id].sort());
    const asVisitor = (await articlePage(null, a.public.slug))!;
    expect(ids(asVisitor.related).sort()).toEqual([a.sibling.id, a.byItem.id].sort());
  });

  it("shows markup typed into the body as text", async () => {
    const html = renderMarkdown(
      "## Solução\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>",
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    const written = await article({
      authorId: world.agent.id,
      categoryId: root.id,
      body: "<script>alert(1)</script>",
    });
    expect((await articlePage(null, written.slug))!.bodyHtml).not.toContain("<script");
  });

  it("counts every view, simultaneous ones too, without touching the last update", async () => {
    const before = await db.article.findUniqueOrThrow({ where: { id: a.byItem.id } });
    await Promise.all(Array.from({ length: 10 }, () => countArticleView(null, a.byItem.id)));
    const after = await db.article.findUniqueOrThrow({ where: { id: a.byItem.id } });
    expect(after.viewCount).toBe(before.viewCount + 10);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("counts no view of an article the reader may not read", async () => {
    for (const name of ["internal", "draft", "signedIn"] as const) {
      await countArticleView(null, a[name].id);
      const after = await db.article.findUniqueOrThrow({ where: { id: a[name].id } });
      expect(after.viewCount).toBe(a[name].viewCount);
    }
    await countArticleView(world.agent, a.internal.id);
    const counted = await db.article.findUniqueOrThrow({ where: { id: a.internal.id } });
    expect(counted.viewCount).toBe(a.internal.viewCount + 1);
  });
});

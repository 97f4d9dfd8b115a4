import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, type ArticleAudience, type ArticleState } from "@/lib/db";
import {
  articleInput,
  openSuggestion,
  recordRequestAvoided,
  recordSuggestionsShown,
  shownInput,
  suggestForRequest,
  suggestInput,
} from "@/lib/knowledge/deflection";
import {
  deflectionCountsByArticle,
  deflectionCountsByItem,
} from "@/lib/knowledge/deflection-counts";
import { reindexArticle } from "@/lib/search/index";
import { asAction } from "../admin/as-action";
import { demoWorld, type World } from "../factories";

const suggest = asAction(suggestInput, suggestForRequest);
const shown = asAction(shownInput, recordSuggestionsShown);
const open = asAction(articleInput, openSuggestion);
const avoided = asAction(articleInput, recordRequestAvoided);

let world: World;
let guide: string; // published for signed-in users
let internal: string; // published, support only
let draft: string;
let item: { id: string; title: string }; // related to the three articles only
let inactiveItem: string;

async function article(slug: string, audience: ArticleAudience, state: ArticleState) {
  const category = await db.knowledgeCategory.upsert({
    where: { slug: "teste-desvio" },
    create: { name: "Teste", slug: "teste-desvio" },
    update: {},
  });
  const created = await db.article.create({
    data: {
      slug,
      title: `Como acessar o sistema Xyzteste (${slug})`,
      summary: "Passo a passo do acesso ao sistema Xyzteste.",
      body: "## Solução\n\nClique em **Entrar** <script>alert(1)</script>",
      categoryId: category.id,
      authorId: world.agent.id,
      audience,
      state,
      items: { create: { itemId: item.id } },
    },
  });
  // Saved as the editor would: into the search index too, so the ranking can find it.
  await db.$transaction((tx) => reindexArticle(tx, created.id));
  return created.id;
}

beforeAll(async () => {
  world = await demoWorld();
  const { id, slug, ...rest } = world.portal;
  void id;
  item = await db.catalogItem.create({ data: { ...rest, slug: `${slug}-xyz`, title: "Xyzteste" } });
  const inactive = { ...rest, slug: `${slug}-inativo`, title: "Desativado", active: false };
  inactiveItem = (await db.catalogItem.create({ data: inactive })).id;
  guide = await article("acesso-xyzteste", "SIGNED_IN", "PUBLISHED");
  internal = await article("desbloqueio-interno-xyzteste", "SUPPORT", "PUBLISHED");
  draft = await article("rascunho-xyzteste", "SIGNED_IN", "DRAFT");
});

const visit = () => randomUUID();
const events = (where: object = {}) => db.deflectionEvent.count({ where });
const value = <T>(result: { ok: true; value: T } | { ok: false }) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.value;
};

describe("suggestions beside the request form", () => {
  it("suggest nothing for a few words, and only what the requester may read", async () => {
    const short = await suggest(world.requester, { itemId: item.id, text: "Xyzteste   " });
    expect(value(short)).toEqual([]);
    const ids = value(
      await suggest(world.requester, {
        itemId: item.id,
        text: "acessar sistema Xyzteste",
      }),
    ).map((s) => s.id);
    expect(ids).toContain(guide);
    expect(ids).not.toContain(internal);
    expect(ids).not.toContain(draft);
    const forAgent = await suggest(world.agent, {
      itemId: item.id,
      text: "acessar sistema Xyzteste",
    });
    expect(value(forAgent).map((s) => s.id)).toContain(internal);
  });

  it("refuse an inactive item and a text beyond the limit", async () => {
    const inactive = await suggest(world.requester, {
      itemId: inactiveItem,
      text: "acessar sistema Xyzteste",
    });
    expect(inactive).toMatchObject({ ok: false, error: "not-found" });
    const long = await suggest(world.requester, { itemId: item.id, text: "a".repeat(2001) });
    expect(long).toMatchObject({ ok: false, error: "invalid" });
  });
});

describe("recording what the form did", () => {
  it("count a suggestion shown once per visit, however often the browser sends it", async () => {
    const before = await events({ kind: "SHOWN", articleId: guide });
    const key = visit();
    const input = { itemId: item.id, articleIds: [guide], visitKey: key };
    expect(value(await shown(world.requester, input))).toEqual({ recorded: 1 });
    expect(value(await shown(world.requester, input))).toEqual({ recorded: 0 });
    expect(await events({ kind: "SHOWN", articleId: guide })).toBe(before + 1);
    // Another visit is another showing; another person's replay of the key is their own.
    await shown(world.requester, { ...input, visitKey: visit() });
    await shown(world.colleague, input);
    expect(await events({ kind: "SHOWN", articleId: guide })).toBe(before + 3);
  });

  it("refuse, writing nothing, an internal or draft article or an inactive item", async () => {
    const [eventsBefore, keysBefore] = [await events(), await db.requestKey.count()];
    const refused = [
      await shown(world.requester, {
        itemId: item.id,
        articleIds: [guide, internal],
        visitKey: visit(),
      }),
      await shown(world.requester, {
        itemId: item.id,
        articleIds: [draft],
        visitKey: visit(),
      }),
      await shown(world.requester, {
        itemId: inactiveItem,
        articleIds: [guide],
        visitKey: visit(),
      }),
      await open(world.requester, {
        itemId: item.id,
        articleId: internal,
        visitKey: visit(),
      }),
      await avoided(world.requester, {
        itemId: item.id,
        articleId: draft,
        visitKey: visit(),
      }),
      await open(world.requester, { itemId: inactiveItem, articleId: guide, visitKey: visit() }),
    ];
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, false, false, false]);
    expect(await events()).toBe(eventsBefore);
    expect(await db.requestKey.count()).toBe(keysBefore);
    const logged = await db.securityEvent.count({
      where: { actorId: world.requester.id, subject: "deflection.article" },
    });
    expect(logged).toBeGreaterThanOrEqual(3);
  });

  it("let support record an internal article", async () => {
    const key = visit();
    const opened = await open(world.agent, {
      itemId: item.id,
      articleId: internal,
      visitKey: key,
    });
    expect(opened.ok).toBe(true);
  });

  it("open a suggestion as sanitized HTML and count a request avoided once per visit", async () => {
    const key = visit();
    const input = { itemId: item.id, articleId: guide, visitKey: key };
    expect(await avoided(world.requester, input)).toMatchObject({ ok: false, error: "conflict" });

    const article = value(await open(world.requester, input));
    expect(article.html).toContain("<strong>Entrar</strong>");
    expect(article.html).not.toContain("<script");
    value(await open(world.requester, input));
    expect(await events({ kind: "OPENED", articleId: guide })).toBe(1);

    const before = await db.ticket.count();
    expect(value(await avoided(world.requester, input))).toEqual({
      slug: "acesso-xyzteste",
      title: article.title,
    });
    expect(value(await avoided(world.requester, input)).slug).toBe("acesso-xyzteste");
    expect(await events({ kind: "RESOLVED", userId: world.requester.id })).toBe(1);
    expect(await db.ticket.count()).toBe(before);
  });
});

describe("the admins' figures", () => {
  it("count each kind apart, per article and per item, for admins only", async () => {
    const byArticle = value(await deflectionCountsByArticle(world.admin));
    const expected = {
      shown: await events({ kind: "SHOWN", articleId: guide }),
      opened: await events({ kind: "OPENED", articleId: guide }),
      resolved: await events({ kind: "RESOLVED", articleId: guide }),
    };
    expect(expected).toEqual({ shown: 3, opened: 1, resolved: 1 });
    expect(byArticle[0]).toEqual({
      id: guide,
      title: "Como acessar o sistema Xyzteste (acesso-xyzteste)",
      ...expected,
    });
    expect(byArticle.find((row) => row.id === internal)).toMatchObject({
      shown: 0,
      opened: 1,
      resolved: 0,
    });

    const byItem = value(await deflectionCountsByItem(world.admin));
    expect(byItem).toEqual([{ id: item.id, title: item.title, shown: 3, opened: 2, resolved: 1 }]);

    for (const actor of [world.requester, world.agent])
      expect(await deflectionCountsByItem(actor)).toMatchObject({ ok: false, error: "forbidden" });
  });
});

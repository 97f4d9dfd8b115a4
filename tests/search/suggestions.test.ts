import { beforeAll, describe, expect, it } from "vitest";
import { suggestArticles } from "@/lib/search";
import { demoWorld, type World } from "../factories";
import { writeArticle } from "./helpers";

let world: World;

beforeAll(async () => {
  world = await demoWorld();
  const author = world.agent.id;
  await writeArticle(author, { slug: "ocarina-geral", title: "Ocarina desafinada" });
  await writeArticle(author, {
    slug: "ocarina-do-item",
    title: "Ocarina sem som",
    summary: "Quando a ocarina desafinada não toca.",
    itemIds: [world.portal.id],
  });
  await writeArticle(author, { slug: "ocarina-interna", title: "Ocarina", audience: "SUPPORT" });
});

const suggest = (text: string, itemId = world.portal.id, reader = world.requester) =>
  suggestArticles(reader, { text, itemId }).then((list) => list.map((a) => a.slug));

describe("suggestArticles", () => {
  it("matches any significant word of the description, word endings aside", async () => {
    expect(await suggest("Minhas ocarinas estão desafinadas desde ontem")).toEqual(
      expect.arrayContaining(["ocarina-geral", "ocarina-do-item"]),
    );
    expect(await suggest("de o a que para com")).toEqual(
      // Stop words only: the item's related articles, as before anything is typed.
      await suggest(""),
    );
  });

  it("puts the articles related to the form's item first", async () => {
    expect((await suggest("ocarina desafinada"))[0]).toBe("ocarina-do-item");
    expect((await suggest("ocarina desafinada", world.gerid.id))[0]).toBe("ocarina-geral");
  });

  it("offers only what the reader may read, at most the limit", async () => {
    expect(await suggest("ocarina")).not.toContain("ocarina-interna");
    expect(await suggest("ocarina", world.portal.id, world.agent)).toContain("ocarina-interna");
    const one = await suggestArticles(world.requester, {
      text: "ocarina",
      itemId: world.portal.id,
      limit: 1,
    });
    expect(one).toHaveLength(1);
    expect(one[0]).toEqual({
      id: expect.any(String),
      slug: expect.any(String),
      title: expect.any(String),
      summary: expect.any(String),
    });
  });

  it("answers hostile descriptions normally", async () => {
    for (const text of ['"', "NEAR(", "*", "'; DROP TABLE x", "x".repeat(5_000)])
      expect(Array.isArray(await suggest(text))).toBe(true);
  });
});

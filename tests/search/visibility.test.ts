import { beforeAll, describe, expect, it } from "vitest";
import { searchPortal, suggestArticles } from "@/lib/search";
import { demoWorld, type World } from "../factories";
import { updateArticle, writeArticle } from "./helpers";

let world: World;
const found = async (reader: World["requester"] | null, query: string) => {
  const { hits, total } = await searchPortal(reader, query);
  return { slugs: hits.map((hit) => hit.href.split("/").pop()).sort(), total };
};

beforeAll(async () => {
  world = await demoWorld();
  const author = world.agent.id;
  for (const [slug, audience] of [
    ["berimbau-publico", "PUBLIC"],
    ["berimbau-usuarios", "SIGNED_IN"],
    ["berimbau-interno", "SUPPORT"],
  ] as const)
    await writeArticle(author, { slug, title: `Berimbau ${slug}`, audience });
  await writeArticle(author, { slug: "berimbau-rascunho", title: "Berimbau", state: "DRAFT" });
  await writeArticle(author, { slug: "berimbau-arquivado", title: "Berimbau", state: "ARCHIVED" });
});

describe("what each reader finds", () => {
  it("never lists or counts an article the reader may not read", async () => {
    expect(await found(null, "berimbau")).toEqual({ slugs: ["berimbau-publico"], total: 1 });
    expect(await found(world.requester, "berimbau")).toEqual({
      slugs: ["berimbau-publico", "berimbau-usuarios"],
      total: 2,
    });
    expect(await found(world.agent, "berimbau")).toEqual({
      slugs: ["berimbau-interno", "berimbau-publico", "berimbau-usuarios"],
      total: 3,
    });
    expect(await found(world.admin, "berimbau interno")).toMatchObject({ total: 1 });
  });

  it("never shows the demo's internal article to a requester or a visitor", async () => {
    const internal = "procedimento-interno-de-desbloqueio-gerid";
    for (const query of ["gerid", "desbloqueio", "roteiro interno"]) {
      expect((await found(null, query)).slugs, query).not.toContain(internal);
      expect((await found(world.requester, query)).slugs, query).not.toContain(internal);
    }
    expect((await found(world.agent, "desbloqueio gerid")).slugs).toContain(internal);
    const suggested = await suggestArticles(world.requester, {
      text: "desbloqueio de usuário no GERID, roteiro interno",
      itemId: world.gerid.id,
    });
    expect(suggested.map((a) => a.slug)).not.toContain(internal);
  });

  it("follows publishing, archiving and audience changes", async () => {
    const article = await writeArticle(world.agent.id, {
      slug: "cuica",
      title: "Cuíca",
      state: "DRAFT",
      audience: "PUBLIC",
    });
    expect((await found(world.agent, "cuica")).total).toBe(0);
    await updateArticle(article.id, { state: "PUBLISHED" });
    expect(await found(null, "cuica")).toEqual({ slugs: ["cuica"], total: 1 });
    await updateArticle(article.id, { audience: "SUPPORT" });
    expect((await found(null, "cuica")).total).toBe(0);
    expect((await found(world.requester, "cuica")).total).toBe(0);
    expect((await found(world.agent, "cuica")).total).toBe(1);
    await updateArticle(article.id, { state: "ARCHIVED" });
    expect((await found(world.agent, "cuica")).total).toBe(0);
  });
});

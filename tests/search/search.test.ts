import { beforeAll, describe, expect, it } from "vitest";
import { searchPortal } from "@/lib/search";
import { demoWorld, type World } from "../factories";
import { updateArticle, writeArticle } from "./helpers";

let world: World;
const slugs = (hits: { href: string }[]) => hits.map((hit) => hit.href.split("/").pop());
const articleSlugs = async (reader: World["requester"] | null, query: string) =>
  slugs((await searchPortal(reader, query)).hits.filter((hit) => hit.kind === "article"));

beforeAll(async () => {
  world = await demoWorld();
  const author = world.agent.id;
  await writeArticle(author, {
    slug: "xilofone-no-corpo",
    title: "Outro assunto qualquer",
    body: "Mais abaixo no texto aparece o xilofone, uma vez só.",
  });
  await writeArticle(author, {
    slug: "xilofone-no-titulo",
    title: "Afinar o xilofone",
    body: "Instruções gerais.",
  });
  await writeArticle(author, {
    slug: "cadunico-quiproquo",
    title: "Quiproquó no CadÚnico",
    body: "Quando a senha do quiproquó expira, peça o acesso de novo.",
    audience: "PUBLIC",
  });
});

describe("searchPortal", () => {
  it("ranks a title match above a body match", async () => {
    expect(await articleSlugs(world.requester, "xilofone")).toEqual([
      "xilofone-no-titulo",
      "xilofone-no-corpo",
    ]);
  });

  it("ignores accents and case", async () => {
    for (const query of ["gerid", "GÉRID", "Gérid"])
      expect(await articleSlugs(world.requester, query), query).toContain("como-acessar-o-gerid");
    for (const query of ["cadunico", "CADUNICO", "CadÚnico quiproquo"])
      expect(await articleSlugs(null, query), query).toContain("cadunico-quiproquo");
  });

  it("ignores word endings", async () => {
    expect(await articleSlugs(null, "senhas quiproquo")).toEqual(["cadunico-quiproquo"]);
    expect(await articleSlugs(null, "acessar quiproquo")).toEqual(["cadunico-quiproquo"]);
    expect(await articleSlugs(null, "acessos quiproquós")).toEqual(["cadunico-quiproquo"]);
  });

  it("finds catalogue items and articles together, items for signed-in people only", async () => {
    const results = await searchPortal(world.requester, "gerid");
    const item = results.hits.find((hit) => hit.kind === "item");
    expect(item).toMatchObject({ title: "GERID", href: "/catalogo/item/gerid" });
    expect(item?.trail).toContain("SERVIÇOS MULTICLIENTE");
    expect(results.hits.some((hit) => hit.kind === "article")).toBe(true);
    expect(results.total).toBe(results.hits.length);

    const visitor = await searchPortal(null, "gerid");
    expect(visitor.hits.filter((hit) => hit.kind === "item")).toEqual([]);
    expect(visitor.total).toBe(visitor.hits.length);
    expect(visitor.total).toBeLessThan(results.total);
  });

  it("marks the matched words in the snippet, as text segments", async () => {
    const [hit] = (await searchPortal(null, "senhas quiproquo")).hits;
    const matches = hit!.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(matches).toEqual(expect.arrayContaining(["senha", "quiproquó"]));
    expect(hit!.snippet.map((s) => s.text).join("")).toContain("expira, peça o acesso");
  });

  it("pages the results and counts them all", async () => {
    for (let i = 0; i < 23; i++)
      await writeArticle(world.agent.id, { slug: `paginado-${i}`, title: `Zabumba número ${i}` });
    const first = await searchPortal(world.requester, "zabumba", { page: 1, pageSize: 20 });
    const second = await searchPortal(world.requester, "zabumba", { page: 2, pageSize: 20 });
    expect([first.total, first.hits.length, second.total, second.hits.length]).toEqual([
      23, 20, 23, 3,
    ]);
    expect(new Set(slugs([...first.hits, ...second.hits])).size).toBe(23);
  });

  it("answers hostile queries normally", async () => {
    const hostile = [
      '"',
      "*",
      "NEAR(",
      "'",
      "AND OR",
      "gerid OR",
      "(gerid",
      "ger:id",
      "a & b | !c",
      "title:gerid",
      "-gerid",
      "\\",
      "%_%",
      "x".repeat(500),
      "gerid ".repeat(100),
      "senha' OR 1=1 --",
    ];
    for (const query of hostile) {
      const results = await searchPortal(world.requester, query);
      expect(results.total, query).toBe(results.total | 0);
    }
    expect((await searchPortal(world.requester, '"gerid*" (:-')).total).toBeGreaterThan(0);
    expect(await searchPortal(world.requester, "   ")).toEqual({ hits: [], total: 0 });
  });

  it("keeps an edited title's words current", async () => {
    const article = await writeArticle(world.agent.id, { slug: "renomeado", title: "Pandeiro" });
    await updateArticle(article.id, { title: "Tamborim" });
    expect(await articleSlugs(world.requester, "pandeiro")).toEqual([]);
    expect(await articleSlugs(world.requester, "tamborim")).toEqual(["renomeado"]);
  });
});

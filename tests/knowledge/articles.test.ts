import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { settledFor } from "@/lib/refusal";
import type { CurrentUser } from "@/lib/auth/session";
import { deleteStaleUploads } from "@/lib/attachments/staging";
import { localFolderStorage } from "@/lib/storage";
import { readAttachment } from "../support/storage";
import { stageUploads } from "@/lib/attachments/uploads";
import { restoreRevision } from "@/lib/knowledge/article-restore";
import { articleInput, type ArticleFormValues } from "@/lib/knowledge/article-schema";
import { EDITED_MEANWHILE, saveArticle } from "@/lib/knowledge/articles";
import { listArticlesForAuthors } from "@/lib/knowledge/authoring-queries";
import { articlesToLink } from "@/lib/knowledge/link-search";
import { saveKnowledgeCategory } from "@/lib/knowledge/category-admin";
import { articleFromTicket } from "@/lib/knowledge/from-ticket";
import { stripPersonalData } from "@/lib/knowledge/from-ticket-text";
import type { ArticleTarget } from "@/lib/knowledge/article-schema";
import type { Actor } from "@/lib/tickets/actor";
import { changeState } from "@/lib/tickets/state-changes";
import { advance, demoWorld, openGerid, type World } from "../factories";

// The action boundary reads the session: a test says who is signed in.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveArticleAction } = await import("@/lib/knowledge/article-actions");

const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-articles-"));
const storage = localFolderStorage(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let world: World;
let categoryId: string;
beforeAll(async () => {
  world = await demoWorld();
  const category = await settledFor(
    world.agent,
    saveKnowledgeCategory(world.agent, {
      values: { name: "Artigos de teste", description: "", parentId: "", active: true },
    }),
  );
  if (!category.ok) throw new Error(category.message);
  categoryId = category.value.id;
});

const values = (change: Partial<ArticleFormValues> = {}): ArticleFormValues => ({
  title: "Como acessar o GERID",
  summary: "Passo a passo do primeiro acesso.",
  body: "## Dúvida\n\nComo entro?\n\n## Solução\n\nUse o Portal.",
  categoryId,
  keywords: "gerid,  senha , Senha",
  itemIds: [],
  audience: "SIGNED_IN",
  reviewBy: "",
  ...change,
});

/** A save as the editor sends it (values parsed by the action's schema), settled as the action does. */
async function save(
  actor: Actor,
  target: ArticleTarget,
  change: Partial<ArticleFormValues> = {},
  record: { id?: string; version?: number; sourceTicketId?: string | null } = {},
) {
  const { id, version, sourceTicketId } = record;
  const input = { id, version, sourceTicketId: sourceTicketId ?? undefined, target };
  return settledFor(
    actor,
    saveArticle(actor, { ...input, values: articleInput.parse(values(change)) }),
  );
}

async function created(actor: Actor, target: ArticleTarget, change: Partial<ArticleFormValues>) {
  const result = await save(actor, target, change);
  if (!result.ok) throw new Error(result.message);
  return db.article.findUniqueOrThrow({ where: { id: result.value.id } });
}

const revisionsOf = (articleId: string) =>
  db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" } });

describe("saving articles", () => {
  it("makes the slug once from the title, unique, and keeps it on rename", async () => {
    const first = await created(world.agent, "DRAFT", { title: "Emissão de Certidão Ágil" });
    const second = await created(world.admin, "DRAFT", { title: "Emissão de certidão ágil" });
    expect(first.slug).toBe("emissao-de-certidao-agil");
    expect(second.slug).toBe("emissao-de-certidao-agil-2");
    expect(first.keywords).toBe("gerid, senha");

    const renamed = await save(world.agent, "DRAFT", { title: "Outro título" }, first);
    expect(renamed).toMatchObject({ ok: true, value: { slug: "emissao-de-certidao-agil" } });
    expect(await db.article.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      title: "Outro título",
      slug: "emissao-de-certidao-agil",
      version: 2,
    });
  });

  it("writes a revision on every save, with the fields it changed, and sets publishedAt once", async () => {
    const title = "Revisões do artigo";
    const article = await created(world.agent, "DRAFT", { title });
    expect(article.publishedAt).toBeNull();
    const published = await save(world.agent, "PUBLISHED", { title }, article);
    expect(published.ok).toBe(true);
    const afterPublish = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(afterPublish.publishedAt).not.toBeNull();
    // Publishing changed the state only: "Última atualização" is still the content's.
    expect((await revisionsOf(article.id))[1]?.changed).toEqual(["state"]);
    expect(afterPublish.updatedAt).toEqual(article.updatedAt);

    await save(
      world.admin,
      "PUBLISHED",
      { title, body: "Novo texto.", itemIds: [world.gerid.id] },
      afterPublish,
    );
    await save(
      world.admin,
      "ARCHIVED",
      { title, body: "Novo texto.", itemIds: [world.gerid.id] },
      {
        id: article.id,
        version: 3,
      },
    );
    const revisions = await revisionsOf(article.id);
    expect(revisions.map((r) => [r.number, r.state, r.changed])).toEqual([
      [1, "DRAFT", expect.arrayContaining(["title", "body", "items", "state"])],
      [2, "PUBLISHED", ["state"]],
      [3, "PUBLISHED", ["body", "items"]],
      [4, "ARCHIVED", ["state"]],
    ]);
    expect(revisions[2]).toMatchObject({ authorId: world.admin.id, body: "Novo texto." });
    const final = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(final.publishedAt).toEqual(afterPublish.publishedAt);
    expect(await db.articleItem.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("restores an old revision as a new one, with the old content", async () => {
    const article = await created(world.agent, "PUBLISHED", { title: "Texto antigo" });
    await save(world.agent, "PUBLISHED", { title: "Texto novo", body: "Mudou." }, article);
    const restored = await settledFor(
      world.admin,
      restoreRevision(world.admin, { articleId: article.id, number: 1, version: 2 }),
    );
    expect(restored).toEqual({ ok: true, value: { number: 3 } });
    const [, , third] = await revisionsOf(article.id);
    expect(third).toMatchObject({
      title: "Texto antigo",
      body: values().body,
      state: "PUBLISHED",
      restoredFrom: 1,
      authorId: world.admin.id,
      changed: ["title", "body"],
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      title: "Texto antigo",
      version: 3,
    });
  });

  it("refuses a save from an older version and writes nothing", async () => {
    const article = await created(world.agent, "DRAFT", { title: "Versão antiga" });
    await save(world.admin, "DRAFT", { title: "Salvo antes" }, article);
    const stale = await save(world.agent, "PUBLISHED", { title: "Por cima" }, article);
    expect(stale).toEqual({ ok: false, error: "conflict", message: EDITED_MEANWHILE });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      title: "Salvo antes",
      state: "DRAFT",
      version: 2,
    });
    expect(await revisionsOf(article.id)).toHaveLength(2);
  });

  it("refuses a requester calling the action, writing nothing", async () => {
    const before = await db.article.count();
    session.user = { ...world.requester, name: "Requerente" };
    const result = await saveArticleAction({
      key: "chave-de-teste-0001",
      target: "PUBLISHED",
      values: values({ title: "Artigo do requerente" }),
    });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    // The service refuses too, whoever calls it.
    expect(await save(world.requester, "PUBLISHED")).toMatchObject({ error: "forbidden" });
    expect(await db.article.count()).toBe(before);

    session.user = { ...world.agent, name: "Analista" };
    const input = { key: "chave-de-teste-0002", target: "DRAFT", values: values() };
    const [a, b] = [await saveArticleAction(input), await saveArticleAction(input)];
    expect(a).toEqual(b); // a double submit makes one article
    expect(await db.article.count()).toBe(before + 1);
  });

  it("lists what needs review: past review date, or more 'Não' than 'Sim' in 3+ votes", async () => {
    const old = await created(world.agent, "PUBLISHED", { title: "Revisar por data" });
    const disliked = await created(world.agent, "PUBLISHED", { title: "Revisar por votos" });
    await db.article.update({ where: { id: old.id }, data: { reviewBy: new Date("2020-01-01") } });
    await db.article.update({
      where: { id: disliked.id },
      data: { voteCount: 3, helpfulCount: 1 },
    });
    const list = await listArticlesForAuthors(world.agent, { revisao: "1", pagina: 1 }, new Date());
    if (!list.ok) throw new Error(list.message);
    // The demo articles may need review too: only these two of the test's are asked about.
    const titles = list.value.rows.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["Revisar por data", "Revisar por votos"]));
    expect(titles).not.toContain("Revisões do artigo");
    expect(list.value.rows.find((r) => r.id === disliked.id)?.notHelpful).toBe(2);
  });
});

describe("Inserir artigo", () => {
  it("finds published articles a customer may read by title or keyword, accents aside", async () => {
    for (const [title, target, audience] of [
      ["Emissão da guia de ISS", "PUBLISHED", "SIGNED_IN"],
      ["Emissao da guia interna", "PUBLISHED", "SUPPORT"],
      ["Emissão da guia em rascunho", "DRAFT", "PUBLIC"],
    ] as const)
      await created(world.agent, target, { title, audience, keywords: "tributos" });
    const found = async (text: string) => (await articlesToLink(text)).map((a) => a.title);
    expect(await found("emissao GUIA")).toEqual(["Emissão da guia de ISS"]);
    expect(await found("tributos")).toEqual(["Emissão da guia de ISS"]);
    expect(await found("%")).toEqual([]);
  });
});

describe("attachments in articles", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
  async function staged(actor: Actor, clock?: () => Date) {
    const result = await stageUploads(actor, [{ name: "manual.pdf", bytes: PDF }], {
      storage,
      clock,
    });
    if (!result.ok) throw new Error(result.message);
    return result.value[0]!.id;
  }

  it("links the author's own staged files the body points at, readable as the article is", async () => {
    const old = () => new Date(Date.now() - 3 * 24 * 60 * 60_000);
    const mine = await staged(world.agent, old);
    const theirs = await staged(world.otherAgent);
    const article = await created(world.agent, "PUBLISHED", {
      title: "Manual em PDF",
      audience: "PUBLIC",
      body: `Veja [o manual](/api/anexos/${mine}) e [outro](/api/anexos/${theirs}).`,
    });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: mine } })).toMatchObject({
      articleId: article.id,
    });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({
      articleId: null,
    });
    // The clean-up of abandoned uploads leaves it alone, however old.
    await deleteStaleUploads(fixedClock(new Date()), storage);
    expect(await db.attachment.count({ where: { id: mine } })).toBe(1);

    const opens = async (actor: Actor | null) => (await readAttachment(actor, mine, storage)).ok;
    const audience = async (change: object) =>
      db.article.update({ where: { id: article.id }, data: change });
    expect([await opens(null), await opens(world.requester)]).toEqual([true, true]);
    await audience({ audience: "SIGNED_IN" });
    expect([await opens(null), await opens(world.requester)]).toEqual([false, true]);
    await audience({ audience: "SUPPORT" });
    expect([await opens(world.requester), await opens(world.otherAgent)]).toEqual([false, true]);
    await audience({ audience: "PUBLIC", state: "DRAFT" });
    expect([await opens(null), await opens(world.agent)]).toEqual([false, true]);
  });
});

describe("an article from a resolved ticket", () => {
  it("copies the question and the solution without anything personal", async () => {
    const requester = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    const ticket = await openGerid(world, {
      description:
        `Sou ${requester.name}, CPF 529.982.247-25, e-mail ${requester.email}, ` +
        "telefone (61) 99876-5432. Não consigo acessar o GERID.",
    });
    expect(await articleFromTicket(world.agent, ticket.number)).toMatchObject({
      error: "not-found",
    });
    const started = await advance(world, ticket.id, ["start"]);
    const resolved = await changeState(world.agent, {
      ticketId: ticket.id,
      version: started.version,
      action: "resolve",
      text: `Desbloqueamos o acesso; avise em contato@exemplo.gov.br (${ticket.number}).`,
    });
    expect(resolved.ok).toBe(true);

    expect(await articleFromTicket(world.requester, ticket.number)).toMatchObject({
      error: "forbidden",
    });
    const draft = await articleFromTicket(world.agent, ticket.number);
    if (!draft.ok) throw new Error(draft.message);
    const text = JSON.stringify(draft.value.values);
    for (const personal of [
      requester.name,
      requester.email,
      "529.982.247-25",
      "99876-5432",
      "contato@exemplo.gov.br",
      ticket.number,
    ])
      expect(text).not.toContain(personal);
    expect(draft.value.values.body).toContain("Não consigo acessar o GERID.");
    expect(draft.value.values.body).toContain("Desbloqueamos o acesso");
    expect(draft.value.values.itemIds).toEqual([world.gerid.id]);

    const article = await save(world.agent, "DRAFT", draft.value.values, {
      sourceTicketId: draft.value.sourceTicketId,
    });
    if (!article.ok) throw new Error(article.message);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.value.id } })).toMatchObject({
      sourceTicketId: ticket.id,
    });
  });

  it("strips e-mails, CPFs, CNPJs, phones, ticket numbers and names", () => {
    expect(
      stripPersonalData(
        "Maria Souza (maria.souza@prefeitura.sp.gov.br, 12345678909, 12.345.678/0001-90, " +
          "+55 11 3333-4444) no CS0000123.",
        ["Maria Souza"],
      ),
    ).toBe("[nome] ([e-mail], [documento], [documento], [telefone]) no [chamado].");
  });
});

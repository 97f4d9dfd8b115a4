import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { once } from "@/lib/forms/request-key";
import { settledFor } from "@/lib/refusal";
import {
  addArticleComment,
  ALREADY_HIDDEN,
  articleCommentInput,
  articleComments,
  hideArticleComment,
  hideCommentInput,
} from "@/lib/knowledge/comments";
import { demoWorld, type World } from "../factories";
import { article, knowledgeCategory, person, revisionBy } from "./factories";

let world: World;
let categoryId: string;

beforeAll(async () => {
  world = await demoWorld();
  categoryId = (await knowledgeCategory()).id;
});

type Person = Awaited<ReturnType<typeof person>>;
const comment = (writer: Person, articleId: string, body: string) =>
  settledFor(writer, addArticleComment(writer, articleCommentInput.parse({ articleId, body })));
const hide = (hider: Person, commentId: string, reason: string) =>
  settledFor(hider, hideArticleComment(hider, { commentId, reason }));

describe("comments", () => {
  it("are kept as typed, shown as text, and reach the authors but not the writer", async () => {
    const [creator, reviser, requester] = [
      await person({ role: "AGENT" }),
      await person({ role: "AGENT" }),
      await person({ name: "Ana <b>Souza</b>" }),
    ];
    const { id } = await article({ authorId: creator.id, categoryId, title: "GERID" });
    await revisionBy(id, reviser.id);
    const body = "Funcionou!\r\n<script>alert(1)</script>";
    const result = await comment(requester, id, body);
    expect(result.ok).toBe(true);

    const [shown] = await articleComments(null, id);
    expect(shown).toMatchObject({ authorName: "Ana <b>Souza</b>", body, hidden: null });
    const mails = await db.outboxMessage.findMany({ where: { kind: "article.comment" } });
    expect(mails.map((m) => m.userId).sort()).toEqual([creator.id, reviser.id].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe('Novo comentário no artigo "GERID"');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain("<b>Souza");
      expect(mail.html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    }

    // An author commenting on their own article is not told about it.
    await comment(reviser, id, "Atualizei o passo 2.");
    const toReviser = await db.outboxMessage.count({ where: { userId: reviser.id } });
    expect(toReviser).toBe(1);
  });

  it("are refused, and nothing is written, on an article the writer may not read", async () => {
    const requester = await person();
    const internal = await article({ authorId: world.agent.id, categoryId, audience: "SUPPORT" });
    const draft = await article({ authorId: world.agent.id, categoryId, state: "DRAFT" });
    const outbox = await db.outboxMessage.count();
    for (const { id } of [internal, draft]) {
      expect(await comment(requester, id, "Olá")).toMatchObject({ ok: false, error: "not-found" });
    }
    expect(await db.articleComment.count({ where: { authorId: requester.id } })).toBe(0);
    expect(await db.outboxMessage.count()).toBe(outbox);
  });

  it("hold 1 to 2,000 characters", () => {
    const parse = (body: string) => articleCommentInput.safeParse({ articleId: "a", body });
    expect(parse("  ").success).toBe(false);
    expect(parse("x".repeat(2001)).success).toBe(false);
    expect(parse("x".repeat(2000)).success).toBe(true);
    expect(parse("nul \u0000").success).toBe(false);
  });

  it("are written once when the same form is sent twice", async () => {
    const writer = await person();
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const send = () =>
      once({ key: "chave-de-teste-0001", userId: writer.id, action: "article.comment" }, () =>
        comment(writer, id, "Uma vez só."),
      );
    const [first, second] = [await send(), await send()];
    expect(second).toEqual(first);
    expect(await db.articleComment.count({ where: { authorId: writer.id } })).toBe(1);
  });
});

describe("Ocultar comentário", () => {
  it("keeps the comment, hides it from readers and marks it for support", async () => {
    const [writer, agent, admin] = [
      await person(),
      await person({ role: "AGENT", name: "Bruno" }),
      await person({ role: "ADMIN" }),
    ];
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const other = await article({ authorId: world.agent.id, categoryId });
    await comment(writer, other.id, "Em outro artigo.");
    const written = await comment(writer, id, "Texto ofensivo");
    if (!written.ok) throw new Error("comment failed");
    const commentId = written.value.id;

    expect(await hide(writer, commentId, "Não gostei")).toMatchObject({ error: "forbidden" });
    expect(hideCommentInput.safeParse({ commentId, reason: " " }).success).toBe(false);
    expect(await hide(agent, commentId, "Linguagem imprópria")).toEqual({ ok: true, value: null });
    expect(await hide(admin, commentId, "Outro motivo")).toMatchObject({
      message: ALREADY_HIDDEN,
    });

    const kept = await db.articleComment.findUniqueOrThrow({ where: { id: commentId } });
    expect(kept).toMatchObject({ hiddenById: agent.id, hiddenReason: "Linguagem imprópria" });
    expect(kept.hiddenAt).toBeInstanceOf(Date);
    expect(await articleComments(null, id)).toEqual([]);
    expect(await articleComments(writer, id)).toEqual([]);
    expect(await articleComments(agent, id)).toMatchObject([
      { id: commentId, hidden: { byName: "Bruno", reason: "Linguagem imprópria" } },
    ]);
    expect(await articleComments(writer, other.id)).toHaveLength(1);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { settledFor } from "@/lib/refusal";
import {
  feedbackInput,
  sendArticleFeedback,
  voteOnArticle,
  voteSummary,
  FEEDBACK_NEEDS_NO,
} from "@/lib/knowledge/votes";
import { demoWorld, type World } from "../factories";
import { article, knowledgeCategory, person, revisionBy } from "./factories";

let world: World;
let categoryId: string;

beforeAll(async () => {
  world = await demoWorld();
  categoryId = (await knowledgeCategory()).id;
});

type Voter = Awaited<ReturnType<typeof person>>;
const vote = (voter: Voter, articleId: string, helpful: boolean) =>
  settledFor(voter, voteOnArticle(voter, { articleId, helpful }));
const feedback = (voter: Voter, articleId: string, missing: string) =>
  settledFor(voter, sendArticleFeedback(voter, feedbackInput.parse({ articleId, missing })));

/** The article's counters and what its votes say, to be compared. */
async function countsAndVotes(articleId: string) {
  const { helpfulCount, voteCount } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
  });
  const votes = await db.articleVote.findMany({ where: { articleId } });
  return {
    counters: { helpfulCount, voteCount },
    votes: { helpfulCount: votes.filter((v) => v.helpful).length, voteCount: votes.length },
  };
}

describe("Esse artigo foi útil?", () => {
  it("keeps one vote per reader, which they may change, and the counts exact", async () => {
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const [ana, bia] = [await person(), await person({ role: "AGENT" })];
    expect(await vote(ana, id, true)).toEqual({
      ok: true,
      value: { helpfulCount: 1, voteCount: 1 },
    });
    expect(await vote(ana, id, true)).toEqual({
      ok: true,
      value: { helpfulCount: 1, voteCount: 1 },
    });
    expect(await vote(ana, id, false)).toEqual({
      ok: true,
      value: { helpfulCount: 0, voteCount: 1 },
    });
    expect(await vote(bia, id, true)).toEqual({
      ok: true,
      value: { helpfulCount: 1, voteCount: 2 },
    });
    expect(await db.articleVote.count({ where: { articleId: id } })).toBe(2);
    const summary = await voteSummary(ana, id);
    expect(summary).toEqual({
      helpfulCount: 1,
      voteCount: 2,
      mine: { helpful: false, missing: null },
    });
    expect((await voteSummary(null, id)).mine).toBeNull();
  });

  it("keeps the counts equal to the votes under simultaneous votes and changes", async () => {
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const voters = await Promise.all(Array.from({ length: 6 }, () => person()));
    // Everyone votes at once, then changes their mind at once, some twice in one burst.
    await Promise.all(voters.map((voter, i) => vote(voter, id, i % 2 === 0)));
    await Promise.all(
      voters.flatMap((voter, i) => [vote(voter, id, i % 3 === 0), vote(voter, id, i % 2 === 1)]),
    );
    const { counters, votes } = await countsAndVotes(id);
    expect(votes.voteCount).toBe(6);
    expect(counters).toEqual(votes);
  });

  it("refuses, and writes nothing, a vote on what the voter may not read", async () => {
    const requester = await person();
    const refused = [
      await article({ authorId: world.agent.id, categoryId, audience: "SUPPORT" }),
      await article({ authorId: world.agent.id, categoryId, state: "DRAFT" }),
      await article({ authorId: world.agent.id, categoryId, state: "ARCHIVED" }),
    ];
    for (const { id } of [...refused, { id: "nao-existe" }]) {
      const result = await vote(requester, id, true);
      expect(result).toMatchObject({
        ok: false,
        error: "not-found",
        message: "Artigo não encontrado.",
      });
    }
    expect(await db.articleVote.count({ where: { userId: requester.id } })).toBe(0);
    const articles = await db.article.findMany({ where: { id: { in: refused.map((a) => a.id) } } });
    expect(articles.map((a) => [a.helpfulCount, a.voteCount])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    // Guessing an internal article's id is worth the security log.
    const logged = await db.securityEvent.findMany({ where: { actorId: requester.id } });
    expect(logged.map((e) => e.subject)).toContain(`artigo ${refused[0]!.id}`);
  });
});

describe("O que faltou neste artigo?", () => {
  it("reaches the article's active authors once each, never the reader", async () => {
    const creator = await person({ role: "AGENT" });
    const [reviser, gone, voter] = [
      await person({ role: "ADMIN" }),
      await person({ role: "AGENT", active: false }),
      await person({ role: "AGENT" }),
    ];
    const { id, slug } = await article({ authorId: creator.id, categoryId, title: "Senha" });
    await revisionBy(id, reviser.id, 2);
    await revisionBy(id, creator.id, 3);
    await revisionBy(id, gone.id, 4);
    await revisionBy(id, voter.id, 5); // the voter is an author too: they are not told

    await vote(voter, id, false);
    const missing = "Faltou o passo <b>2</b>.\r\nSubject: injetado";
    expect(await feedback(voter, id, missing)).toEqual({ ok: true, value: null });

    expect((await db.articleVote.findFirstOrThrow({ where: { userId: voter.id } })).missing).toBe(
      missing,
    );
    const mails = await db.outboxMessage.findMany({ where: { kind: "article.feedback" } });
    expect(mails.map((m) => m.userId).sort()).toEqual([creator.id, reviser.id].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe('Sugestão para o artigo "Senha"');
      expect(mail.html).toContain("Faltou o passo &#60;b&#62;2&#60;/b&#62;.");
      expect(mail.html).not.toContain("<b>2");
      expect(mail.text).toContain(`/base-de-conhecimento/artigo/${slug}`);
    }
  });

  it("is refused, and sends nothing, without a 'Não' or on an unreadable article", async () => {
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const internal = await article({ authorId: world.agent.id, categoryId, audience: "SUPPORT" });
    const [voter, requester] = [await person(), await person()];
    const before = await db.outboxMessage.count();
    expect(await feedback(voter, id, "Faltou algo.")).toMatchObject({ message: FEEDBACK_NEEDS_NO });
    await vote(voter, id, true);
    expect(await feedback(voter, id, "Faltou algo.")).toMatchObject({ message: FEEDBACK_NEEDS_NO });
    expect(await feedback(requester, internal.id, "Faltou.")).toMatchObject({ error: "not-found" });
    expect(await db.outboxMessage.count()).toBe(before);
    expect(feedbackInput.safeParse({ articleId: id, missing: "x".repeat(1001) }).success).toBe(
      false,
    );
    expect(feedbackInput.safeParse({ articleId: id, missing: "   " }).success).toBe(false);
  });

  it("is cleared when the reader changes their vote to 'Sim'", async () => {
    const { id } = await article({ authorId: world.agent.id, categoryId });
    const voter = await person();
    await vote(voter, id, false);
    await feedback(voter, id, "Faltou um exemplo.");
    await vote(voter, id, true);
    expect((await voteSummary(voter, id)).mine).toEqual({ helpful: true, missing: null });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/tickets/comments";
import { getTicketDetail } from "@/lib/tickets/ticket-detail";
import { buildDataExports } from "@/lib/privacy/export-job";
import { requestDataExport, takeExportFile } from "@/lib/privacy/export";
import { LEGAL_DEADLINE_DAYS, openRightsRequest } from "@/lib/privacy/rights";
import { PRIVACY_GROUP } from "@/lib/privacy/rights-queue";
import { demoWorld, openGerid, type World } from "../factories";
import { testStorage } from "./helpers";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("Meus dados", () => {
  it("records who else opened a ticket, never the person themself", async () => {
    const ticket = await openGerid(world);
    await getTicketDetail(world.requester, ticket.id);
    expect(await db.dataAccess.count({ where: { subjectId: world.requester.id } })).toBe(0);
    await getTicketDetail(world.agent, ticket.id);
    await getTicketDetail(world.otherAgent, ticket.id); // may not see it: nothing was shown
    const rows = await db.dataAccess.findMany({ where: { subjectId: world.requester.id } });
    expect(rows).toMatchObject([{ actorId: world.agent.id, kind: "ticket", ref: ticket.number }]);
  });

  it("exports my data once, to me only: my tickets and public messages, no one else's", async () => {
    const { storage, exists } = testStorage();
    const mine = await openGerid(world, { description: "Minha descrição." });
    await addComment(world.agent, {
      ticketId: mine.id,
      body: "Nota só do suporte.",
      internal: true,
    });
    await addComment(world.agent, { ticketId: mine.id, body: "Resposta pública." });
    const theirs = await openGerid(world, { description: "Do colega." }, world.colleague);

    const first = await requestDataExport(world.requester);
    const second = await requestDataExport(world.requester);
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    const id = first.ok ? first.value.id : "";
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const runs = await Promise.all([
      buildDataExports(undefined, storage),
      buildDataExports(undefined, storage),
    ]);
    expect(runs[0]!.built + runs[1]!.built).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { kind: "privacy.export_ready" },
    });
    expect(mail).toMatchObject({ userId: world.requester.id });
    expect(mail.subject).not.toMatch(/\d{3}\.?\d{3}\.?\d{3}/);
    expect(mail.text).not.toContain(id); // the mail points at the profile, not at the file

    expect(await takeExportFile(world.colleague, id, "json", undefined, storage)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    const row = await db.dataExport.findUniqueOrThrow({ where: { id } });
    const json = await takeExportFile(world.requester, id, "json", undefined, storage);
    if (!json.ok) throw new Error(json.message);
    const text = new TextDecoder().decode(json.value.bytes);
    expect(text).toContain(mine.number);
    expect(text).toContain("Resposta pública.");
    expect(text).not.toContain("Nota só do suporte.");
    expect(text).not.toContain(theirs.number);
    expect(JSON.parse(text).profile.name).toBe("Requerente Demo");
    expect(exists(row.jsonKey!)).toBe(false);
    expect(await takeExportFile(world.requester, id, "json", undefined, storage)).toMatchObject({
      ok: false,
    });

    const html = await takeExportFile(world.requester, id, "html", undefined, storage);
    if (!html.ok) throw new Error(html.message);
    expect(html.value.contentType).toContain("text/html");
    expect(new TextDecoder().decode(html.value.bytes)).toContain(mine.number);
  });

  it("opens correction and deletion requests in the privacy queue with the 15-day deadline", async () => {
    const key = crypto.randomUUID();
    const input = { key, kind: "correction" as const, details: "Meu e-mail está errado." };
    const opened = await openRightsRequest(world.requester, input);
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const again = await openRightsRequest(world.requester, input);
    expect(again).toEqual(opened); // a retried submission is the same request

    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: opened.value.id },
      include: { group: true },
    });
    expect(ticket.group.name).toBe(PRIVACY_GROUP);
    expect(ticket.requestedForId).toBe(world.requester.id);
    const deadline = ticket.createdAt.getTime() + LEGAL_DEADLINE_DAYS * 24 * 60 * 60_000;
    expect(ticket.resolutionDueAt!.getTime()).toBeLessThanOrEqual(deadline);
    expect(ticket.resolutionDueAt!.getTime()).toBeGreaterThan(deadline - 4 * 24 * 60 * 60_000);

    expect(
      await openRightsRequest(world.agent, { ...input, key: crypto.randomUUID() }),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });
});

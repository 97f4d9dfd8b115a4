import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { userInput } from "@/lib/admin/user-schema";
import { updateUser } from "@/lib/admin/users";
import { localFolderStorage } from "@/lib/storage";
import { storeBytes, readAttachment } from "../support/storage";
import { liveSession, startSession } from "@/lib/auth/sessions";
import { loadActor, type Actor } from "@/lib/tickets/actor";
import { addComment } from "@/lib/tickets/comments";
import { addFollower, removeFollower } from "@/lib/tickets/followers";
import {
  countMyRequestsByState,
  listMyRequests,
  listOrganizationRequests,
} from "@/lib/tickets/my-requests";
import { recipientStanding } from "@/lib/tickets/notifications";
import { changeState } from "@/lib/tickets/state-changes";
import { decide, TICKET_ACTIONS } from "@/lib/tickets/state-machine";
import { TICKET_STATES } from "@/lib/tickets/states";
import { getTicketDetail } from "@/lib/tickets/ticket-detail";
import { asAction } from "../admin/as-action";
import { answerOf, demoWorld, openGerid, recipientsOf, type World } from "../factories";

// "Gestor da organização": a requester who reads every ticket of the organizations they manage
// (issue 18, part 5), and may do nothing with them unless they are also on the ticket.

const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-managers-"));
const storage = localFolderStorage(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let world: World;
let otherTown: { id: string };
let townsfolk: Actor; // a requester of another municipality
let colleagueTicket: { id: string; number: string; version: number };
let otherTownTicket: { id: string };
let stateTicket: { id: string };
const ticket = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });

/** Saves `userId` through the admin's editor with these managed organizations. */
async function markManager(userId: string, managedOrganizationIds: string[]) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return asAction(userInput, (actor, values) => updateUser(actor, userId, values))(world.admin, {
    cpf: user.cpf,
    name: user.name,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId ?? "",
    managedOrganizationIds,
  });
}

const reload = async (actor: Actor) => (await loadActor(actor.id))!;
const managedBy = (userId: string) =>
  db.organizationManager.findMany({ where: { userId }, select: { organizationId: true } });

beforeAll(async () => {
  world = await demoWorld();
  otherTown = await db.organization.create({
    data: { name: "Prefeitura de Outra Cidade", kind: "MUNICIPALITY" },
  });
  const person = await db.user.create({
    data: {
      cpf: "71460238001",
      name: "Requerente Outra Cidade",
      email: "requerente@outra.example",
      organizationId: otherTown.id,
    },
  });
  townsfolk = (await loadActor(person.id))!;
  colleagueTicket = await openGerid(world, {}, world.colleague);
  otherTownTicket = await openGerid(world, {}, townsfolk);
  stateTicket = await openGerid(world, {}, world.stateRequester);
  // What the manager may and may not read on the colleague's ticket: an internal note, a public
  // file and an internal one.
  await addComment(world.agent, { ticketId: colleagueTicket.id, body: "Nota.", internal: true });
  for (const visibility of ["PUBLIC", "INTERNAL"] as const) {
    await db.attachment.create({
      data: {
        ticketId: colleagueTicket.id,
        uploaderId: world.agent.id,
        fileName: `${visibility}.pdf`,
        contentType: "application/pdf",
        size: 4,
        storageKey: await storeBytes(storage, new Uint8Array([37, 80, 68, 70])),
        sha256: visibility,
        visibility,
      },
    });
  }
});

describe("marking a manager", () => {
  it("accepts a requester's own organization, audited, and refuses the rest writing nothing", async () => {
    const town = world.requester.organizationId!;
    const state = world.stateRequester.organizationId!;
    const refusal = (message: string) => ({ fieldErrors: { managedOrganizationIds: message } });
    const onlyOwn = "Um gestor gere a própria organização; o de um estado, também municípios dele.";

    expect(await markManager(world.agent.id, [town])).toMatchObject(
      refusal("Só usuários máster de uma organização podem ser gestores."),
    );
    expect(await markManager(world.requester.id, [town, otherTown.id])).toMatchObject(
      refusal(onlyOwn),
    );
    expect(await markManager(world.requester.id, [state])).toMatchObject(refusal(onlyOwn));
    expect(await markManager(world.requester.id, ["nao-existe"])).toMatchObject(
      refusal("Organização não encontrada."),
    );
    expect(await managedBy(world.requester.id)).toEqual([]);
    expect(await managedBy(world.agent.id)).toEqual([]);

    expect(await markManager(world.requester.id, [town, town])).toMatchObject({ ok: true });
    expect(await managedBy(world.requester.id)).toEqual([{ organizationId: town }]);
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityId: world.requester.id, action: "user.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(log.before).toMatchObject({ managerOf: [] });
    expect(log.after).toMatchObject({ managerOf: [{ organizationId: town }] });
  });

  it("lets a state's requester manage municipalities of that state only", async () => {
    const state = world.stateRequester.organizationId!;
    await db.organization.update({ where: { id: state }, data: { ibgeCode: "53" } });
    await db.organization.update({ where: { id: otherTown.id }, data: { ibgeCode: "3550308" } });
    try {
      expect(await markManager(world.stateRequester.id, [otherTown.id])).toMatchObject({
        fieldErrors: { managedOrganizationIds: expect.stringContaining("municípios dele") },
      });
      await db.organization.update({ where: { id: otherTown.id }, data: { ibgeCode: "5300108" } });
      expect(await markManager(world.stateRequester.id, [state, otherTown.id])).toMatchObject({
        ok: true,
      });
      expect(await markManager(world.stateRequester.id, [])).toMatchObject({ ok: true });
    } finally {
      await db.organization.updateMany({
        where: { id: { in: [state, otherTown.id] } },
        data: { ibgeCode: null },
      });
    }
    expect(await managedBy(world.stateRequester.id)).toEqual([]);
  });

  it("loads what a session's user manages in the session's own read", async () => {
    const sid = await startSession(
      { userId: world.requester.id, address: "127.0.0.1", userAgent: null },
      new Date(),
    );
    const session = await liveSession(sid, world.requester.id, new Date());
    expect(session?.user.managedOrganizationIds).toEqual([world.requester.organizationId]);
  });
});

describe("what a manager sees", () => {
  it("lists and counts every ticket of the organization, none of another", async () => {
    const manager = await reload(world.requester);
    const page = await listOrganizationRequests(manager);
    const ids = page.rows.map((r) => r.id);
    expect(ids).toContain(colleagueTicket.id);
    expect(ids).not.toContain(otherTownTicket.id);
    expect(ids).not.toContain(stateTicket.id);
    expect(page.total).toBe(
      await db.ticket.count({ where: { organizationId: manager.organizationId! } }),
    );
    // Their own lists and counts stay theirs.
    expect((await listMyRequests(manager)).rows.map((r) => r.id)).not.toContain(colleagueTicket.id);
    expect(await countMyRequestsByState(manager)).toEqual(
      await countMyRequestsByState({ ...manager, managedOrganizationIds: [] }),
    );
    // A requester who manages nothing gets nothing.
    expect(await listOrganizationRequests(world.colleague)).toMatchObject({ rows: [], total: 0 });
  });

  it("reads the ticket page, public files and timeline, but no internal note and no action", async () => {
    const manager = await reload(world.requester);
    const detail = await getTicketDetail(manager, colleagueTicket.id);
    if (!detail.ok) throw new Error(detail.message);
    expect(detail.value.actions).toEqual([]);
    expect(detail.value.canSeeInternal).toBe(false);
    expect(detail.value.events.every((e) => e.visibility === "PUBLIC")).toBe(true);
    expect(detail.value.attachments.map((a) => a.fileName)).toEqual(["PUBLIC.pdf"]);

    const files = await db.attachment.findMany({ where: { ticketId: colleagueTicket.id } });
    const download = (name: string) =>
      readAttachment(manager, files.find((f) => f.fileName === name)!.id, storage);
    expect(await download("PUBLIC.pdf")).toMatchObject({ ok: true });
    expect(await download("INTERNAL.pdf")).toMatchObject({ error: "not-found" });
    expect(await getTicketDetail(manager, otherTownTicket.id)).toMatchObject({
      error: "not-found",
    });
  });

  it("may not comment, follow, or change the state: refused, nothing written", async () => {
    const manager = await reload(world.requester);
    const before = await ticket(colleagueTicket.id);
    const events = () => db.ticketEvent.count({ where: { ticketId: colleagueTicket.id } });
    const eventsBefore = await events();
    expect(
      await answerOf(addComment, manager, { ticketId: colleagueTicket.id, body: "Olá." }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await answerOf(addFollower, manager, { ticketId: colleagueTicket.id, userId: manager.id }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await answerOf(changeState, manager, {
        ticketId: colleagueTicket.id,
        version: before.version,
        action: "cancel",
        text: "Não precisa mais.",
      }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(await events()).toBe(eventsBefore);
    expect(await ticket(colleagueTicket.id)).toMatchObject({
      version: before.version,
      state: before.state,
    });
  });

  it("acts on nothing by the manager relation alone, as the transition table says", () => {
    for (const action of TICKET_ACTIONS)
      for (const state of TICKET_STATES)
        expect(decide(action, state, new Set(["manager"])).allowed).toBe(false);
  });

  it("gets no mail for a ticket they do not follow, and mail once they follow it", async () => {
    const manager = await reload(world.requester);
    const reply = async () => {
      const result = await addComment(world.agent, {
        ticketId: colleagueTicket.id,
        body: "Resposta.",
      });
      if (!result.ok) throw new Error(result.message);
      const event = await db.ticketEvent.findFirstOrThrow({
        where: { ticketId: colleagueTicket.id, type: "COMMENT", visibility: "PUBLIC" },
        orderBy: { createdAt: "desc" },
      });
      return recipientsOf(event.id);
    };
    expect(await reply()).toEqual([world.colleague.id]);
    // Nor would the delivery's last check let one through by the reading right alone.
    const parties = await ticket(colleagueTicket.id);
    expect(
      recipientStanding({ ...manager, active: true }, { ...parties, followerIds: [] }, "PUBLIC"),
    ).toEqual({ refused: "notOnTicket" });

    await addFollower(world.colleague, { ticketId: colleagueTicket.id, userId: manager.id });
    expect(await reply()).toEqual([world.colleague.id, manager.id].sort());
    // Following, the manager writes like any follower, but removes nobody but themself.
    expect(
      await answerOf(addComment, manager, { ticketId: colleagueTicket.id, body: "Acompanhando." }),
    ).toMatchObject({ ok: true });
    expect(
      await answerOf(removeFollower, manager, {
        ticketId: colleagueTicket.id,
        userId: world.colleague.id,
      }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    await removeFollower(manager, { ticketId: colleagueTicket.id, userId: manager.id });
  });

  it("as a state's manager, sees a municipality only once marked for it", async () => {
    const state = world.stateRequester.organizationId!;
    expect(await markManager(world.stateRequester.id, [state])).toMatchObject({ ok: true });
    let manager = await reload(world.stateRequester);
    let ids = (await listOrganizationRequests(manager)).rows.map((r) => r.id);
    expect(ids).toContain(stateTicket.id);
    expect(ids).not.toContain(colleagueTicket.id);
    expect(await getTicketDetail(manager, colleagueTicket.id)).toMatchObject({
      error: "not-found",
    });

    const town = world.requester.organizationId!;
    expect(await markManager(world.stateRequester.id, [state, town])).toMatchObject({ ok: true });
    manager = await reload(world.stateRequester);
    ids = (await listOrganizationRequests(manager)).rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([stateTicket.id, colleagueTicket.id]));
    expect(ids).not.toContain(otherTownTicket.id);
    expect(await getTicketDetail(manager, colleagueTicket.id)).toMatchObject({ ok: true });
  });
});

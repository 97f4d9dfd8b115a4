import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { userInput } from "@/lib/admin/user-schema";
import { updateUser } from "@/lib/admin/users";
import { authenticate } from "@/lib/auth/authenticate";
import { maskCpf } from "@/lib/auth/cpf";
import { startSession } from "@/lib/auth/sessions";
import { settledFor } from "@/lib/refusal";
import { addComment } from "@/lib/tickets/comments";
import { changeState } from "@/lib/tickets/state-changes";
import { queueEmails } from "@/lib/notifications/outbox";
import { renderMail } from "@/lib/notifications/layout";
import { anonymizeUser, type AnonymizeRequest } from "@/lib/privacy/anonymize";
import { ANONYMIZED_NAME, REMOVED_TEXT } from "@/lib/privacy/anonymize-scrub";
import { openRightsRequest } from "@/lib/privacy/rights";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { at, demoWorld, openGerid, type World } from "../factories";
import { storedAttachment, testStorage } from "./helpers";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const key = () => crypto.randomUUID();
const request = (input: Partial<AnonymizeRequest>): AnonymizeRequest => ({
  key: key(),
  userId: world.requester.id,
  basis: "request",
  ticketNumber: "",
  ...input,
});

/** A deletion request of the requester, resolved by an admin (the privacy queue's answer). */
async function approvedDeletion() {
  const opened = await openRightsRequest(world.requester, {
    key: key(),
    kind: "deletion",
    details: "Quero a exclusão dos meus dados pessoais.",
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  for (const action of ["start", "resolve"] as const) {
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id: opened.value.id } });
    const moved = await changeState(world.admin, {
      ticketId: opened.value.id,
      version,
      action,
      text: "Pedido aprovado.",
    });
    if (!moved.ok) throw new Error(JSON.stringify(moved));
  }
  return opened.value.number;
}

describe("anonymization", () => {
  it("refuses without an approved deletion request, and writes nothing", async () => {
    const pending = await openRightsRequest(world.requester, {
      key: key(),
      kind: "deletion",
      details: "Quero a exclusão dos meus dados pessoais.",
    });
    expect(pending.ok).toBe(true);
    const number = pending.ok ? pending.value.number : "";
    const result = await settledFor(
      world.admin,
      anonymizeUser(world.admin, request({ ticketNumber: number })),
    );
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    const person = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    expect(person.name).toBe("Requerente Demo");
    expect(person.anonymizedAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.anonymize" } })).toBe(0);

    const byAgent = await settledFor(
      world.agent,
      anonymizeUser(world.agent, request({ ticketNumber: number })),
    );
    expect(byAgent).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("replaces the person everywhere in one go, deletes their files and ends sign-in", async () => {
    const { storage, exists } = testStorage();
    const person = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
    const ticket = await openGerid(world, {
      description: `Sou ${person.name}, CPF 529.982.247-25, e-mail ${person.email}.`,
    });
    await addComment(world.requester, { ticketId: ticket.id, body: "Meu telefone mudou." });
    await addComment(world.agent, {
      ticketId: ticket.id,
      body: `Olá, ${person.name}. Recebemos.`,
    });
    const file = await storedAttachment(storage, {
      ticketId: ticket.id,
      uploaderId: person.id,
    });
    await db.$transaction((tx) =>
      queueEmails(
        tx,
        [
          {
            kind: "test",
            to: { address: "analista@suporte.example", name: "Analista" },
            subject: `Mensagem de ${person.name}`,
            body: renderMail({
              preheader: "x",
              heading: "x",
              paragraphs: [`${person.name} escreveu.`],
              footer: "x",
            }),
          },
        ],
        new Date(),
      ),
    );
    await db.auditLog.create({
      data: {
        actorId: world.admin.id,
        action: "user.update",
        entityType: "user",
        entityId: person.id,
        after: { cpf: person.cpf, name: person.name },
      },
    });
    const sid = await startSession(
      { userId: person.id, address: "x", userAgent: null },
      new Date(),
    );
    const number = await approvedDeletion();

    const result = await settledFor(
      world.admin,
      anonymizeUser(world.admin, request({ ticketNumber: number }), undefined, storage),
    );
    expect(result).toEqual({ ok: true, value: { removedFiles: 1 } });

    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({ name: ANONYMIZED_NAME, phone: null, passwordHash: null });
    expect(after.active).toBe(false);
    expect(after.cpf).not.toContain("52998224725");
    expect(after.email).not.toBe(person.email);
    expect(after.anonymizedAt).not.toBeNull();

    const kept = await db.ticket.findUniqueOrThrow({
      where: { id: ticket.id },
      include: { events: true },
    });
    expect(kept.requesterId).toBe(person.id); // the organization's history stays
    expect(kept.description).toBe(REMOVED_TEXT);
    const bodies = kept.events.map((e) => e.body ?? "").join("\n");
    expect(bodies).toContain(REMOVED_TEXT);
    expect(bodies).toContain(`Olá, ${ANONYMIZED_NAME}. Recebemos.`);
    expect(bodies).not.toContain("Requerente Demo");

    expect(await db.attachment.findUnique({ where: { id: file.id } })).toBeNull();
    expect(exists(file.storageKey)).toBe(false);

    const everything = JSON.stringify([
      await db.outboxMessage.findMany(),
      await db.auditLog.findMany(),
      await db.securityEvent.findMany(),
      await db.ticket.findMany(),
    ]);
    for (const trace of ["Requerente Demo", "52998224725", "529.982.247-25", person.email])
      expect(everything).not.toContain(trace);
    const fact = await db.auditLog.findFirstOrThrow({ where: { action: "user.anonymize" } });
    expect(fact).toMatchObject({ actorId: world.admin.id, entityId: person.id });
    expect(fact.after).toEqual({ motivo: "pedido do titular", solicitacao: number });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({
      endedAt: expect.any(Date),
    });
    expect(
      await authenticate({ cpf: "52998224725", password: DEMO_PASSWORD, address: "10.0.0.9" }),
    ).toMatchObject({ ok: false });
    expect(maskCpf(after.cpf)).toBe(after.cpf); // the placeholder is no CPF to unmask

    const again = await settledFor(
      world.admin,
      anonymizeUser(world.admin, request({ ticketNumber: number }), undefined, storage),
    );
    expect(again).toMatchObject({ ok: false, error: "conflict" });

    // Nor can an admin write the person back in, or let the account sign in again.
    const edit = await settledFor(
      world.admin,
      updateUser(
        world.admin,
        person.id,
        userInput.parse({
          cpf: "529.982.247-25",
          name: person.name,
          email: person.email,
          role: "REQUESTER",
          organizationId: person.organizationId,
        }),
      ),
    );
    expect(edit).toMatchObject({ ok: false, error: "conflict" });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(after);
  });

  it("anonymizes an account unused for the configured period, and only then", async () => {
    await db.privacySettings.create({ data: { inactiveDays: 30 } });
    const now = new Date("2026-11-20T12:00:00Z");
    await db.user.update({
      where: { id: world.stateRequester.id },
      data: { lastSignInAt: new Date("2026-11-01T12:00:00Z") },
    });
    const recent = await settledFor(
      world.admin,
      anonymizeUser(
        world.admin,
        request({ userId: world.stateRequester.id, basis: "inactive" }),
        at(now.toISOString()),
      ),
    );
    expect(recent).toMatchObject({ ok: false, error: "invalid" });
    const later = await settledFor(
      world.admin,
      anonymizeUser(
        world.admin,
        request({ userId: world.stateRequester.id, basis: "inactive" }),
        at("2026-12-05T12:00:00Z"),
      ),
    );
    expect(later.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: world.stateRequester.id } });
    expect(user.name).toBe(ANONYMIZED_NAME);
  });
});

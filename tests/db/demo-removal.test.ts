import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/tickets/actor";
import { addComment } from "@/lib/tickets/comments";
import { removeDemoData } from "@/prisma/demo-removal";
import { demoUsers } from "@/prisma/demo-data";
import { demoWorld, openGerid } from "../factories";

/** A real municipality's requester and group, added after the demo. */
async function realWorld() {
  const organization = await db.organization.create({
    data: { name: "Prefeitura de Verdade", kind: "MUNICIPALITY", ibgeCode: "3550308" },
  });
  const group = await db.supportGroup.create({ data: { name: "Suporte Real" } });
  const person = await db.user.create({
    data: {
      cpf: "11122233396",
      name: "Pessoa Real",
      email: "pessoa@verdade.gov.br",
      organizationId: organization.id,
    },
  });
  return { organization, group, person };
}

describe("demo:remove", () => {
  it("takes out the demo's accounts, tickets and catalogue, and leaves real data alone", async () => {
    const world = await demoWorld();
    await openGerid(world);
    const real = await realWorld();

    const { report } = await removeDemoData(db);

    expect(report).toMatchObject({ tickets: 1, users: demoUsers.length, deactivated: 0 });
    expect(await db.user.count({ where: { cpf: { in: demoUsers.map((u) => u.cpf) } } })).toBe(0);
    expect(await db.ticket.count()).toBe(0);
    expect(await db.catalogItem.count()).toBe(0);
    expect(await db.catalogCategory.count()).toBe(0);
    expect(await db.article.count()).toBe(0);
    expect(await db.knowledgeCategory.count()).toBe(0);
    expect(await db.organization.findMany({ select: { name: true } })).toEqual([
      { name: real.organization.name },
    ]);
    expect(await db.supportGroup.findMany({ select: { name: true } })).toEqual([
      { name: real.group.name },
    ]);
    expect(await db.user.findUnique({ where: { id: real.person.id } })).not.toBeNull();
  });

  it("keeps a demo analyst who answered a real ticket, without a password or access", async () => {
    const world = await demoWorld();
    // A real person the demo's municipality took on (tests share one database: a CPF of its own).
    const created = await db.user.create({
      data: {
        cpf: "22233344405",
        name: "Servidora Real",
        email: "servidora@verdade.gov.br",
        organizationId: world.requester.organizationId,
      },
    });
    const person = (await loadActor(created.id))!;
    const ticket = await openGerid(world, {}, person);
    const answered = await addComment(world.agent, {
      ticketId: ticket.id,
      body: "Resposta do analista.",
    });
    expect(answered.ok).toBe(true);

    const { report } = await removeDemoData(db);

    expect(report.deactivated).toBe(1);
    const analyst = await db.user.findUniqueOrThrow({ where: { id: world.agent.id } });
    expect(analyst).toMatchObject({ active: false, passwordHash: null });
    // The real ticket keeps its history, and its item (which it uses) stays.
    expect(await db.ticket.count({ where: { id: ticket.id } })).toBe(1);
    expect(await db.catalogItem.count({ where: { slug: "gerid" } })).toBe(1);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findAgents, findOrganizations } from "@/lib/tickets/queue-options";
import { demoWorld, type World } from "../factories";

let world: World;

beforeAll(async () => {
  world = await demoWorld();
  await db.organization.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      name: `Prefeitura de Teste ${String(i).padStart(2, "0")}`,
      kind: "MUNICIPALITY" as const,
    })),
  });
  // A requester whose name reads like an analyst's: the analysts' search must not offer them.
  await db.user.update({ where: { id: world.colleague.id }, data: { name: "Analista Falsa" } });
});

describe("the queue's organization search", () => {
  it("finds organizations by part of the name, case aside, a bounded list in name order", async () => {
    const found = await findOrganizations(world.agent, "TESTE");
    expect(found).toHaveLength(20);
    expect(found[0]!.name).toBe("Prefeitura de Teste 00");
    expect(found.map((o) => o.name)).toEqual([...found.map((o) => o.name)].sort());
    expect(await findOrganizations(world.agent, "Estado de Demonstra")).toEqual([
      expect.objectContaining({ name: "Governo do Estado de Demonstração" }),
    ]);
  });

  it("takes % and _ as letters, not wildcards", async () => {
    expect(await findOrganizations(world.agent, "%")).toEqual([]);
    expect(await findOrganizations(world.admin, "Teste_0")).toEqual([]);
  });

  it("answers nothing to a requester", async () => {
    expect(await findOrganizations(world.requester, "Teste")).toEqual([]);
  });
});

describe("the queue's analyst search", () => {
  it("finds active analysts by part of the name, case aside; an admin sees every group's", async () => {
    const found = await findAgents(world.admin, "ANALISTA");
    expect(found.map((a) => a.name)).toEqual(["Analista Demo", "Analista Relacionamento Demo"]);
  });

  it("offers an analyst only the analysts of its own groups", async () => {
    expect(await findAgents(world.agent, "analista")).toEqual([
      { id: world.agent.id, name: "Analista Demo" },
    ]);
    expect(await findAgents(world.agent, "Relacionamento")).toEqual([]);
  });

  it("leaves out inactive analysts, takes % as a letter, and answers nothing to a requester", async () => {
    await db.user.update({ where: { id: world.otherAgent.id }, data: { active: false } });
    try {
      expect(await findAgents(world.admin, "Relacionamento")).toEqual([]);
    } finally {
      await db.user.update({ where: { id: world.otherAgent.id }, data: { active: true } });
    }
    expect(await findAgents(world.admin, "%")).toEqual([]);
    expect(await findAgents(world.requester, "Analista")).toEqual([]);
  });
});

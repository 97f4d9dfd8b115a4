import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findOrganizations } from "@/lib/tickets/queue-options";
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

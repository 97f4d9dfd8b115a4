import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  groupInput,
  isValidCnpj,
  isValidIbgeCode,
  organizationInput,
} from "@/lib/admin/organization-schema";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import { userInput } from "@/lib/admin/user-schema";
import { createUser } from "@/lib/admin/users";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "./as-action";

const organization = asSave(organizationInput, saveOrganization);
const group = asSave(groupInput, saveGroup);

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("validators", () => {
  it("checks CNPJ and IBGE check digits", () => {
    expect(isValidCnpj("11222333000181")).toBe(true);
    expect(isValidCnpj("11222333000182")).toBe(false);
    expect(isValidCnpj("11111111111111")).toBe(false);
    expect(isValidIbgeCode("5300108", "MUNICIPALITY")).toBe(true); // Brasília
    expect(isValidIbgeCode("3550308", "MUNICIPALITY")).toBe(true); // São Paulo
    expect(isValidIbgeCode("3550309", "MUNICIPALITY")).toBe(false);
    expect(isValidIbgeCode("53", "STATE")).toBe(true);
    expect(isValidIbgeCode("99", "STATE")).toBe(false);
  });
});

describe("organizations", () => {
  it("creates and edits one with a valid, unique IBGE code or CNPJ, audited", async () => {
    expect(
      await organization(world.admin, { name: "Sem código", kind: "MUNICIPALITY" }),
    ).toMatchObject({
      fieldErrors: { ibgeCode: "Informe o código IBGE ou o CNPJ." },
    });
    expect(
      await organization(world.admin, {
        name: "Errada",
        kind: "MUNICIPALITY",
        ibgeCode: "3550309",
        cnpj: "11.222.333/0001-82",
      }),
    ).toMatchObject({
      fieldErrors: { ibgeCode: "Código IBGE de município inválido.", cnpj: "CNPJ inválido." },
    });
    const created = await organization(world.admin, {
      name: "Prefeitura de Brasília",
      kind: "MUNICIPALITY",
      ibgeCode: "5300108",
    });
    expect(created.ok).toBe(true);
    expect(
      await organization(world.admin, {
        name: "Outra",
        kind: "MUNICIPALITY",
        ibgeCode: "5300108",
      }),
    ).toMatchObject({
      fieldErrors: { ibgeCode: "Já existe uma organização com este código IBGE." },
    });
    expect(
      await organization(world.admin, {
        name: "Prefeitura de Brasília",
        kind: "MUNICIPALITY",
        cnpj: "11222333000181",
      }),
    ).toMatchObject({ fieldErrors: { name: "Já existe uma organização com este nome." } });
    if (!created.ok) return;
    expect(
      await organization(
        world.admin,
        {
          name: "Prefeitura Municipal de Brasília",
          kind: "MUNICIPALITY",
          ibgeCode: "5300108",
          cnpj: "11.222.333/0001-81",
        },
        { id: created.value.id },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await db.organization.findUniqueOrThrow({ where: { id: created.value.id } }),
    ).toMatchObject({
      name: "Prefeitura Municipal de Brasília",
      cnpj: "11222333000181",
    });
    expect(await db.auditLog.count({ where: { entityId: created.value.id } })).toBe(2);
  });

  it("reports a duplicate e-mail on users as the e-mail, not the CPF", async () => {
    expect(
      await asAction(userInput, createUser)(world.admin, {
        cpf: "714.602.380-01",
        name: "Outra Pessoa",
        email: "requerente@prefeitura.example",
        role: "REQUESTER",
        organizationId: world.requester.organizationId!,
      }),
    ).toMatchObject({ fieldErrors: { email: "Já existe um usuário com este e-mail." } });
  });
});

describe("support groups", () => {
  it("creates a group with analysts as members and edits its membership", async () => {
    const created = await group(world.admin, {
      name: "Atendimento N2",
      memberIds: [world.agent.id],
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.groupMember.count({ where: { groupId: created.value.id } })).toBe(1);
    expect(
      await group(
        world.admin,
        { name: "Atendimento N2", memberIds: [world.requester.id] },
        { id: created.value.id },
      ),
    ).toMatchObject({ fieldErrors: { memberIds: "Só analistas podem ser membros." } });
    expect(
      await group(
        world.admin,
        { name: "Atendimento N2", memberIds: [world.agent.id, world.otherAgent.id] },
        { id: created.value.id },
      ),
    ).toMatchObject({ ok: true });
    expect(await db.groupMember.count({ where: { groupId: created.value.id } })).toBe(2);
    expect(await group(world.admin, { name: "Atendimento N1" })).toMatchObject({
      fieldErrors: { name: "Já existe um grupo com este nome." },
    });
  });
});

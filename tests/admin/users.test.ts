import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { settledFor } from "@/lib/refusal";
import { importUsers } from "@/lib/admin/user-import";
import { userInput } from "@/lib/admin/user-schema";
import { createUser, sendFirstAccess, updateUser } from "@/lib/admin/users";
import { listUsers } from "@/lib/admin/user-queries";
import { demoWorld, type World } from "../factories";
import { asAction } from "./as-action";
import { valueOf } from "./value-of";

let world: World;
let organizationId: string;
beforeAll(async () => {
  world = await demoWorld();
  organizationId = world.requester.organizationId!;
});

const create = asAction(userInput, createUser);
const update = (id: string) =>
  asAction(userInput, (actor, values) => updateUser(actor, id, values));

const person = (overrides: object = {}) => ({
  cpf: "714.602.380-01",
  name: "Maria Souza",
  email: "Maria.Souza@prefeitura.example",
  phone: "(61) 99999-1234",
  role: "REQUESTER" as const,
  organizationId,
  ...overrides,
});

describe("users", () => {
  it("creates a user with a valid, unique CPF and e-mail, audited without secrets", async () => {
    expect(await create(world.admin, person({ cpf: "111.111.111-11", email: "x" }))).toMatchObject({
      fieldErrors: { cpf: "CPF inválido.", email: "Informe um e-mail válido." },
    });
    expect(await create(world.admin, person({ organizationId: "" }))).toMatchObject({
      fieldErrors: { organizationId: "Usuários máster pertencem a uma organização." },
    });
    const created = await create(world.admin, person());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.user.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({
      cpf: "71460238001",
      email: "maria.souza@prefeitura.example",
      phone: "61999991234",
      passwordHash: null,
    });
    expect(await create(world.admin, person({ email: "outra@prefeitura.example" }))).toMatchObject({
      fieldErrors: { cpf: "Já existe um usuário com este CPF." },
    });
    expect(await create(world.admin, person({ cpf: "529.982.247-25" }))).toMatchObject({
      fieldErrors: { cpf: "Já existe um usuário com este CPF." },
    });
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: created.value.id } });
    expect(log).toMatchObject({ action: "user.create", actorId: world.admin.id });
    expect(JSON.stringify(log.after)).not.toContain("passwordHash");
  });

  it("ends the sessions of a user who is deactivated or changes role, not of other edits", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: world.colleague.id } });
    const edit = (overrides: object) =>
      update(user.id)(world.admin, {
        cpf: user.cpf,
        name: user.name,
        email: user.email,
        role: "REQUESTER",
        organizationId,
        ...overrides,
      });
    const live = () => db.userSession.count({ where: { userId: user.id, endedAt: null } });
    const open = () =>
      db.userSession.create({
        data: { userId: user.id, expiresAt: new Date(Date.now() + 60 * 60_000) },
      });
    await open();
    expect(await edit({ name: "Acompanhante Renomeado" })).toMatchObject({ ok: true });
    expect(await live()).toBe(1);
    expect(await edit({ active: false })).toMatchObject({ ok: true });
    expect(await live()).toBe(0);
    expect(await edit({ active: true, name: user.name })).toMatchObject({ ok: true });
    await open();
    expect(
      await edit({ role: "AGENT", organizationId: "", groupIds: [world.n1.id] }),
    ).toMatchObject({ ok: true });
    expect(await live()).toBe(0);
    expect(await db.groupMember.count({ where: { userId: user.id } })).toBe(1);
    expect(await edit({})).toMatchObject({ ok: true }); // back to a requester: out of the groups
    expect(await db.groupMember.count({ where: { userId: user.id } })).toBe(0);
    expect(await edit({ groupIds: [world.n1.id] })).toMatchObject({
      fieldErrors: { groupIds: "Só analistas participam de grupos." },
    });
  });

  it("does not let an admin lock themself out", async () => {
    const me = await db.user.findUniqueOrThrow({ where: { id: world.admin.id } });
    const edit = (overrides: object) =>
      update(me.id)(world.admin, {
        cpf: me.cpf,
        name: me.name,
        email: me.email,
        role: "ADMIN",
        ...overrides,
      });
    expect(await edit({ active: false })).toMatchObject({
      fieldErrors: { active: "Você não pode desativar o seu próprio usuário." },
    });
    expect(await edit({ role: "AGENT" })).toMatchObject({
      fieldErrors: { role: "Você não pode mudar o seu próprio papel." },
    });
    expect(await edit({ name: "Administrador Demo" })).toMatchObject({ ok: true });
  });

  it("lists and finds users by name, CPF or e-mail", async () => {
    const byName = await valueOf(listUsers(world.admin, { busca: "Analista", pagina: 1 }));
    expect(byName.rows.map((u) => u.name)).toEqual([
      "Analista Demo",
      "Analista Relacionamento Demo",
    ]);
    expect(
      (await valueOf(listUsers(world.admin, { busca: "529.982", pagina: 1 }))).rows.map(
        (u) => u.name,
      ),
    ).toEqual(["Requerente Demo"]);
    expect((await valueOf(listUsers(world.admin, { papel: "ADMIN", pagina: 1 }))).total).toBe(1);
  });

  it("sends a first-access link through the outbox", async () => {
    expect(
      await settledFor(world.admin, sendFirstAccess(world.admin, world.stateRequester.id)),
    ).toMatchObject({ ok: true });
    expect(
      await db.outboxMessage.count({
        where: { toAddress: "requerente@estado.example", kind: "account.password_link" },
      }),
    ).toBe(1);
  });

  it("imports the good rows of a CSV and reports each bad one with its line and reason", async () => {
    const csv = [
      "cpf;nome;email;telefone;papel;organizacao",
      "039.053.240-16;Ana Lima;ana@prefeitura.example;61988887777;Usuário máster;Prefeitura Municipal de Demonstração",
      "123.456.789-00;CPF Errado;errado@prefeitura.example;;Usuário máster;Prefeitura Municipal de Demonstração",
      "529.982.247-25;Já Existe;novo@prefeitura.example;;Usuário máster;Prefeitura Municipal de Demonstração",
      "842.395.680-64;Sem Órgão;sem@prefeitura.example;;Usuário máster;Prefeitura Inexistente",
      "165.948.230-51;Bruno Analista;bruno@suporte.example;;Analista;",
    ].join("\n");
    const result = await settledFor(world.admin, importUsers(world.admin, csv));
    expect(result).toEqual({
      ok: true,
      value: {
        imported: 2,
        refused: [
          { line: 3, cpf: "123.456.789-00", reason: "CPF inválido." },
          { line: 4, cpf: "529.982.247-25", reason: "Já existe um usuário com este CPF." },
          { line: 5, cpf: "842.395.680-64", reason: "Organização não encontrada." },
        ],
      },
    });
    expect(await db.user.findUnique({ where: { cpf: "03905324016" } })).toMatchObject({
      name: "Ana Lima",
    });
    expect(await db.user.findUnique({ where: { cpf: "16594823051" } })).toMatchObject({
      role: "AGENT",
    });
    expect(
      await settledFor(world.admin, importUsers(world.admin, "nome;email\nx;y")),
    ).toMatchObject({
      fieldErrors: { file: "Faltam as colunas: cpf, telefone, papel, organizacao." },
    });
  });
});

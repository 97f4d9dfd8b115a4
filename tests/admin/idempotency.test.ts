import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adminSaveAction, savedForm } from "@/lib/admin/admin-action";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { saveAnnouncement } from "@/lib/admin/announcements";
import { organizationInput } from "@/lib/admin/organization-schema";
import { saveOrganization } from "@/lib/admin/organizations";
import { createUser } from "@/lib/admin/users";
import { userInput } from "@/lib/admin/user-schema";
import { saveCategory } from "@/lib/catalog/admin";
import { categoryInput } from "@/lib/catalog/item-schema";
import { demoWorld, type World } from "../factories";

// The admin forms' save actions are adminSaveAction around a service with the form's one schema,
// as built here; the signed-in user is the admin of the demo world.
let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const asAdmin = () => async () => ({ ...world.admin, name: "Administrador Demo" });

const saveUser = () =>
  adminSaveAction(
    { action: "user.save", schema: savedForm(userInput), currentUser: asAdmin() },
    (user, input) => createUser(user, input.values),
  );

const maria = (overrides: object = {}) => ({
  cpf: "714.602.380-01",
  name: "Maria Idempotente",
  email: "maria.idempotente@prefeitura.example",
  role: "AGENT",
  ...overrides,
});

describe("admin forms run once per request key", () => {
  it("creates one user when the same submission arrives twice, at once or later", async () => {
    const key = randomUUID();
    const action = saveUser();
    const [first, second] = await Promise.all([
      action({ key, values: maria() }),
      action({ key, values: maria() }),
    ]);
    const third = await action({ key, values: maria() });
    expect(await db.user.count({ where: { cpf: "71460238001" } })).toBe(1);
    const ids = [first, second, third].flatMap((r) => (r.ok ? [r.value.id] : []));
    // Every answer names the one user; the twin still in flight may be told to wait instead.
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.create" } })).toBe(1);
  });

  it("lets a refused submission be corrected and sent again with the same key", async () => {
    const key = randomUUID();
    const action = saveUser();
    const refused = await action({ key, values: maria({ cpf: "529.982.247-25", name: "Outra" }) });
    expect(refused).toMatchObject({ fieldErrors: { cpf: "Já existe um usuário com este CPF." } });
    const fixed = await action({
      key,
      values: maria({ cpf: "046.534.250-78", email: "outra@prefeitura.example", name: "Outra" }),
    });
    expect(fixed).toMatchObject({ ok: true });
    // A new form (a new key) with the same data is a new submission, refused as a duplicate.
    expect(
      await action({
        key: randomUUID(),
        values: maria({ cpf: "046.534.250-78", email: "outra@prefeitura.example" }),
      }),
    ).toMatchObject({ fieldErrors: { cpf: "Já existe um usuário com este CPF." } });
  });

  it.each([
    {
      name: "organization",
      action: adminSaveAction(
        {
          action: "organization.save",
          schema: savedForm(organizationInput),
          currentUser: asAdmin(),
        },
        saveOrganization,
      ),
      values: { name: "Município Único", kind: "STATE", ibgeCode: "17" },
      count: () => db.organization.count({ where: { name: "Município Único" } }),
    },
    {
      name: "category",
      action: adminSaveAction(
        { action: "category.save", schema: savedForm(categoryInput), currentUser: asAdmin() },
        saveCategory,
      ),
      values: { name: "Categoria Única" },
      count: () => db.catalogCategory.count({ where: { name: "Categoria Única" } }),
    },
    {
      name: "announcement",
      action: adminSaveAction(
        {
          action: "announcement.save",
          schema: savedForm(announcementInput),
          currentUser: asAdmin(),
        },
        saveAnnouncement,
      ),
      values: { title: "Aviso único", body: "Texto.", startsOn: "2026-01-05" },
      count: () => db.announcement.count({ where: { title: "Aviso único" } }),
    },
  ])("saves one $name for a repeated key", async ({ action, values, count }) => {
    const key = randomUUID();
    expect(await action({ key, values })).toMatchObject({ ok: true });
    expect(await action({ key, values })).toMatchObject({ ok: true });
    expect(await count()).toBe(1);
  });

  it("parses the whole submission once: its values' errors are named under values", async () => {
    const action = saveUser();
    expect(await action({ key: randomUUID(), values: maria({ cpf: "123" }) })).toMatchObject({
      error: "invalid",
      fieldErrors: { "values.cpf": "CPF inválido." },
    });
    expect(
      await action({ key: randomUUID(), values: maria({ cpf: "842.395.680-64" }), role: "ADMIN" }),
    ).toMatchObject({ error: "invalid", fieldErrors: { role: expect.any(String) } });
    expect(await db.user.count({ where: { cpf: "84239568064" } })).toBe(0);
  });

  it("refuses a submission without a valid key, next to the form", async () => {
    const action = saveUser();
    expect(await action({ values: maria({ cpf: "390.533.447-05" }) })).toMatchObject({
      error: "invalid",
      fieldErrors: { key: expect.any(String) },
    });
    expect(await action({ key: "short", values: maria() })).toMatchObject({ error: "invalid" });
  });
});

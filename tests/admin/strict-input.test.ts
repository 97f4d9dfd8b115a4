import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { saveAnnouncement } from "@/lib/admin/announcements";
import { groupInput, organizationInput } from "@/lib/admin/organization-schema";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import { userInput } from "@/lib/admin/user-schema";
import { createUser } from "@/lib/admin/users";
import { saveCategory, saveItem } from "@/lib/catalog/admin";
import { emptyField } from "@/lib/catalog/field-schema";
import { categoryInput, itemInput } from "@/lib/catalog/item-schema";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "./as-action";

// Each admin service called through its action's one schema, parsed once at the boundary.
const createUserAs = asAction(userInput, createUser);
const organization = asSave(organizationInput, saveOrganization);
const group = asSave(groupInput, saveGroup);
const category = asSave(categoryInput, saveCategory);
const item = asSave(itemInput, saveItem);
const announcement = asSave(announcementInput, saveAnnouncement);

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const person = (overrides: object = {}) => ({
  cpf: "714.602.380-01",
  name: "Maria Souza",
  email: "maria.souza@prefeitura.example",
  role: "AGENT" as const,
  ...overrides,
});

const CONTROL = "Use apenas uma linha, sem caracteres de controle.";

describe("admin input is strict", () => {
  it("refuses a CR/LF in names, titles and e-mails, next to the field", async () => {
    expect(await createUserAs(world.admin, person({ name: "Maria\r\nBcc: x" }))).toMatchObject({
      fieldErrors: { name: CONTROL },
    });
    expect(
      await createUserAs(world.admin, person({ email: "a@b.example\nBcc: c@d.example" })),
    ).toMatchObject({ error: "invalid", fieldErrors: { email: expect.any(String) } });
    expect(
      await organization(world.admin, { name: "Nova\nLinha", kind: "STATE", ibgeCode: "17" }),
    ).toMatchObject({ fieldErrors: { name: CONTROL } });
    expect(await group(world.admin, { name: "Grupo\r1" })).toMatchObject({
      fieldErrors: { name: CONTROL },
    });
    expect(await category(world.admin, { name: "Cat\u0000egoria" })).toMatchObject({
      fieldErrors: { name: CONTROL },
    });
    expect(
      await announcement(world.admin, {
        title: "Aviso\r\nX-Header: 1",
        body: "Texto em\nduas linhas.",
        startsOn: "2026-01-05",
      }),
    ).toMatchObject({ fieldErrors: { title: CONTROL } });
    const saved = await item(world.admin, {
      title: "Item\nnovo",
      categoryId: world.gerid.categoryId,
      groupId: world.n1.id,
      slaFirstResponseMinutes: "",
      slaResolutionMinutes: "",
      fields: [{ ...emptyField(), label: "Rótulo\r", key: "campo" }],
    });
    expect(saved).toMatchObject({ fieldErrors: { title: CONTROL } });
    expect(await db.user.count({ where: { cpf: "71460238001" } })).toBe(0);
  });

  it("keeps line breaks where text is multi-line", async () => {
    expect(
      await announcement(world.admin, {
        title: "Aviso",
        body: "Primeira linha.\r\nSegunda linha.",
        startsOn: "2026-01-05",
      }),
    ).toMatchObject({ ok: true });
  });

  it("refuses unknown keys", async () => {
    expect(
      await createUserAs(world.admin, { ...person(), passwordHash: "x" } as never),
    ).toMatchObject({ error: "invalid", fieldErrors: { passwordHash: expect.any(String) } });
    expect(
      await organization(world.admin, {
        name: "Org",
        kind: "STATE",
        ibgeCode: "17",
        users: 3,
      } as never),
    ).toMatchObject({ fieldErrors: { users: expect.any(String) } });
    expect(await category(world.admin, { name: "Cat", slug: "minha" } as never)).toMatchObject({
      fieldErrors: { slug: expect.any(String) },
    });
  });

  it("takes a CPF only as text, never a number or a list", async () => {
    for (const cpf of [71460238001, ["714.602.380-01"], { value: "71460238001" }]) {
      expect(await createUserAs(world.admin, person({ cpf }))).toMatchObject({
        error: "invalid",
        fieldErrors: { cpf: expect.any(String) },
      });
    }
    expect(await createUserAs(world.admin, person({ cpf: "7".repeat(1000) }))).toMatchObject({
      fieldErrors: { cpf: "CPF inválido." },
    });
    expect(await db.user.count({ where: { cpf: "71460238001" } })).toBe(0);
  });

  it("bounds lengths and list sizes", async () => {
    expect(await createUserAs(world.admin, person({ name: "M".repeat(201) }))).toMatchObject({
      fieldErrors: { name: "O nome pode ter no máximo 200 caracteres." },
    });
    expect(
      await group(world.admin, {
        name: "Grupo grande",
        memberIds: Array.from({ length: 501 }, (_, i) => `id${i}`),
      }),
    ).toMatchObject({ fieldErrors: { memberIds: "Membros demais." } });
  });
});

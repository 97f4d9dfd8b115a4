import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { adminAction } from "@/lib/admin/admin-action";
import { settledFor } from "@/lib/refusal";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { listAnnouncements, saveAnnouncement } from "@/lib/admin/announcements";
import { listAudit } from "@/lib/admin/audit";
import { listGroups, listOrganizations } from "@/lib/admin/organization-queries";
import { organizationInput } from "@/lib/admin/organization-schema";
import { saveOrganization } from "@/lib/admin/organizations";
import { listSecurityEvents } from "@/lib/admin/security-log";
import { listUsers, userForEditor, userFormChoices } from "@/lib/admin/user-queries";
import { importUsers } from "@/lib/admin/user-import";
import { userInput } from "@/lib/admin/user-schema";
import { createUser } from "@/lib/admin/users";
import { saveItem } from "@/lib/catalog/admin";
import { catalogueTree, groupChoices, itemForEditor } from "@/lib/catalog/admin-queries";
import { itemInput } from "@/lib/catalog/item-schema";
import type { Actor } from "@/lib/tickets/actor";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "./as-action";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

/** Each admin read, by the name the security log gives it. */
const reads: [string, (actor: Actor) => Promise<{ ok: boolean }>][] = [
  ["user.list", (actor) => listUsers(actor, { pagina: 1 })],
  ["user.read", (actor) => userForEditor(actor, world.requester.id)],
  ["user.choices", (actor) => userFormChoices(actor)],
  ["organization.list", (actor) => listOrganizations(actor)],
  ["group.list", (actor) => listGroups(actor)],
  ["audit.list", (actor) => listAudit(actor, { pagina: 1 })],
  ["security.list", (actor) => listSecurityEvents(actor, { pagina: 1 })],
  ["announcement.list", (actor) => listAnnouncements(actor)],
  ["catalogue.tree", (actor) => catalogueTree(actor)],
  ["item.read", (actor) => itemForEditor(actor, world.gerid.id)],
  ["item.groups", (actor) => groupChoices(actor)],
];

const refusalsOf = (actorId: string, subject: string) =>
  db.securityEvent.count({ where: { kind: "permission.refused", actorId, subject } });

describe("admin reads check the caller themselves", () => {
  it.each(reads)(
    "%s: an admin reads it; a requester and an agent are refused and logged",
    async (name, read) => {
      expect(await read(world.admin)).toMatchObject({ ok: true });
      for (const actor of [world.requester, world.agent]) {
        expect(await read(actor)).toEqual({
          ok: false,
          error: "forbidden",
          message: "Você não tem permissão para esta ação.",
        });
        expect(await refusalsOf(actor.id, name)).toBe(1);
      }
      expect(await refusalsOf(world.admin.id, name)).toBe(0);
    },
  );
});

describe("admin writes refused to non-admins are in the security log", () => {
  it("logs the refused service call with the action's name, and changes nothing", async () => {
    const users = await db.user.count();
    expect(
      await asAction(userInput, createUser)(world.agent, {
        cpf: "714.602.380-01",
        name: "Intrusa",
        email: "intrusa@example.com",
        role: "ADMIN",
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(
      await settledFor(world.requester, importUsers(world.requester, "cpf;nome\n")),
    ).toMatchObject({ error: "forbidden" });
    expect(
      await asSave(organizationInput, saveOrganization)(world.requester, {
        name: "X",
        kind: "STATE",
        ibgeCode: "53",
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(
      await asSave(announcementInput, saveAnnouncement)(world.agent, {
        title: "X",
        body: "Y",
        startsOn: "2026-01-01",
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(
      await asSave(itemInput, saveItem)(world.agent, {
        title: "X",
        categoryId: world.gerid.categoryId,
        groupId: world.n1.id,
        slaFirstResponseMinutes: "",
        slaResolutionMinutes: "",
        fields: [],
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(await db.user.count()).toBe(users);
    expect(await refusalsOf(world.agent.id, "user.create")).toBe(1);
    expect(await refusalsOf(world.requester.id, "user.import")).toBe(1);
    expect(await refusalsOf(world.requester.id, "organization.save")).toBe(1);
    expect(await refusalsOf(world.agent.id, "announcement.save")).toBe(1);
    expect(await refusalsOf(world.agent.id, "item.save")).toBe(1);
  });

  it("an admin action refuses a signed-in non-admin before reading the input, and logs it", async () => {
    const calls: unknown[] = [];
    const action = (actor: Actor) =>
      adminAction(
        {
          action: "test.action",
          schema: z.strictObject({ name: z.string() }),
          currentUser: async () => ({ ...actor, name: "Alguém" }),
        },
        async (_user, input) => {
          calls.push(input);
          return { ok: true as const, value: null };
        },
      );
    expect(await action(world.requester)({ anything: ["at", "all"] })).toMatchObject({
      error: "forbidden",
    });
    expect(calls).toEqual([]);
    expect(await refusalsOf(world.requester.id, "test.action")).toBe(1);
    expect(await action(world.admin)({ name: "ok", extra: 1 })).toMatchObject({
      error: "invalid",
      fieldErrors: { extra: expect.any(String) },
    });
    expect(await action(world.admin)({ name: "ok" })).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ name: "ok" }]);
  });
});

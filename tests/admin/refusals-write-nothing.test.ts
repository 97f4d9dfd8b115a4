import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { settledFor } from "@/lib/refusal";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/admin/announcements";
import { groupInput, organizationInput } from "@/lib/admin/organization-schema";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import { addHoliday, removeHoliday, updateSettings } from "@/lib/admin/settings";
import { holidayInput } from "@/lib/admin/settings-schema";
import { importUsers } from "@/lib/admin/user-import";
import { userInput } from "@/lib/admin/user-schema";
import { createUser, updateUser } from "@/lib/admin/users";
import { saveCategory, saveItem } from "@/lib/catalog/admin";
import { moveInCatalogue } from "@/lib/catalog/admin-order";
import { categoryInput, itemInput, moveInput } from "@/lib/catalog/item-schema";
import { retryFailedEmails } from "@/lib/notifications/outbox-admin";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "./as-action";

// A refused admin change writes nothing, its audit entry included: the services throw their
// refusal inside the transaction (lib/refusal.ts), which rolls back what ran before it.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

/** The rows of the tables a change could touch, the audit log always among them. */
async function rows(...tables: (() => Promise<number>)[]) {
  return Promise.all([db.auditLog.count(), ...tables.map((count) => count())]);
}

/** Runs `refused`, expects it refused as `error`, and the counted rows unchanged. */
async function writesNothing(
  refused: () => Promise<{ ok: boolean }>,
  error: string,
  ...tables: (() => Promise<number>)[]
) {
  const before = await rows(...tables);
  expect(await refused()).toMatchObject({ ok: false, error });
  expect(await rows(...tables)).toEqual(before);
}

const users = () => db.user.count();

describe("a refused admin change writes nothing", () => {
  it("users: a taken CPF, an unknown user, a group for a requester", async () => {
    const values = {
      cpf: "529.982.247-25", // the demo requester's
      name: "Outra Pessoa",
      email: "outra.pessoa@prefeitura.example",
      role: "AGENT" as const,
    };
    await writesNothing(
      () => asAction(userInput, createUser)(world.admin, values),
      "invalid",
      users,
    );
    const update = (id: string) =>
      asAction(userInput, (actor, data) => updateUser(actor, id, data));
    await writesNothing(
      () => update("nao-existe")(world.admin, { ...values, cpf: "714.602.380-01" }),
      "not-found",
      users,
    );
    await writesNothing(
      () =>
        update(world.colleague.id)(world.admin, {
          ...values,
          cpf: "390.533.447-05",
          role: "REQUESTER",
          organizationId: world.colleague.organizationId!,
          groupIds: [world.n1.id],
        }),
      "invalid",
      users,
      () => db.groupMember.count(),
    );
  });

  it("user import: a file it cannot use adds nobody", async () => {
    const importAs = (csv: string) => settledFor(world.admin, importUsers(world.admin, csv));
    await writesNothing(() => importAs("cpf;nome\n71460238001;Maria"), "invalid", users);
    await writesNothing(() => importAs('cpf;nome\n"sem fim'), "invalid", users);
  });

  it("organizations and groups: a taken name, an unknown record, a member not an analyst", async () => {
    const organizations = () => db.organization.count();
    const organization = asSave(organizationInput, saveOrganization);
    await writesNothing(
      () =>
        organization(world.admin, {
          name: "Prefeitura Municipal de Demonstração",
          kind: "STATE",
          ibgeCode: "17",
        }),
      "invalid",
      organizations,
    );
    await writesNothing(
      () =>
        organization(world.admin, { name: "Nova", kind: "STATE", ibgeCode: "17" }, { id: "x1" }),
      "not-found",
      organizations,
    );
    const group = asSave(groupInput, saveGroup);
    await writesNothing(
      () =>
        group(
          world.admin,
          { name: "Atendimento N1", memberIds: [world.agent.id, world.requester.id] },
          { id: world.n1.id },
        ),
      "invalid",
      () => db.supportGroup.count(),
      () => db.groupMember.count(),
    );
  });

  it("catalogue: a category in itself, an item's save after it claimed its version, a move", async () => {
    const categories = () => db.catalogCategory.count();
    const category = asSave(categoryInput, saveCategory);
    const parent = await category(world.admin, { name: "Pai" });
    if (!parent.ok) throw new Error(parent.message);
    const child = await category(world.admin, { name: "Filha", parentId: parent.value.id });
    if (!child.ok) throw new Error(child.message);
    await writesNothing(
      () =>
        category(world.admin, { name: "Pai", parentId: child.value.id }, { id: parent.value.id }),
      "invalid",
      categories,
    );

    // The save claims the version it was edited from (a write) before it finds the group
    // inactive: the claim is rolled back with the rest, so the editor can still save.
    await db.supportGroup.update({
      where: { id: world.relacionamento.id },
      data: { active: false },
    });
    const item = await db.catalogItem.findUniqueOrThrow({ where: { id: world.gerid.id } });
    const version = item.updatedAt.toISOString();
    await writesNothing(
      () =>
        asSave(itemInput, saveItem)(
          world.admin,
          {
            title: "GERID renomeado",
            categoryId: item.categoryId,
            groupId: world.relacionamento.id,
            slaFirstResponseMinutes: "",
            slaResolutionMinutes: "",
            fields: [],
          },
          { id: item.id, version },
        ),
      "invalid",
      () => db.catalogItem.count({ where: { updatedAt: item.updatedAt, title: item.title } }),
      () => db.catalogField.count(),
    );

    await writesNothing(
      () =>
        asAction(moveInput, moveInCatalogue)(world.admin, {
          kind: "item",
          id: "nao-existe",
          direction: "up",
        }),
      "not-found",
      () => db.catalogItem.count({ where: { position: 0 } }),
    );
  });

  it("settings, holidays and announcements: unknown records, a repeated day, a non-admin", async () => {
    const holidays = () => db.holiday.count();
    await writesNothing(
      () => settledFor(world.admin, removeHoliday(world.admin, "2031-01-02")),
      "not-found",
      holidays,
    );
    const holiday = asAction(holidayInput, addHoliday);
    expect(await holiday(world.admin, { date: "2031-12-25", name: "Natal" })).toMatchObject({
      ok: true,
    });
    await writesNothing(
      () => holiday(world.admin, { date: "2031-12-25", name: "De novo" }),
      "invalid",
      holidays,
    );
    const settings = await db.settings.findUnique({ where: { id: 1 } });
    await writesNothing(
      () =>
        settledFor(
          world.agent,
          updateSettings(world.agent, {
            autoCloseDays: 1,
            autoCloseReminderDays: 0,
            infoReminderDays: 0,
            infoCloseDays: 0,
            attachmentMaxMb: 1,
            attachmentsPerTicket: 1,
            attachmentKinds: ["pdf"],
            stagingQuotaMb: 1,
            stagingQuotaFiles: 1,
            uploadMinKbps: 1,
            uploadTimeoutSeconds: 10,
            slaFirstResponseMinutes: 1,
            slaResolutionMinutes: 1,
            slaPausedAwaitingSupport: false,
            businessDays: [1],
            businessStart: "08:00",
            businessEnd: "09:00",
            timeZone: "UTC",
          }),
        ),
      "forbidden",
      () => db.settings.count(),
    );
    expect(await db.settings.findUnique({ where: { id: 1 } })).toEqual(settings);

    const announcements = () => db.announcement.count();
    await writesNothing(
      () =>
        asSave(announcementInput, saveAnnouncement)(
          world.admin,
          { title: "Aviso", body: "Texto.", startsOn: "2031-01-05" },
          { id: "nao-existe" },
        ),
      "not-found",
      announcements,
    );
    await writesNothing(
      () => settledFor(world.admin, deleteAnnouncement(world.admin, "nao-existe")),
      "not-found",
      announcements,
    );
  });

  it("e-mails: a retry by a non-admin puts nothing back in the queue", async () => {
    const now = new Date();
    await db.outboxMessage.create({
      data: {
        kind: "ticket.comment",
        toAddress: "falhou@prefeitura.example",
        toName: "Falhou",
        subject: "Assunto",
        text: "Texto",
        html: "<p>Texto</p>",
        messageId: "<falhou@portal.example>",
        state: "FAILED",
        nextAttemptAt: now,
        retryUntil: now,
      },
    });
    await writesNothing(
      () => settledFor(world.agent, retryFailedEmails(world.agent, "all", now)),
      "forbidden",
      () => db.outboxMessage.count({ where: { state: "FAILED" } }),
    );
    expect(
      await db.securityEvent.count({ where: { actorId: world.agent.id, subject: "email.retry" } }),
    ).toBe(1);
  });
});

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { settledFor } from "@/lib/refusal";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/admin/announcements";
import { listAudit } from "@/lib/admin/audit";
import { groupInput } from "@/lib/admin/organization-schema";
import { addHoliday, removeHoliday, updateSettings } from "@/lib/admin/settings";
import { holidayInput, settingsInput } from "@/lib/admin/settings-schema";
import { saveGroup } from "@/lib/admin/organizations";
import { importUsers } from "@/lib/admin/user-import";
import { currentAnnouncement } from "@/lib/announcements";
import { forgetPortalSettings, getPortalSettings, SETTINGS_KEPT_MS } from "@/lib/portal-settings";
import { getSettings } from "@/lib/settings";
import { demoWorld, type World } from "../factories";
import { asAction, asSave } from "./as-action";
import { valueOf } from "./value-of";

const settings = asAction(settingsInput, updateSettings);
const holiday = asAction(holidayInput, addHoliday);
const announcement = asSave(announcementInput, saveAnnouncement);

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});
beforeEach(async () => {
  await db.auditLog.deleteMany();
  await db.settings.deleteMany();
});

const valid = {
  autoCloseDays: 5,
  autoCloseReminderDays: 1,
  infoReminderDays: 2,
  infoCloseDays: 0,
  attachmentMaxMb: 20,
  attachmentsPerTicket: 30,
  attachmentKinds: ["pdf", "images", "pdf"] as ("pdf" | "images")[],
  stagingQuotaMb: 30,
  stagingQuotaFiles: 10,
  uploadMinKbps: 16,
  uploadTimeoutSeconds: 300,
  slaFirstResponseMinutes: 240,
  slaResolutionMinutes: 1200,
  slaPausedAwaitingSupport: true,
  businessDays: [5, 1, 2, 3, 4, 1],
  businessStart: "07:30",
  businessEnd: "17:30",
  timeZone: "America/Manaus",
};

describe("settings", () => {
  it("saves valid settings and records before and after in the audit log", async () => {
    expect(await settings(world.admin, valid)).toEqual({ ok: true, value: null });
    expect(await getSettings(db)).toMatchObject({
      autoCloseDays: 5,
      autoCloseReminderDays: 1,
      infoReminderDays: 2,
      infoCloseDays: 0,
      attachmentKinds: "pdf,images",
      stagingQuotaMb: 30,
      stagingQuotaFiles: 10,
      uploadMinKbps: 16,
      uploadTimeoutSeconds: 300,
      businessDays: "1,2,3,4,5",
      businessStart: "07:30",
      timeZone: "America/Manaus",
    });
    const { rows } = await valueOf(listAudit(world.admin, { pagina: 1 }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "settings.update",
      entityType: "settings",
      actorId: world.admin.id,
      before: expect.objectContaining({ autoCloseDays: 7, timeZone: "America/Sao_Paulo" }),
      after: expect.objectContaining({ autoCloseDays: 5, timeZone: "America/Manaus" }),
    });
  });

  it("keeps what pages read between requests: a save is seen at once, a write elsewhere in time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      forgetPortalSettings();
      expect((await getPortalSettings()).autoCloseDays).toBe(7);
      // Another portal process saves: this one keeps what it read, for a while.
      await db.settings.create({ data: { id: 1, autoCloseDays: 3 } });
      expect((await getPortalSettings()).autoCloseDays).toBe(7);
      vi.advanceTimersByTime(SETTINGS_KEPT_MS);
      expect((await getPortalSettings()).autoCloseDays).toBe(3);
      // Saved through this process: seen at once.
      expect(await settings(world.admin, valid)).toEqual({ ok: true, value: null });
      expect(await getPortalSettings()).toMatchObject({
        autoCloseDays: 5,
        timeZone: "America/Manaus",
      });
    } finally {
      vi.useRealTimers();
      forgetPortalSettings();
    }
  });

  it("refuses bad values next to each field, writing nothing", async () => {
    const result = await settings(world.admin, {
      ...valid,
      autoCloseDays: 0,
      attachmentKinds: [],
      businessDays: [],
      businessStart: "18:00",
      businessEnd: "08:00",
      timeZone: "Lua/Cratera",
      infoReminderDays: -1,
      infoCloseDays: 61,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        autoCloseDays: "Os dias para fechar sozinha: no mínimo 1.",
        infoReminderDays: "Os dias úteis até o lembrete de informações: no mínimo 0.",
        infoCloseDays: "Os dias úteis até fechar sem retorno: no máximo 60.",
        businessDays: "Escolha ao menos um dia útil.",
        attachmentKinds: "Escolha ao menos um tipo de arquivo.",
        timeZone: "Fuso horário desconhecido (ex.: America/Sao_Paulo).",
      },
    });
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect(
      await settings(world.admin, {
        ...valid,
        stagingQuotaMb: 0,
        stagingQuotaFiles: 201,
        uploadMinKbps: 1.5,
        uploadTimeoutSeconds: 5,
      }),
    ).toMatchObject({
      fieldErrors: {
        stagingQuotaMb: "O espaço para anexos ainda não enviados (MB): no mínimo 1.",
        stagingQuotaFiles: "O número de anexos ainda não enviados: no máximo 200.",
        uploadMinKbps: "Use um número inteiro para a velocidade mínima de envio (kbit/s).",
        uploadTimeoutSeconds: "O tempo máximo de envio (segundos): no mínimo 10.",
      },
    });
    // Strict: a field the form does not have is refused, not silently dropped.
    expect(
      await settings(world.admin, { ...valid, id: 2 } as unknown as typeof valid),
    ).toMatchObject({ ok: false, error: "invalid" });
    expect(await db.settings.count()).toBe(0);
    expect(
      await settings(world.admin, { ...valid, businessStart: "18:00", businessEnd: "08:00" }),
    ).toMatchObject({
      fieldErrors: { businessEnd: "O fim do expediente deve ser depois do início." },
    });
    expect(
      await settings(world.admin, { ...valid, autoCloseDays: 2, autoCloseReminderDays: 2 }),
    ).toMatchObject({
      fieldErrors: {
        autoCloseReminderDays:
          "O lembrete deve vir antes do fechamento: use menos dias que para fechar sozinha.",
      },
    });
    expect(await db.settings.count()).toBe(0);
  });

  it("adds and removes holidays once each, audited", async () => {
    expect(await holiday(world.admin, { date: "2026-12-25", name: "Natal" })).toMatchObject({
      ok: true,
    });
    expect(await holiday(world.admin, { date: "2026-12-25", name: "De novo" })).toMatchObject({
      fieldErrors: { date: "Esta data já é feriado." },
    });
    expect(await settledFor(world.admin, removeHoliday(world.admin, "2026-12-25"))).toMatchObject({
      ok: true,
    });
    expect(await settledFor(world.admin, removeHoliday(world.admin, "2026-12-25"))).toMatchObject({
      error: "not-found",
    });
    const { rows } = await valueOf(listAudit(world.admin, { pagina: 1, tipo: "holiday" }));
    expect(rows.map((r) => r.action)).toEqual(["holiday.delete", "holiday.create"]);
  });
});

describe("announcements", () => {
  it("creates, edits and deletes a Comunicado; the home page shows it between its dates", async () => {
    await db.announcement.deleteMany();
    const created = await announcement(world.admin, {
      title: "Manutenção programada",
      body: "O portal ficará fora do ar no sábado.",
      startsOn: "2026-11-20",
      endsOn: "2026-11-30",
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await currentAnnouncement(new Date("2026-11-30T23:00:00-03:00")))?.title).toBe(
      "Manutenção programada",
    );
    expect(await currentAnnouncement(new Date("2026-12-01T00:01:00-03:00"))).toBeNull();

    expect(
      await announcement(
        world.admin,
        {
          title: "Manutenção adiada",
          body: "Nova data a confirmar.",
          startsOn: "2026-11-20",
          endsOn: "",
        },
        { id: created.value.id },
      ),
    ).toMatchObject({ ok: true });
    expect((await currentAnnouncement(new Date("2027-01-01T12:00:00Z")))?.title).toBe(
      "Manutenção adiada",
    );

    expect(
      await announcement(world.admin, {
        title: "",
        body: "x",
        startsOn: "2026-11-20",
        endsOn: "2026-11-01",
      }),
    ).toMatchObject({
      fieldErrors: {
        title: "Informe o título.",
        endsOn: "O fim deve ser no mesmo dia do início ou depois.",
      },
    });

    expect(
      await settledFor(world.admin, deleteAnnouncement(world.admin, created.value.id)),
    ).toMatchObject({ ok: true });
    const { rows } = await valueOf(listAudit(world.admin, { pagina: 1, tipo: "announcement" }));
    expect(rows.map((r) => r.action)).toEqual([
      "announcement.delete",
      "announcement.update",
      "announcement.create",
    ]);
    expect(rows[1]).toMatchObject({
      before: expect.objectContaining({ title: "Manutenção programada" }),
      after: expect.objectContaining({ title: "Manutenção adiada", endsAt: null }),
    });
  });
});

describe("permissions", () => {
  it("refuses every admin service to anyone but an admin, whatever calls it", async () => {
    for (const actor of [world.agent, world.requester]) {
      expect(await settings(actor, valid)).toMatchObject({ error: "forbidden" });
      expect(await holiday(actor, { date: "2026-12-25", name: "Natal" })).toMatchObject({
        error: "forbidden",
      });
      expect(
        await announcement(actor, {
          title: "x",
          body: "y",
          startsOn: "2026-11-20",
          endsOn: "",
        }),
      ).toMatchObject({ error: "forbidden" });
      expect(
        await settledFor(actor, importUsers(actor, "cpf;nome;email;telefone;papel;organizacao")),
      ).toMatchObject({ error: "forbidden" });
      expect(await asSave(groupInput, saveGroup)(actor, { name: "Grupo" })).toMatchObject({
        error: "forbidden",
      });
    }
    expect(await db.auditLog.count()).toBe(0);
  });
});

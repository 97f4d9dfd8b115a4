import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAnnouncement } from "@/lib/admin/announcements";
import { listAudit } from "@/lib/admin/audit";
import { DEFAULT_SETTINGS } from "@/lib/settings";
import { getPortalTime } from "@/lib/time/portal-time";
import { dayOf } from "@/lib/time/zone";
import { demoWorld, type World } from "../factories";
import { valueOf } from "../admin/value-of";
import { TEST_TIME_ZONE, expectedMidnight } from "../support/time-zone";

/** The portal's days come from its time zone setting, never from a fixed offset or the server. */
let world: World;
beforeAll(async () => {
  world = await demoWorld();
  await db.settings.create({ data: { id: 1, ...DEFAULT_SETTINGS, timeZone: TEST_TIME_ZONE } });
});

describe(`with the portal in ${TEST_TIME_ZONE}`, () => {
  it("shows an announcement from the zone's midnight of its first day to the end of its last", async () => {
    const { id } = await valueOf(
      saveAnnouncement(world.admin, {
        values: {
          title: "Manutenção",
          body: "Sistema fora do ar.",
          startsOn: "2026-12-01",
          endsOn: "2026-12-02",
        },
      }),
    );
    const saved = await db.announcement.findUniqueOrThrow({ where: { id } });
    expect(saved.startsAt).toEqual(expectedMidnight("2026-12-01"));
    expect(saved.endsAt).toEqual(expectedMidnight("2026-12-03"));
  });

  it("filters the audit log by the zone's days", async () => {
    const today = dayOf(new Date(), TEST_TIME_ZONE);
    const onToday = await valueOf(listAudit(world.admin, { de: today, ate: today, pagina: 1 }));
    expect(onToday.rows.map((r) => r.action)).toContain("announcement.create");
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const later = await valueOf(listAudit(world.admin, { de: tomorrow, pagina: 1 }));
    expect(later.rows).toHaveLength(0);
  });

  it("gives pages the zone's today and clock", async () => {
    const time = await getPortalTime();
    expect(time.timeZone).toBe(TEST_TIME_ZONE);
    expect(time.today).toBe(dayOf(time.now, TEST_TIME_ZONE));
    const midnight = expectedMidnight("2026-12-01");
    expect(time.dateTime(midnight)).toBe("01/12/2026, 00:00");
  });
});

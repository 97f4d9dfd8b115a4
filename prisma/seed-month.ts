/**
 * A month of a municipal service desk, written after the base demo (seed.ts) into a fresh demo
 * database only: `npm start` on the embedded default (scripts/prepare-database.ts). Its stories
 * (prisma/demo/stories.ts, routine.ts) are told backwards from `now`, so "há 2 dias" stays true
 * whenever the demo is written; the same seed writes the same month. One transaction: the month
 * is all there or not at all.
 */
import type { Db, Tx } from "@/lib/db/client";
import { getSettings } from "@/lib/settings";
import { addBusinessMinutes, subtractBusinessMinutes } from "@/lib/sla/calendar";
import { loadSlaPolicy, slaTargets } from "@/lib/sla/policy";
import { toFieldDefinition } from "@/lib/catalog/fields";
import type { FileStorage } from "@/lib/storage/types";
import { dayOf, instantOf } from "@/lib/time/zone";
import { demoUsers } from "./demo-data";
import { demoPasswordHash } from "./seed";
import { DAY_MS, HOUR_MS, type DemoContext } from "./demo/context";
import { writeMonthSetting } from "./demo/month-setup";
import { allDemoUsers, PEOPLE, type Person } from "./demo/people";
import { replayStory } from "./demo/replay";
import { routineStories } from "./demo/routine";
import { handStories, type Timing } from "./demo/stories";
import type { Story } from "./demo/story";

export class NotADemoDatabase extends Error {}

/** Every story of the month, oldest first (ticket numbers follow the openings). */
export function monthStories(timing: Timing): Story[] {
  return [...handStories(timing), ...routineStories(timing)].sort(
    (a, b) => b.openedHoursAgo - a.openedHoursAgo,
  );
}

export async function seedDemoMonth(
  db: Db,
  // From the minute it is written: the same clock (npm run screenshots) writes the same month.
  {
    storage,
    now = new Date(Math.floor(Date.now() / 60_000) * 60_000),
  }: {
    storage: FileStorage;
    now?: Date;
  },
): Promise<{ tickets: number }> {
  const passwordHash = await demoPasswordHash();
  const storedKeys: string[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        await refuseUnlessFreshDemo(tx);
        await writeMonthSetting(tx, passwordHash, now);
        const ctx = await demoContext(tx, { storage, now, storedKeys });
        const stories = monthStories(timing(ctx));
        const ids = new Map<string, string>();
        for (const story of stories) {
          const id = await replayStory(ctx, story);
          if (story.key) ids.set(story.key, id);
          if (story.relatedTo)
            await tx.ticketLink.create({
              data: {
                fromId: id,
                toId: ids.get(story.relatedTo)!,
                createdById: ctx.actors.get("analyst")!.id,
              },
            });
        }
        return { tickets: stories.length };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    await Promise.all(storedKeys.map((key) => storage.delete(key)));
    throw error;
  }
}

/**
 * The month goes only where the base demo was just written: nobody but demo accounts, no ticket.
 * A database in real use is refused whatever the caller thought.
 */
async function refuseUnlessFreshDemo(tx: Tx) {
  const demoCpfs = allDemoUsers.map((u) => u.cpf);
  // One after the other: a transaction's queries share its one connection.
  const others = await tx.user.count({ where: { cpf: { notIn: demoCpfs } } });
  const base = await tx.user.count({ where: { cpf: { in: demoUsers.map((u) => u.cpf) } } });
  const tickets = await tx.ticket.count();
  if (others > 0 || base !== demoUsers.length || tickets > 0)
    throw new NotADemoDatabase(
      "The demo month is written only into a fresh demo database (demo accounts only, no tickets).",
    );
}

/** The people, items and rules the stories are written with, read once. */
export async function demoContext(
  tx: Tx,
  rest: Pick<DemoContext, "storage" | "now" | "storedKeys">,
): Promise<DemoContext> {
  // One after the other: a transaction's queries share its one connection.
  const settings = await getSettings(tx);
  const policy = await loadSlaPolicy(tx);
  // The Actor of lib/tickets/actor.ts (server-only there), read the same way.
  const users = await tx.user.findMany({
    where: { cpf: { in: Object.values(PEOPLE) } },
    select: {
      id: true,
      cpf: true,
      role: true,
      organizationId: true,
      groups: { select: { groupId: true } },
      managerOf: { select: { organizationId: true } },
    },
  });
  const items = await tx.catalogItem.findMany({
    include: { fields: { orderBy: { position: "asc" } } },
  });
  const groups = await tx.supportGroup.findMany({ select: { id: true, name: true } });

  const byCpf = new Map(
    users.map(({ cpf, groups, managerOf, ...user }) => [
      cpf,
      {
        ...user,
        groupIds: groups.map((g) => g.groupId),
        managedOrganizationIds: managerOf.map((m) => m.organizationId),
      },
    ]),
  );
  const actors = new Map(
    (Object.entries(PEOPLE) as [Person, string][]).map(([person, cpf]) => [
      person,
      byCpf.get(cpf)!,
    ]),
  );
  // One after the other: a transaction's queries share its one connection.
  const itemEntries = [];
  for (const item of items)
    itemEntries.push([
      item.slug,
      {
        id: item.id,
        groupId: item.groupId,
        targets: await slaTargets(tx, item),
        fields: item.fields.map(toFieldDefinition),
      },
    ] as const);
  return {
    tx,
    settings,
    policy,
    actors,
    items: new Map(itemEntries),
    groups: new Map(groups.map((g) => [g.name, g.id])),
    ...rest,
  };
}

/** When the stories' openings fall, from the moment the demo is written. */
function timing({ now, policy, settings }: DemoContext): Timing {
  const when = (daysAgo: number, hour: number) => {
    const day = dayOf(new Date(now.getTime() - daysAgo * DAY_MS), settings.timeZone);
    return (now.getTime() - instantOf(day, hour * 60, settings.timeZone).getTime()) / HOUR_MS;
  };
  // Requests come on business days: a weekend opening moves back to the Friday before.
  const workday = (daysAgo: number, hour: number): number => {
    const day = dayOf(new Date(now.getTime() - daysAgo * DAY_MS), settings.timeZone);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() || 7; // ISO: Sunday is 7
    return policy.calendar.days.has(weekday) ? when(daysAgo, hour) : workday(daysAgo + 1, hour);
  };
  // Opened so that its resolution comes due 40 business minutes from now: an SLA about to break
  // (outside business hours, 40 minutes into the next business day).
  const due = addBusinessMinutes(now, 40, policy.calendar);
  const opened = subtractBusinessMinutes(due, settings.slaResolutionMinutes, policy.calendar);
  return { when, workday, nearDue: (now.getTime() - opened.getTime()) / HOUR_MS };
}

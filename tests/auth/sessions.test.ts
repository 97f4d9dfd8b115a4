import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  deleteDeadSessions,
  endAllSessions,
  endSession,
  liveSession,
  SESSION_TTL_MS,
} from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { fixedClock } from "@/lib/clock";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";

const now = new Date("2026-11-23T12:00:00Z");
const client = { address: "203.0.113.9", userAgent: `Navegador ${"x".repeat(400)}` };
const signIn = (credentials: { cpf: unknown; password: unknown }) =>
  signInWithPassword(credentials, client, fixedClock(now));
let userId: string;

beforeAll(async () => {
  await seedDemoData(db);
  userId = (await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } })).id;
});
beforeEach(async () => {
  await db.authThrottle.deleteMany();
  await db.userSession.deleteMany();
});

describe("server-side sessions", () => {
  it("opens an 8-hour session at sign-in, live until it ends or expires", async () => {
    const result = await signIn({ cpf: "529.982.247-25", password: DEMO_PASSWORD });
    if (!result.ok) throw new Error(result.message);
    expect(result.user).toMatchObject({ id: userId, role: "REQUESTER" });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: result.user.sid } });
    expect(row).toMatchObject({
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      address: "203.0.113.9",
      endedAt: null,
    });
    expect(row.userAgent).toHaveLength(300);

    const sid = result.user.sid;
    expect(await liveSession(sid, userId, now)).toEqual({
      user: expect.objectContaining({ id: userId, name: "Requerente Demo", role: "REQUESTER" }),
      expiresAt: row.expiresAt,
    });
    expect(await liveSession(sid, "someone-else", now)).toBeNull();
    expect(await liveSession(sid, userId, new Date(row.expiresAt.getTime()))).toBeNull();
    // A deactivated person is signed out by the same read, even with a live session row.
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await liveSession(sid, userId, now)).toBeNull();
    await db.user.update({ where: { id: userId }, data: { active: true } });
    expect(await liveSession(sid, userId, now)).not.toBeNull();
    await endSession(sid, now);
    expect(await liveSession(sid, userId, now)).toBeNull();
  });

  it("reads with the session what the services need: groups and managed organizations", async () => {
    const open = (id: string) =>
      db.userSession.create({
        data: { userId: id, createdAt: now, expiresAt: new Date(now.getTime() + 60_000) },
      });
    const agent = await db.user.findUniqueOrThrow({
      where: { cpf: "11144477735" },
      include: { groups: true },
    });
    const groups = await db.supportGroup.findMany({ select: { id: true }, take: 2 });
    await db.groupMember.createMany({
      data: groups
        .filter((g) => !agent.groups.some((m) => m.groupId === g.id))
        .map((g) => ({ groupId: g.id, userId: agent.id })),
    });
    const agentGroups = await db.groupMember.findMany({ where: { userId: agent.id } });
    expect(agentGroups.length).toBeGreaterThan(1);
    const asAgent = await liveSession((await open(agent.id)).id, agent.id, now);
    expect(asAgent?.user).toEqual({
      id: agent.id,
      role: "AGENT",
      organizationId: null,
      name: "Analista Demo",
      privacyAckAt: null,
      groupIds: expect.arrayContaining(agentGroups.map((m) => m.groupId)),
      managedOrganizationIds: [],
    });
    expect(asAgent?.user.groupIds).toHaveLength(agentGroups.length);

    const organizations = await db.organization.findMany({ select: { id: true }, take: 2 });
    await db.organizationManager.createMany({
      data: organizations.map((o) => ({ userId, organizationId: o.id })),
    });
    try {
      const asManager = await liveSession((await open(userId)).id, userId, now);
      expect(asManager?.user).toMatchObject({ role: "REQUESTER", groupIds: [] });
      expect([...asManager!.user.managedOrganizationIds].sort()).toEqual(
        organizations.map((o) => o.id).sort(),
      );
    } finally {
      await db.organizationManager.deleteMany({ where: { userId } });
    }
  });

  it("refuses inputs of the wrong shape without opening a session", async () => {
    for (const credentials of [
      { cpf: ["529.982.247-25"], password: DEMO_PASSWORD },
      { cpf: 52998224725, password: DEMO_PASSWORD },
      { cpf: "529.982.247-25\n", password: [DEMO_PASSWORD] },
      { cpf: "529.982.247-25 extra", password: DEMO_PASSWORD },
      { cpf: "529.982.247-25", password: "x".repeat(1025) },
    ]) {
      expect(await signIn(credentials)).toEqual({
        ok: false,
        message: "CPF ou senha incorretos.",
      });
    }
    expect(await db.userSession.count()).toBe(0);
  });

  it("ends all of a user's sessions but one, and cleans up only dead ones", async () => {
    const open = (expiresAt: Date) =>
      db.userSession.create({ data: { userId, createdAt: now, expiresAt } });
    const soon = new Date(now.getTime() + 60_000);
    const [kept, ended, expired] = [await open(soon), await open(soon), await open(now)];
    await db.$transaction((tx) => endAllSessions(tx, userId, now, kept.id));
    expect(await liveSession(kept.id, userId, now)).not.toBeNull();
    expect(await liveSession(ended.id, userId, now)).toBeNull();

    expect(await deleteDeadSessions(now)).toBe(2);
    const left = await db.userSession.findMany({ select: { id: true } });
    expect(left).toEqual([{ id: kept.id }]);
    expect(expired.id).not.toBe(kept.id);
  });
});

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endSession, liveSession, SESSION_TTL_MS, startSession } from "@/lib/auth/sessions";
import { extendSession, SESSION_MAX_MS } from "@/lib/auth/session-expiry";

const start = new Date("2026-11-23T12:00:00Z");
const later = new Date(start.getTime() + SESSION_TTL_MS - 4 * 60_000); // four minutes left
const client = { address: "203.0.113.9", userAgent: null };
let userId: string;
let otherId: string;

/** When the live session ends (what the page's timer counts down to); null when it is not live. */
const sessionEnd = async (sid: string, now: Date) =>
  (await liveSession(sid, userId, now))?.expiresAt ?? null;

// Two people are all it takes (no demo world: nothing else is read).
const person = (cpf: string, name: string) =>
  db.user.upsert({
    where: { cpf },
    create: { cpf, name, email: `${cpf}@prefeitura.example` },
    update: {},
  });

beforeAll(async () => {
  userId = (await person("52998224725", "Requerente Demo")).id;
  otherId = (await person("39053344705", "Acompanhante Demo")).id;
});
beforeEach(async () => {
  await db.userSession.deleteMany();
});

describe("the session's time limit (WCAG 2.2.1)", () => {
  it("tells when a live session ends, and extends it by a full lifetime from now", async () => {
    const sid = await startSession({ userId, ...client }, start);
    expect(await sessionEnd(sid, later)).toEqual(new Date(start.getTime() + SESSION_TTL_MS));
    const extended = await extendSession(sid, userId, later);
    expect(extended).toEqual(new Date(later.getTime() + SESSION_TTL_MS));
    expect(await sessionEnd(sid, later)).toEqual(extended);
    // Again and again: the person may extend as often as they need.
    const again = new Date(later.getTime() + 60_000);
    expect(await extendSession(sid, userId, again)).toEqual(
      new Date(again.getTime() + SESSION_TTL_MS),
    );
  });

  it("never extends past SESSION_MAX_MS after signing in (a stolen cookie does not live for ever)", async () => {
    const sid = await startSession({ userId, ...client }, start);
    const cap = new Date(start.getTime() + SESSION_MAX_MS);
    let now = later;
    for (let i = 0; i < 5; i++) {
      const end = await extendSession(sid, userId, now);
      expect(end!.getTime()).toBeLessThanOrEqual(cap.getTime());
      now = new Date(end!.getTime() - 60_000);
    }
    expect(await sessionEnd(sid, now)).toEqual(cap);
    expect(await extendSession(sid, userId, cap)).toBeNull();
  });

  it("never revives an ended or expired session, nor touches another person's", async () => {
    const ended = await startSession({ userId, ...client }, start);
    await endSession(ended, later);
    expect(await extendSession(ended, userId, later)).toBeNull();
    expect(await sessionEnd(ended, later)).toBeNull();

    const expired = await startSession({ userId, ...client }, start);
    const afterEnd = new Date(start.getTime() + SESSION_TTL_MS);
    expect(await extendSession(expired, userId, afterEnd)).toBeNull();

    const theirs = await startSession({ userId: otherId, ...client }, start);
    expect(await extendSession(theirs, userId, later)).toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: theirs } });
    expect(row.expiresAt).toEqual(new Date(start.getTime() + SESSION_TTL_MS));
  });
});

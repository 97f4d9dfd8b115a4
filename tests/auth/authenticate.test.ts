import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, INVALID_CREDENTIALS, LOCKED } from "@/lib/auth/authenticate";
import { passwordSchema } from "@/lib/auth/password";
import { lockAfterFailure, MAX_LOCK_MS, QUIET_MS } from "@/lib/auth/throttle";
import { fixedClock } from "@/lib/clock";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";

const requesterCpf = "529.982.247-25";
const MINUTE = 60_000;
let slept: number[];
let now: Date;
const signIn = (cpf: string, password: string, address = "203.0.113.7") =>
  authenticate(
    { cpf, password, address },
    { clock: fixedClock(now), sleep: async (ms) => void slept.push(ms) },
  );
const later = (ms: number) => (now = new Date(now.getTime() + ms));
const lockOf = async (cpf: string) =>
  (await db.authThrottle.findUnique({ where: { key: `cpf:${cpf}` } }))?.lockedUntil ?? null;

beforeAll(async () => {
  await seedDemoData(db);
});

beforeEach(async () => {
  await db.authThrottle.deleteMany();
  await db.securityEvent.deleteMany();
  slept = [];
  now = new Date("2026-11-23T12:00:00Z");
});

describe("authenticate", () => {
  it("signs in with the CPF typed with or without the mask", async () => {
    for (const cpf of [requesterCpf, "52998224725", "  529.982.247-25 "]) {
      expect(await signIn(cpf, DEMO_PASSWORD)).toMatchObject({
        ok: true,
        user: { role: "REQUESTER" },
      });
    }
  });

  it("answers every failure alike and logs it with the CPF masked, never the password", async () => {
    const failures = [
      await signIn(requesterCpf, "senha-errada"),
      await signIn("111.111.111-11", DEMO_PASSWORD), // all-equal digits: not a CPF
      await signIn("168.995.350-09", DEMO_PASSWORD), // a valid CPF of nobody
      await signIn("abc", DEMO_PASSWORD),
    ];
    for (const failure of failures) {
      expect(failure).toEqual({
        ok: false,
        error: "invalid-credentials",
        message: INVALID_CREDENTIALS,
      });
    }
    const events = await db.securityEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(Array(4).fill("login.failed"));
    expect(events[0]).toMatchObject({ subject: "***.982.247-**", address: "203.0.113.7" });
    const text = JSON.stringify(events);
    expect(text).not.toContain("52998224725");
    expect(text).not.toContain("senha-errada");
    expect(text).not.toContain(DEMO_PASSWORD);
  });

  it("refuses deactivated users like a wrong password", async () => {
    await db.user.update({ where: { cpf: "39053344705" }, data: { active: false } });
    expect(await signIn("390.533.447-05", DEMO_PASSWORD)).toMatchObject({
      error: "invalid-credentials",
    });
    await db.user.update({ where: { cpf: "39053344705" }, data: { active: true } });
  });

  it("backs off exponentially per account, whatever address each guess comes from", async () => {
    for (let i = 0; i < 4; i++) await signIn(requesterCpf, "errada", `198.51.100.${i}`);
    expect(slept).toEqual([0, 0, 0, 500]);
    expect(await lockOf("52998224725")).toBeNull();

    await signIn(requesterCpf, "errada", "198.51.100.4"); // the 5th: one minute
    expect(await lockOf("52998224725")).toEqual(new Date(now.getTime() + MINUTE));
    expect(await signIn(requesterCpf, DEMO_PASSWORD, "198.51.100.5")).toEqual({
      ok: false,
      error: "locked",
      message: LOCKED,
    });
    const throttled = await db.securityEvent.findFirstOrThrow({
      where: { kind: "login.throttled" },
    });
    expect(throttled).toMatchObject({ subject: "***.982.247-**", address: "198.51.100.5" });

    later(MINUTE + 1_000);
    await signIn(requesterCpf, "errada", "198.51.100.6"); // the 6th: two minutes
    expect(await lockOf("52998224725")).toEqual(new Date(now.getTime() + 2 * MINUTE));
    later(MINUTE + 1_000);
    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toMatchObject({ error: "locked" });
    later(MINUTE);
    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await lockOf("52998224725")).toBeNull(); // a success starts over
  });

  it("caps the wait at 15 minutes and never locks for good", async () => {
    expect([4, 5, 6, 7, 8, 9, 30].map(lockAfterFailure)).toEqual([
      0,
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
    ]);
    for (let i = 0; i < 12; i++) {
      await signIn(requesterCpf, "errada");
      later(MAX_LOCK_MS + 1_000);
    }
    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toMatchObject({ ok: true });
  });

  it("gives a burst of simultaneous guesses one turn each, never more than the free ones", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(requesterCpf, `errada-${i}`)),
    );
    const checked = answers.filter((a) => !a.ok && a.error === "invalid-credentials").length;
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: "cpf:52998224725" } });
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(row.failures).toBe(checked); // every checked guess was counted
    expect(answers.filter((a) => !a.ok && a.error === "locked")).toHaveLength(10 - checked);
  });

  it("locks an address that tries many CPFs, not other addresses", async () => {
    for (let i = 0; i < 20; i++)
      await signIn(`100.000.000-${String(i).padStart(2, "0")}`, "x", "192.0.2.50");
    expect(await signIn(requesterCpf, DEMO_PASSWORD, "192.0.2.50")).toMatchObject({
      error: "locked",
    });
    expect(await signIn(requesterCpf, DEMO_PASSWORD, "192.0.2.51")).toMatchObject({ ok: true });
  });

  it("starts counting again after a quiet hour", async () => {
    for (let i = 0; i < 4; i++) await signIn(requesterCpf, "errada");
    later(QUIET_MS + 1_000);
    slept = [];
    await signIn(requesterCpf, "errada");
    expect(slept).toEqual([0]);
    expect(await lockOf("52998224725")).toBeNull();
  });
});

describe("passwordSchema", () => {
  it("requires 8 characters and refuses the user's own CPF", () => {
    const schema = passwordSchema("52998224725");
    expect(schema.safeParse("Nova@Senha1").success).toBe(true);
    expect(schema.safeParse("curta").error?.issues[0]?.message).toBe(
      "A senha deve ter pelo menos 8 caracteres.",
    );
    expect(schema.safeParse("52998224725").error?.issues[0]?.message).toBe(
      "A senha não pode ser o seu CPF.",
    );
    expect(schema.safeParse("529.982.247-25").error?.issues[0]?.message).toBe(
      "A senha não pode ser o seu CPF.",
    );
    expect(schema.safeParse("x".repeat(129)).success).toBe(false);
  });
});

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, INVALID_CREDENTIALS, LOCKED } from "@/lib/auth/authenticate";
import { passwordSchema } from "@/lib/auth/password";
import { LOCK_MS } from "@/lib/auth/throttle";
import { fixedClock } from "@/lib/clock";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";

const requesterCpf = "529.982.247-25";
let logged: object[];
let slept: number[];
let now: Date;
const deps = () => ({
  clock: fixedClock(now),
  sleep: async (ms: number) => void slept.push(ms),
  log: (entry: object) => void logged.push(entry),
});
const signIn = (cpf: string, password: string, address = "203.0.113.7") =>
  authenticate({ cpf, password, address }, deps());

beforeAll(async () => {
  await seedDemoData(db);
});

beforeEach(async () => {
  await db.authThrottle.deleteMany();
  logged = [];
  slept = [];
  now = new Date("2026-11-23T12:00:00Z");
});

describe("authenticate", () => {
  it("signs in with the CPF typed with or without the mask", async () => {
    for (const cpf of [requesterCpf, "52998224725", "  529.982.247-25 "]) {
      const result = await signIn(cpf, DEMO_PASSWORD);
      expect(result).toMatchObject({ ok: true, user: { role: "REQUESTER", sessionVersion: 0 } });
    }
  });

  it("answers every failure with the same message, logging the CPF masked and never the password", async () => {
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
    const text = JSON.stringify(logged);
    expect(text).toContain("***.982.247-**");
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

  it("slows repeated failures, then refuses for a while even the right password, then lets in", async () => {
    for (let i = 0; i < 4; i++) await signIn(requesterCpf, "errada");
    expect(slept).toEqual([0, 0, 0, 500]);
    expect(await signIn(requesterCpf, "errada")).toMatchObject({ error: "invalid-credentials" });
    expect(logged.at(-1)).toMatchObject({ event: "auth.locked", cpf: "***.982.247-**" });

    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toEqual({
      ok: false,
      error: "locked",
      message: LOCKED,
    });
    // Other CPFs from elsewhere are not affected.
    expect(await signIn("987.654.321-00", DEMO_PASSWORD, "198.51.100.9")).toMatchObject({
      ok: true,
    });

    now = new Date(now.getTime() + LOCK_MS + 1_000);
    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toMatchObject({ ok: true });
  });

  it("locks an address that tries many CPFs", async () => {
    for (let i = 0; i < 20; i++)
      await signIn(`100.000.000-${String(i).padStart(2, "0")}`, "x", "192.0.2.50");
    expect(await signIn(requesterCpf, DEMO_PASSWORD, "192.0.2.50")).toMatchObject({
      error: "locked",
    });
    expect(await signIn(requesterCpf, DEMO_PASSWORD, "192.0.2.51")).toMatchObject({ ok: true });
  });

  it("starts counting again after a quiet window", async () => {
    for (let i = 0; i < 4; i++) await signIn(requesterCpf, "errada");
    now = new Date(now.getTime() + 16 * 60_000);
    await signIn(requesterCpf, "errada");
    expect(await signIn(requesterCpf, DEMO_PASSWORD)).toMatchObject({ ok: true });
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

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import {
  changePassword,
  passwordChangeInput,
  phoneInput,
  signOutEverywhere,
  updatePhone,
} from "@/lib/auth/profile";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";

let userId: string;
const openSession = () =>
  db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 60 * 60_000) } });
const isEnded = async (id: string) =>
  (await db.userSession.findUniqueOrThrow({ where: { id } })).endedAt !== null;

beforeAll(async () => {
  await seedDemoData(db);
  userId = (await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } })).id;
});

describe("profile", () => {
  it("changes the phone, normalised, and refuses any other field", async () => {
    expect(
      phoneInput.safeParse({ phone: "(61) 98888-7777", role: "ADMIN", cpf: "12345678909" }).success,
    ).toBe(false);
    expect(
      passwordChangeInput.safeParse({ currentPassword: ["a"], newPassword: "x" }).success,
    ).toBe(false);
    const parsed = phoneInput.parse({ phone: "(61) 98888-7777" });
    expect(await updatePhone(userId, parsed)).toEqual({ ok: true, value: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ phone: "61988887777", role: "REQUESTER", cpf: "52998224725" });
  });

  it("changes the password only with the current one, under the policy, ending the other sessions", async () => {
    const [mine, other] = [await openSession(), await openSession()];
    const change = (currentPassword: string, newPassword: string) =>
      changePassword(userId, { currentPassword, newPassword }, mine.id);
    expect(await change("errada", "Nova@Senha2026")).toMatchObject({
      error: "invalid",
      fieldErrors: { currentPassword: "Senha atual incorreta." },
    });
    expect(await change(DEMO_PASSWORD, "curta")).toMatchObject({
      fieldErrors: { newPassword: "A senha deve ter pelo menos 8 caracteres." },
    });
    expect(await isEnded(other.id)).toBe(false); // refused changes end nothing
    expect(await change(DEMO_PASSWORD, "Nova@Senha2026")).toMatchObject({ ok: true });
    expect(await isEnded(other.id)).toBe(true);
    expect(await isEnded(mine.id)).toBe(false);
    expect(
      await authenticate({ cpf: "52998224725", password: "Nova@Senha2026", address: "t" }),
    ).toMatchObject({ ok: true });
  });

  it("signs out everywhere, this session included", async () => {
    const sessions = [await openSession(), await openSession()];
    const result = await signOutEverywhere(userId);
    expect(result.ok && result.value.ended).toBeGreaterThanOrEqual(2);
    for (const session of sessions) expect(await isEnded(session.id)).toBe(true);
    expect(await db.userSession.count({ where: { userId, endedAt: null } })).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { changePassword, phoneInput, updatePhone } from "@/lib/auth/profile";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";

let userId: string;
beforeAll(async () => {
  await seedDemoData(db);
  userId = (await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } })).id;
});

describe("profile", () => {
  it("changes the phone, normalised, and nothing else", async () => {
    const parsed = phoneInput.parse({
      phone: "(61) 98888-7777",
      role: "ADMIN",
      cpf: "12345678909",
    });
    expect(await updatePhone(userId, parsed)).toEqual({ ok: true, value: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ phone: "61988887777", role: "REQUESTER", cpf: "52998224725" });
  });

  it("changes the password only with the current one, under the policy, ending other sessions", async () => {
    expect(
      await changePassword(userId, { currentPassword: "errada", newPassword: "Nova@Senha2026" }),
    ).toMatchObject({
      error: "invalid",
      fieldErrors: { currentPassword: "Senha atual incorreta." },
    });
    expect(
      await changePassword(userId, { currentPassword: DEMO_PASSWORD, newPassword: "curta" }),
    ).toMatchObject({
      fieldErrors: { newPassword: "A senha deve ter pelo menos 8 caracteres." },
    });
    const before = (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
    expect(
      await changePassword(userId, {
        currentPassword: DEMO_PASSWORD,
        newPassword: "Nova@Senha2026",
      }),
    ).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(
      before + 1,
    );
    expect(
      await authenticate({ cpf: "52998224725", password: "Nova@Senha2026", address: "t" }),
    ).toMatchObject({ ok: true });
  });
});

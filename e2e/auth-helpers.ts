import { DEMO_PASSWORD } from "../prisma/demo-data";

/** Puts the demo password back on a user whose password a spec changed: other specs sign in with it. */
export async function restoreDemoPassword(cpf: string) {
  const { createPrismaClient } = await import("../lib/db/client");
  const { hashPassword } = await import("../lib/auth/password");
  const db = createPrismaClient("file:./data/e2e.db");
  try {
    await db.user.update({
      where: { cpf },
      data: { passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
  } finally {
    await db.$disconnect();
  }
}

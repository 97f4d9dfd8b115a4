import type { Db } from "../../lib/db/client";

export const BENCH_PASSWORD = "Bench@12345";

/** A valid CPF (check digits computed) from nine digits, for a benchmark's signed-in people. */
export function cpfFrom(nine: string): string {
  const digit = (digits: string) => {
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const ten = nine + digit(nine);
  return ten + digit(ten);
}

/** Gives a benchmark user a CPF and BENCH_PASSWORD to sign in with; answers the CPF. */
export async function letSignIn(db: Db, userId: string, nine: string): Promise<string> {
  const { hashPassword } = await import("../../lib/auth/password");
  const cpf = cpfFrom(nine);
  await db.user.update({
    where: { id: userId },
    data: { cpf, passwordHash: await hashPassword(BENCH_PASSWORD), active: true },
  });
  return cpf;
}

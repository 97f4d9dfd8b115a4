import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseCpf } from "@/lib/auth/cpf";
import { issueSetPasswordLink } from "@/lib/auth/password-links";
import { log } from "@/lib/log";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf, singleLine } from "@/lib/validation";

const input = z.strictObject({
  cpf: z
    .string({ error: "Informe o CPF com --cpf." })
    .transform(
      (value, ctx) =>
        parseCpf(value) ?? (ctx.addIssue({ code: "custom", message: "CPF inválido." }), z.NEVER),
    ),
  email: z
    .string({ error: "Informe o e-mail com --email." })
    .trim()
    .toLowerCase()
    .pipe(z.email("E-mail inválido.").max(200)),
  name: singleLine(120).min(1).default("Administrador"),
});

/**
 * Creates an administrator with no password and issues their "Definir senha" link: the only way
 * into a database without the demo (the command line's `npm run admin:create`). Refuses a CPF or
 * e-mail that already has an account, so it cannot take over someone's access.
 */
export async function createAdministrator(
  raw: Record<string, string | undefined>,
): Promise<ServiceResult<{ email: string; link: string }>> {
  const parsed = input.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "Dados inválidos.");
  const { cpf, email, name } = parsed.data;
  const taken = await db.user.findFirst({
    where: { OR: [{ cpf }, { email }] },
    select: { id: true },
  });
  if (taken)
    return invalid({ cpf: "Já existe uma conta com este CPF ou e-mail." }, "Conta já existe.");
  const user = await db.user.create({ data: { cpf, email, name, role: "ADMIN", active: true } });
  const { link } = await issueSetPasswordLink(user.id);
  log.info({ event: "admin.created", userId: user.id });
  return ok({ email, link });
}

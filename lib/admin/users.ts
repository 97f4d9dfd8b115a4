import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { issueSetPasswordLink } from "@/lib/auth/password-links";
import { endAllSessions } from "@/lib/auth/sessions";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { refuseNonAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import { userInput } from "./user-schema";

export type UserData = z.output<typeof userInput>;

/** What the audit log keeps of a user (never the password hash). */
export const auditedUser = {
  id: true,
  cpf: true,
  name: true,
  email: true,
  phone: true,
  role: true,
  organizationId: true,
  active: true,
  groups: { select: { groupId: true } },
} as const;

/** Organization and groups must exist; groups only for analysts. */
async function checkLinks(tx: Tx, data: UserData): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (data.organizationId) {
    const found = await tx.organization.count({ where: { id: data.organizationId } });
    if (!found) errors.organizationId = "Organização não encontrada.";
  }
  if (data.groupIds.length > 0) {
    if (data.role !== "AGENT") errors.groupIds = "Só analistas participam de grupos.";
    const found = await tx.supportGroup.count({ where: { id: { in: data.groupIds } } });
    if (found !== new Set(data.groupIds).size) errors.groupIds = "Grupo não encontrado.";
  }
  return errors;
}

/** CPF and e-mail already used by someone else, as field errors. */
async function takenBy(tx: Tx, data: UserData, exceptId?: string): Promise<Record<string, string>> {
  const others = await tx.user.findMany({
    where: {
      OR: [{ cpf: data.cpf }, { email: data.email }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { cpf: true, email: true },
  });
  const errors: Record<string, string> = {};
  if (others.some((u) => u.cpf === data.cpf)) errors.cpf = "Já existe um usuário com este CPF.";
  if (others.some((u) => u.email === data.email))
    errors.email = "Já existe um usuário com este e-mail.";
  return errors;
}

/** Two admins saving the same CPF or e-mail at once: the second is refused by the index. */
const SAVED_MEANWHILE =
  "Outro administrador acabou de salvar este CPF ou e-mail. Confira e tente de novo.";

export const rowOf = (data: UserData) => ({
  cpf: data.cpf,
  name: data.name,
  email: data.email,
  phone: data.phone,
  role: data.role,
  organizationId: data.organizationId || null,
  active: data.active,
});

/** Creates a user (no password: they set one through "Primeiro acesso"). */
export async function createUser(
  actor: Actor,
  input: z.input<typeof userInput>,
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "user.create");
  if (notAdmin) return notAdmin;
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const problems = {
          ...(await takenBy(tx, parsed.data)),
          ...(await checkLinks(tx, parsed.data)),
        };
        if (Object.keys(problems).length > 0) return invalid(problems);
        const user = await tx.user.create({
          data: {
            ...rowOf(parsed.data),
            groups: { create: parsed.data.groupIds.map((groupId) => ({ groupId })) },
          },
          select: auditedUser,
        });
        await audit(tx, actor.id, {
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          after: user,
        });
        return ok({ id: user.id });
      }),
    SAVED_MEANWHILE,
  );
}

/**
 * Edits a user. Deactivating them or changing their role ends their sessions (their next
 * request finds them signed out).
 */
export async function updateUser(
  actor: Actor,
  id: string,
  input: z.input<typeof userInput>,
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "user.update");
  if (notAdmin) return notAdmin;
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  // An admin who deactivated or demoted themself would be locked out of the console.
  if (id === actor.id && !parsed.data.active) {
    return invalid({ active: "Você não pode desativar o seu próprio usuário." });
  }
  if (id === actor.id && parsed.data.role !== "ADMIN") {
    return invalid({ role: "Você não pode mudar o seu próprio papel." });
  }
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id }, select: auditedUser });
        if (!before) return notFound("Usuário não encontrado.");
        const problems = {
          ...(await takenBy(tx, parsed.data, id)),
          ...(await checkLinks(tx, parsed.data)),
        };
        if (Object.keys(problems).length > 0) return invalid(problems);
        const endSessions =
          before.role !== parsed.data.role || (before.active && !parsed.data.active);
        const after = await tx.user.update({
          where: { id },
          data: {
            ...rowOf(parsed.data),
            groups: {
              deleteMany: {},
              create: parsed.data.groupIds.map((groupId) => ({ groupId })),
            },
          },
          select: auditedUser,
        });
        if (endSessions) await endAllSessions(tx, id, new Date());
        await audit(tx, actor.id, {
          action: "user.update",
          entityType: "user",
          entityId: id,
          before,
          after,
        });
        return ok({ id });
      }),
    SAVED_MEANWHILE,
  );
}

/** "Enviar primeiro acesso": the same one-hour link as "Primeiro acesso" on the login page. */
export async function sendFirstAccess(actor: Actor, id: string): Promise<ServiceResult<null>> {
  const notAdmin = await refuseNonAdmin(actor, "user.firstAccess");
  if (notAdmin) return notAdmin;
  const user = await db.user.findUnique({ where: { id }, select: { email: true, active: true } });
  if (!user) return notFound("Usuário não encontrado.");
  if (!user.active) return invalid({}, "Ative o usuário antes de enviar o primeiro acesso.");
  // A new account's "Definir senha" link (48 hours), not the one-hour reset of a forgotten one.
  await issueSetPasswordLink(id);
  return ok(null);
}

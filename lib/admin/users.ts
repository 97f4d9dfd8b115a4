import "server-only";
import { db } from "@/lib/db";
import { issueSetPasswordLink } from "@/lib/auth/password-links";
import { isAdmin } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { refuse } from "@/lib/refusal";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { requireAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import { auditedUser, rowOf, userProblems } from "./user-rows";
import type { UserData } from "./user-schema";

/** Two admins saving the same CPF or e-mail at once: the second is refused by the index. */
const SAVED_MEANWHILE =
  "Outro administrador acabou de salvar este CPF ou e-mail. Confira e tente de novo.";

const ANONYMIZED = "Esta conta foi anonimizada e não pode mais ser editada.";

const managedRows = (data: UserData) =>
  data.managedOrganizationIds.map((organizationId) => ({ organizationId }));

/** Creates a user (no password: they set one through "Primeiro acesso"). */
export async function createUser(
  actor: Actor,
  data: UserData,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "user.create");
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const problems = await userProblems(tx, data);
        if (Object.keys(problems).length > 0) refuse(invalid(problems));
        const user = await tx.user.create({
          data: {
            ...rowOf(data),
            groups: { create: data.groupIds.map((groupId) => ({ groupId })) },
            managerOf: { create: managedRows(data) },
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
  data: UserData,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "user.update");
  // An admin who deactivated or demoted themself would be locked out of the console.
  if (id === actor.id && !data.active) {
    refuse(invalid({ active: "Você não pode desativar o seu próprio usuário." }));
  }
  if (id === actor.id && !isAdmin(data)) {
    refuse(invalid({ role: "Você não pode mudar o seu próprio papel." }));
  }
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const found = await tx.user.findUnique({
          where: { id },
          select: { ...auditedUser, anonymizedAt: true },
        });
        if (!found) refuse(notFound("Usuário não encontrado."));
        const { anonymizedAt, ...before } = found;
        // Anonymization is final (LGPD art. 18): editing would write a person back in, or let
        // the placeholder account sign in again.
        if (anonymizedAt) refuse(conflict(ANONYMIZED));
        const problems = await userProblems(tx, data, id);
        if (Object.keys(problems).length > 0) refuse(invalid(problems));
        const after = await tx.user.update({
          where: { id },
          data: {
            ...rowOf(data),
            groups: { deleteMany: {}, create: data.groupIds.map((groupId) => ({ groupId })) },
            managerOf: { deleteMany: {}, create: managedRows(data) },
          },
          select: auditedUser,
        });
        if (before.role !== data.role || (before.active && !data.active)) {
          await endAllSessions(tx, id, new Date());
        }
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
  requireAdmin(actor, "user.firstAccess");
  const user = await db.user.findUnique({ where: { id }, select: { email: true, active: true } });
  if (!user) refuse(notFound("Usuário não encontrado."));
  if (!user.active) refuse(invalid({}, "Ative o usuário antes de enviar o primeiro acesso."));
  // A new account's "Definir senha" link (48 hours), not the one-hour reset of a forgotten one.
  await issueSetPasswordLink(id);
  return ok(null);
}

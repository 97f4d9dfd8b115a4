import "server-only";
import type { Tx } from "@/lib/db";
import { mayManage } from "./manager-rule";
import type { UserData } from "./user-schema";

/** How a user's form becomes their row, and what of it the audit log keeps. */

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
  managerOf: { select: { organizationId: true }, orderBy: { organizationId: "asc" } },
} as const;

export const rowOf = (data: UserData) => ({
  cpf: data.cpf,
  name: data.name,
  email: data.email,
  phone: data.phone,
  role: data.role,
  organizationId: data.organizationId || null,
  active: data.active,
});

/**
 * What the database says against a user's form, as field errors: CPF and e-mail already used by
 * someone else, an organization or groups that do not exist, groups for someone not an analyst,
 * managed organizations the rule of manager-rule.ts does not allow.
 */
export async function userProblems(
  tx: Tx,
  data: UserData,
  exceptId?: string,
): Promise<Record<string, string>> {
  return {
    ...(await takenBy(tx, data, exceptId)),
    ...(await missingLinks(tx, data)),
    ...(await managerProblems(tx, data)),
  };
}

async function takenBy(tx: Tx, data: UserData, exceptId?: string) {
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

async function missingLinks(tx: Tx, data: UserData) {
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

/** "Gestor da organização": only requesters, of what mayManage allows from their organization. */
async function managerProblems(tx: Tx, data: UserData): Promise<Record<string, string>> {
  const ids = data.managedOrganizationIds;
  if (ids.length === 0) return {};
  if (data.role !== "REQUESTER" || !data.organizationId) {
    return { managedOrganizationIds: "Só usuários máster de uma organização podem ser gestores." };
  }
  const select = { id: true, name: true, kind: true, ibgeCode: true } as const;
  // One after the other: a transaction's queries share its one connection.
  const own = await tx.organization.findUnique({ where: { id: data.organizationId }, select });
  const targets = await tx.organization.findMany({ where: { id: { in: ids } }, select });
  if (!own) return {}; // missingLinks already says so
  if (targets.length !== ids.length) {
    return { managedOrganizationIds: "Organização não encontrada." };
  }
  if (!targets.every((target) => mayManage(own, target))) {
    return {
      managedOrganizationIds:
        "Um gestor gere a própria organização; o de um estado, também municípios dele.",
    };
  }
  return {};
}

import "server-only";
import { db } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import type { Saved } from "./admin-action";
import { requireAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import type { GroupData, OrganizationData } from "./organization-schema";

const ORGANIZATION_TAKEN = {
  name: "Já existe uma organização com este nome.",
  ibgeCode: "Já existe uma organização com este código IBGE.",
  cnpj: "Já existe uma organização com este CNPJ.",
};

/** Creates (no id) or edits an organization, audited. */
export async function saveOrganization(
  actor: Actor,
  { id, values }: Saved<OrganizationData>,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "organization.save");
  const data = { ...values, ibgeCode: values.ibgeCode || null, cnpj: values.cnpj || null };
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id ? await tx.organization.findUnique({ where: { id } }) : null;
      if (id && !before) refuse(notFound("Organização não encontrada."));
      const others = await tx.organization.findMany({
        where: {
          OR: [
            { name: data.name },
            ...(data.ibgeCode ? [{ ibgeCode: data.ibgeCode }] : []),
            ...(data.cnpj ? [{ cnpj: data.cnpj }] : []),
          ],
          ...(id ? { NOT: { id } } : {}),
        },
        select: { name: true, ibgeCode: true, cnpj: true },
      });
      const taken = Object.fromEntries(
        (["name", "ibgeCode", "cnpj"] as const)
          .filter((field) => data[field] && others.some((o) => o[field] === data[field]))
          .map((field) => [field, ORGANIZATION_TAKEN[field]]),
      );
      if (Object.keys(taken).length > 0) refuse(invalid(taken));
      const saved = id
        ? await tx.organization.update({ where: { id }, data })
        : await tx.organization.create({ data });
      await audit(tx, actor.id, {
        action: id ? "organization.update" : "organization.create",
        entityType: "organization",
        entityId: saved.id,
        before,
        after: saved,
      });
      return ok({ id: saved.id });
    }),
  );
}

/** Creates (no id) or edits a support group and its members (active analysts), audited. */
export async function saveGroup(
  actor: Actor,
  { id, values }: Saved<GroupData>,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "group.save");
  const { memberIds, ...data } = values;
  const members = [...new Set(memberIds)];
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const sameName = await tx.supportGroup.count({
        where: { name: data.name, ...(id ? { NOT: { id } } : {}) },
      });
      if (sameName) refuse(invalid({ name: "Já existe um grupo com este nome." }));
      const agents = await tx.user.count({ where: { id: { in: members }, role: "AGENT" } });
      if (agents !== members.length)
        refuse(invalid({ memberIds: "Só analistas podem ser membros." }));
      const before = id
        ? await tx.supportGroup.findUnique({
            where: { id },
            include: { members: { select: { userId: true } } },
          })
        : null;
      if (id && !before) refuse(notFound("Grupo não encontrado."));
      const memberRows = { deleteMany: {}, create: members.map((userId) => ({ userId })) };
      const saved = id
        ? await tx.supportGroup.update({
            where: { id },
            data: { ...data, members: memberRows },
            include: { members: { select: { userId: true } } },
          })
        : await tx.supportGroup.create({
            data: { ...data, members: { create: memberRows.create } },
            include: { members: { select: { userId: true } } },
          });
      await audit(tx, actor.id, {
        action: id ? "group.update" : "group.create",
        entityType: "group",
        entityId: saved.id,
        before,
        after: saved,
      });
      return ok({ id: saved.id });
    }),
  );
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { refuseNonAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import { groupInput, organizationInput } from "./organization-schema";

const ORGANIZATION_TAKEN = {
  name: "Já existe uma organização com este nome.",
  ibgeCode: "Já existe uma organização com este código IBGE.",
  cnpj: "Já existe uma organização com este CNPJ.",
};

/** Creates (no id) or edits an organization, audited. */
export async function saveOrganization(
  actor: Actor,
  { id, ...values }: z.input<typeof organizationInput> & { id?: string },
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "organization.save");
  if (notAdmin) return notAdmin;
  const parsed = organizationInput.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const data = {
    ...parsed.data,
    ibgeCode: parsed.data.ibgeCode || null,
    cnpj: parsed.data.cnpj || null,
  };
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id ? await tx.organization.findUnique({ where: { id } }) : null;
      if (id && !before) return notFound("Organização não encontrada.");
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
      if (Object.keys(taken).length > 0) return invalid(taken);
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
  { id, ...values }: z.input<typeof groupInput> & { id?: string },
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "group.save");
  if (notAdmin) return notAdmin;
  const parsed = groupInput.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { memberIds, ...data } = parsed.data;
  const members = [...new Set(memberIds)];
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const sameName = await tx.supportGroup.count({
        where: { name: data.name, ...(id ? { NOT: { id } } : {}) },
      });
      if (sameName) return invalid({ name: "Já existe um grupo com este nome." });
      const agents = await tx.user.count({ where: { id: { in: members }, role: "AGENT" } });
      if (agents !== members.length)
        return invalid({ memberIds: "Só analistas podem ser membros." });
      const before = id
        ? await tx.supportGroup.findUnique({
            where: { id },
            include: { members: { select: { userId: true } } },
          })
        : null;
      if (id && !before) return notFound("Grupo não encontrado.");
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

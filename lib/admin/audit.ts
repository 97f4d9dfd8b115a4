import "server-only";
import { z } from "zod";
import { db, Prisma, type Tx } from "@/lib/db";
import type { ParsedAddress } from "@/lib/lists/address";
import { getPortalSettings } from "@/lib/portal-settings";
import type { Actor } from "@/lib/tickets/actor";
import { endOfDay, startOfDay } from "@/lib/time/zone";
import { readAsAdmin } from "./admin-only";

/**
 * The audit log: every admin change writes one row, in the change's own transaction, with the
 * record before and after. Nothing is written without it, and nothing is logged that did not
 * happen.
 */
export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Dates and the like as JSON; absent stays absent. */
const json = (value: unknown) =>
  value === undefined || value === null
    ? Prisma.DbNull
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

export async function audit(tx: Tx, actorId: string, entry: AuditEntry, now = new Date()) {
  await tx.auditLog.create({
    data: {
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
      createdAt: now,
    },
  });
}

export const ENTITY_LABELS: Record<string, string> = {
  settings: "Configurações",
  holiday: "Feriado",
  announcement: "Comunicado",
  user: "Usuário",
  organization: "Organização",
  group: "Grupo de atendimento",
  category: "Categoria do catálogo",
  item: "Item do catálogo",
  email: "E-mail",
  privacy: "Privacidade (LGPD)",
};

const ENTITY_TYPES = Object.keys(ENTITY_LABELS) as [string, ...string[]];

/** The period filter of both logs' addresses (`?de=2026-03-01&ate=2026-03-31`): local days. */
export const periodFields = { de: z.iso.date(), ate: z.iso.date() };

/** The "Alterações" tab's address: `?tipo=user&de=&ate=&pagina=`. */
export const auditListFields = { tipo: z.enum(ENTITY_TYPES), ...periodFields };

export type AuditFilter = ParsedAddress<z.output<z.ZodObject<typeof auditListFields>>>["params"];

/** The period filter of both logs: the portal's local days, inclusive. */
export async function period(filter: { de?: string; ate?: string }) {
  const { timeZone } = await getPortalSettings();
  return {
    ...(filter.de ? { gte: startOfDay(filter.de, timeZone) } : {}),
    ...(filter.ate ? { lt: endOfDay(filter.ate, timeZone) } : {}),
  };
}

/** The log, newest first, filtered by kind of record and period. */
export function listAudit(actor: Actor, filter: AuditFilter, pageSize = 50) {
  return readAsAdmin(actor, "audit.list", async () => {
    const where: Prisma.AuditLogWhereInput = {
      ...(filter.tipo ? { entityType: filter.tipo } : {}),
      createdAt: await period(filter),
    };
    const [rows, total] = await Promise.all([
      db.auditLog.findMany({
        where,
        include: { actor: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (filter.pagina - 1) * pageSize,
        take: pageSize,
      }),
      db.auditLog.count({ where }),
    ]);
    return { rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
  });
}

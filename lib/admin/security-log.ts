import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { ParsedAddress } from "@/lib/lists/address";
import type { SecurityEventKind } from "@/lib/security/events";
import type { Actor } from "@/lib/tickets/actor";
import { readAsAdmin } from "./admin-only";
import { period, periodFields } from "./audit";

/** The security log as the admin reads it at /admin/auditoria, "Segurança" tab. */

export const SECURITY_KIND_LABELS: Record<SecurityEventKind, string> = {
  "permission.refused": "Permissão negada",
  "login.throttled": "Login bloqueado por tentativas",
  "login.failed": "Tentativa de login falhou",
  "reset.throttled": "Redefinição de senha limitada",
  "origin.refused": "Origem recusada",
  "upload.refused": "Envio de arquivo recusado",
};

const KINDS = Object.keys(SECURITY_KIND_LABELS) as [SecurityEventKind, ...SecurityEventKind[]];

/** The "Segurança" tab's address: `?aba=seguranca&evento=login.failed&de=&ate=&pagina=`. */
export const securityListFields = { evento: z.enum(KINDS), ...periodFields };

export type SecurityFilter = ParsedAddress<
  z.output<z.ZodObject<typeof securityListFields>>
>["params"];

/** The events, newest first, filtered by kind and period. */
export function listSecurityEvents(actor: Actor, filter: SecurityFilter, pageSize = 50) {
  return readAsAdmin(actor, "security.list", async () => {
    const where: Prisma.SecurityEventWhereInput = {
      ...(filter.evento ? { kind: filter.evento } : {}),
      createdAt: await period(filter),
    };
    const [rows, total] = await Promise.all([
      db.securityEvent.findMany({
        where,
        include: { actor: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (filter.pagina - 1) * pageSize,
        take: pageSize,
      }),
      db.securityEvent.count({ where }),
    ]);
    return { rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
  });
}

/** A kind as the admin reads it; a kind added later without a label shows as stored. */
export const securityKindLabel = (kind: string) =>
  SECURITY_KIND_LABELS[kind as SecurityEventKind] ?? kind;

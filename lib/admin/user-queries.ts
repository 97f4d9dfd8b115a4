import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { db, type Prisma } from "@/lib/db";
import { idsContaining } from "@/lib/db/sql";
import { searchField, type ParsedAddress } from "@/lib/lists/address";
import type { Actor } from "@/lib/tickets/actor";
import { recordId } from "./admin-action";
import { readAsAdmin } from "./admin-only";
import { auditedUser } from "./user-rows";
import { recordDataAccess } from "@/lib/privacy/access-log";

/** What the admin reads of users: the list, one user to edit, and the form's choices. */

/** The users list's address (`/admin/usuarios?busca=&papel=&organizacao=&situacao=&pagina=`). */
export const userListFields = {
  busca: searchField,
  papel: z.enum(ROLES),
  organizacao: recordId,
  situacao: z.enum(["ativos", "inativos"]),
};

export type UserFilter = ParsedAddress<z.output<z.ZodObject<typeof userListFields>>>["params"];

/** The users list: search by name, CPF or e-mail, filters by role, organization and status. */
export function listUsers(actor: Actor, filter: UserFilter, pageSize = 50) {
  return readAsAdmin(actor, "user.list", async () => {
    const q = filter.busca;
    const where: Prisma.UserWhereInput = {
      ...(filter.papel ? { role: filter.papel } : {}),
      ...(filter.organizacao ? { organizationId: filter.organizacao } : {}),
      ...(filter.situacao ? { active: filter.situacao === "ativos" } : {}),
      ...(q ? { id: { in: await matchingUsers(q) } } : {}),
    };
    const [rows, total] = await Promise.all([
      db.user.findMany({
        where,
        select: {
          id: true,
          cpf: true,
          name: true,
          email: true,
          role: true,
          active: true,
          organization: { select: { name: true } },
        },
        orderBy: { name: "asc" },
        skip: (filter.pagina - 1) * pageSize,
        take: pageSize,
      }),
      db.user.count({ where }),
    ]);
    return { rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
  });
}

/** Users whose name, e-mail or CPF (typed with or without its dots) contains the search. */
async function matchingUsers(q: string): Promise<string[]> {
  const byText = await idsContaining(db, { table: "User", columns: ["name", "email"], text: q });
  const digits = q.replace(/\D/g, "");
  if (!digits) return byText;
  const byCpf = await idsContaining(db, { table: "User", columns: ["cpf"], text: digits });
  return [...new Set([...byText, ...byCpf])];
}

/** One user as their form edits them (never the password hash), or null. */
export function userForEditor(actor: Actor, id: string) {
  return readAsAdmin(actor, "user.read", async () => {
    // The same fields the audit log keeps of a user: what the form edits, never the password hash.
    const user = await db.user.findUnique({ where: { id }, select: auditedUser });
    if (user) await recordDataAccess(actor, [user.id], { kind: "profile" });
    return user;
  });
}

/** The choices of the user form: organizations (and what each may manage) and active groups. */
export function userFormChoices(actor: Actor) {
  return readAsAdmin(actor, "user.choices", async () => {
    const [organizations, groups] = await Promise.all([
      // Kind and IBGE code: the form offers a state's requester its municipalities to manage.
      db.organization.findMany({
        select: { id: true, name: true, kind: true, ibgeCode: true },
        orderBy: { name: "asc" },
      }),
      db.supportGroup.findMany({
        where: { active: true },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return { organizations, groups };
  });
}

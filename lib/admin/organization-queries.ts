import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";
import { readAsAdmin } from "./admin-only";

/** The organizations page: every organization, with how many users it has. */
export function listOrganizations(actor: Actor) {
  return readAsAdmin(actor, "organization.list", () =>
    db.organization.findMany({
      include: { _count: { select: { users: true } } },
      orderBy: { name: "asc" },
    }),
  );
}

/** The groups page: every support group with its members, and the analysts who can join one. */
export function listGroups(actor: Actor) {
  return readAsAdmin(actor, "group.list", async () => {
    const [groups, agents] = await Promise.all([
      db.supportGroup.findMany({
        include: { members: { select: { userId: true } } },
        orderBy: { name: "asc" },
      }),
      db.user.findMany({
        where: { role: "AGENT", active: true },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return { groups, agents };
  });
}

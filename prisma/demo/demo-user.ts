import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";

type DemoPerson = { cpf: string; name: string; email: string; role: Role };

/**
 * A demo account, matched by CPF and brought back to its demo values (a password someone changed
 * is left alone), in its organization and, for an analyst, its support group.
 */
export async function upsertDemoUser(
  tx: Tx,
  user: DemoPerson,
  place: { organizationId: string | null; groupId?: string },
  passwordHash: string,
) {
  const data = { ...user, organizationId: place.organizationId, active: true };
  const row = await tx.user.upsert({
    where: { cpf: user.cpf },
    create: { ...data, passwordHash },
    update: data,
  });
  if (place.groupId) {
    await tx.groupMember.upsert({
      where: { groupId_userId: { groupId: place.groupId, userId: row.id } },
      create: { groupId: place.groupId, userId: row.id },
      update: {},
    });
  }
  return row;
}

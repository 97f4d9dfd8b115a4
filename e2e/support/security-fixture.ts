/**
 * Puts events in the security log of the portal's database, as the sign-in and upload code
 * would, for e2e/admin-security-log.spec.ts. Run with DATABASE_URL pointing at that database.
 */
import { db } from "../../lib/db";
import { recordSecurityEvent } from "../../lib/security/events";

async function main() {
  const requester = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
  await recordSecurityEvent({
    kind: "permission.refused",
    actorId: requester.id,
    subject: "user.list",
    address: "203.0.113.50",
  });
  await recordSecurityEvent({
    kind: "login.throttled",
    subject: "***.982.247-**",
    address: "198.51.100.23",
  });
}

main().finally(() => db.$disconnect());

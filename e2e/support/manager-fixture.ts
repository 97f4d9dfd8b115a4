/**
 * Tickets and managers for e2e/managers.spec.ts, through the services:
 *   open-as 39053344705 98765432100   opens one GERID ticket as each of these requesters (no
 *                                     followers) and prints their numbers
 *   unmark 52998224725                takes every "Gestor da organização" mark off this user, so
 *                                     that the demo requester is a plain requester for other specs
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts does).
 */
import { db } from "../../lib/db";
import { loadActor } from "../../lib/tickets/actor";
import { openTicket } from "../../lib/tickets/open-ticket";

const userByCpf = (cpf: string) => db.user.findUniqueOrThrow({ where: { cpf } });

async function openAs(cpf: string) {
  const gerid = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
  const result = await openTicket((await loadActor((await userByCpf(cpf)).id))!, {
    itemId: gerid.id,
    answers: { motivo: "Problema", funcionalidade: "Acesso" },
    description: "Não consigo acessar o GERID.",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.number;
}

const [command, ...args] = process.argv.slice(2);
if (command === "open-as") for (const cpf of args) console.log(await openAs(cpf));
else if (command === "unmark")
  await db.organizationManager.deleteMany({ where: { userId: (await userByCpf(args[0]!)).id } });
else throw new Error(`Unknown command "${command}"`);
await db.$disconnect();

/**
 * Opens a GERID ticket as the demo requester, with the demo colleague following it, and prints
 * its number. The end-to-end specs use it while the request form (a later issue) does not exist:
 *   DATABASE_URL=file:./data/e2e.db node --conditions=react-server --import tsx e2e/support/open-demo-ticket.ts
 */
import { db } from "../../lib/db";
import { loadActor } from "../../lib/tickets/actor";
import { openTicket } from "../../lib/tickets/open-ticket";

const requester = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
const colleague = await db.user.findUniqueOrThrow({ where: { cpf: "39053344705" } });
const gerid = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
const result = await openTicket((await loadActor(requester.id))!, {
  itemId: gerid.id,
  followerIds: [colleague.id],
  answers: { motivo: "Problema", funcionalidade: "Acesso" },
  description: "Não consigo acessar o GERID desde ontem.",
});
if (!result.ok) throw new Error(JSON.stringify(result));
const ticket = await db.ticket.findUniqueOrThrow({ where: { id: result.value.id } });
console.log(ticket.number);
await db.$disconnect();

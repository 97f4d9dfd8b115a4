/**
 * What the end-to-end specs do to tickets through the services while the screens for it do not
 * exist yet (the agent workspace is a later issue):
 *   open 2 start resolve              opens GERID tickets (here two) as the demo requester, followed
 *                                     by the demo colleague, moves each along as the demo analyst
 *                                     (here: start, then resolve), and prints their numbers
 *   advance CS0000001 start resolve   moves a ticket along as the demo analyst (askForInfo asks
 *                                     for the requester's CPF)
 *   comment CS0000001 "text"          a public reply by the demo analyst
 *   auto-close 2027-01-01T00:00:00Z   runs the auto-close sweep as if it were that instant, and
 *                                     prints how many tickets it closed
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts does). Each run is a
 * process that takes seconds to start on a loaded machine: one run sets up all a test needs.
 */
import { db } from "../../lib/db";
import { fixedClock } from "../../lib/clock";
import { autoCloseDueTickets } from "../../lib/tickets/auto-close";
import { loadActor } from "../../lib/tickets/actor";
import { addComment } from "../../lib/tickets/comments";
import { openTicket } from "../../lib/tickets/open-ticket";
import { changeState } from "../../lib/tickets/state-changes";
import type { StateAction } from "../../lib/tickets/state-machine";

const actorByCpf = async (cpf: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { cpf } })).id))!;

async function open(actions: string[]) {
  const colleague = await db.user.findUniqueOrThrow({ where: { cpf: "39053344705" } });
  const gerid = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
  const result = await openTicket(await actorByCpf("52998224725"), {
    itemId: gerid.id,
    followerIds: [colleague.id],
    answers: { motivo: "Problema", funcionalidade: "Acesso" },
    description: "Não consigo acessar o GERID desde ontem.",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  await advance(result.value.number, actions);
  return result.value.number;
}

/** The text of the actions that require one. */
const TEXTS: Record<string, string> = {
  resolve: "Acesso liberado: tente entrar de novo.",
  askForInfo: "Envie o número do seu CPF, por favor.",
};

async function advance(number: string, actions: string[]) {
  const analyst = await actorByCpf("11144477735");
  for (const action of actions) {
    const ticket = await db.ticket.findUniqueOrThrow({ where: { number } });
    const result = await changeState(analyst, {
      ticketId: ticket.id,
      version: ticket.version,
      action: action as StateAction,
      text: TEXTS[action],
    });
    if (!result.ok) throw new Error(`${action}: ${JSON.stringify(result)}`);
  }
}

async function comment(number: string, body: string) {
  const ticket = await db.ticket.findUniqueOrThrow({ where: { number } });
  const result = await addComment(await actorByCpf("11144477735"), { ticketId: ticket.id, body });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

const [command, ...args] = process.argv.slice(2);
if (command === "open")
  for (let i = 0; i < Number(args[0]); i++) console.log(await open(args.slice(1)));
else if (command === "advance") await advance(args[0]!, args.slice(1));
else if (command === "comment") await comment(args[0]!, args[1]!);
else if (command === "auto-close")
  console.log((await autoCloseDueTickets(fixedClock(new Date(args[0]!)))).closed);
else throw new Error(`Unknown command "${command}"`);
await db.$disconnect();

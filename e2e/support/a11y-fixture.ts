/**
 * Tickets for e2e/accessibility.spec.ts, through the services, in one process: prints the number
 * of a ticket in progress with a file from the requester, a public reply and an internal note
 * with a file from the demo analyst, then the number of a closed ticket the requester may rate.
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts: runFixture).
 */
import { db } from "../../lib/db";
import { stageUploads } from "../../lib/attachments/uploads";
import { loadActor, type Actor } from "../../lib/tickets/actor";
import { addComment } from "../../lib/tickets/comments";
import { openTicket } from "../../lib/tickets/open-ticket";
import { changeState } from "../../lib/tickets/state-changes";
import type { StateAction } from "../../lib/tickets/state-machine";

const actorByCpf = async (cpf: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { cpf } })).id))!;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

async function upload(actor: Actor, name: string) {
  return must(await stageUploads(actor, [{ name, bytes: PDF }])).map((a) => a.id);
}

async function move(actor: Actor, number: string, action: StateAction, text?: string) {
  const ticket = await db.ticket.findUniqueOrThrow({ where: { number } });
  must(await changeState(actor, { ticketId: ticket.id, version: ticket.version, action, text }));
}

const requester = await actorByCpf("52998224725");
const analyst = await actorByCpf("11144477735");
const gerid = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
const open = async (attachmentIds: string[] = []) =>
  must(
    await openTicket(requester, {
      itemId: gerid.id,
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description: "Não consigo acessar o GERID desde ontem.",
      attachmentIds,
    }),
  ).number;

const worked = await open(await upload(requester, "captura-de-tela.pdf"));
await move(analyst, worked, "start");
const ticketId = (await db.ticket.findUniqueOrThrow({ where: { number: worked } })).id;
must(await addComment(analyst, { ticketId, body: "Estamos verificando o seu acesso." }));
must(
  await addComment(analyst, {
    ticketId,
    internal: true,
    body: "Perfil bloqueado no GERID: pedir desbloqueio ao gestor.",
    attachmentIds: await upload(analyst, "log-do-gerid.pdf"),
  }),
);

const closed = await open();
await move(analyst, closed, "start");
await move(analyst, closed, "resolve", "Acesso liberado: tente entrar de novo.");
await move(requester, closed, "accept");

console.log(worked, closed);
await db.$disconnect();

/**
 * The people and tickets of e2e/privacy.spec.ts, set up through our services:
 *   person   creates "Pessoa Anonimizável" (CPF 935.411.347-80, the demo password) in the demo
 *            municipality, opens a GERID ticket as them and a deletion request ("Direitos do
 *            titular") that the demo admin resolves; prints "<ticket> <request>"
 *   other    opens a GERID ticket as the demo colleague; prints its number
 * Run with DATABASE_URL pointing at the portal's database (e2e/helpers.ts runFixture does).
 */
import { db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { loadActor } from "../../lib/tickets/actor";
import { openTicket } from "../../lib/tickets/open-ticket";
import { changeState } from "../../lib/tickets/state-changes";
import { openRightsRequest } from "../../lib/privacy/rights";
import { DEMO_PASSWORD } from "../../prisma/demo-data";

const actorByCpf = async (cpf: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { cpf } })).id))!;

async function gerid(cpf: string) {
  const item = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
  const result = await openTicket(await actorByCpf(cpf), {
    itemId: item.id,
    answers: { motivo: "Problema", funcionalidade: "Acesso" },
    description: "Não consigo acessar o GERID desde ontem.",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.number;
}

async function person() {
  const requester = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
  await db.user.create({
    data: {
      cpf: "93541134780",
      name: "Pessoa Anonimizável",
      email: "pessoa.anonimizavel@prefeitura.example",
      phone: "(61) 99999-1234",
      organizationId: requester.organizationId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
  const ticket = await gerid("93541134780");
  const request = await openRightsRequest(await actorByCpf("93541134780"), {
    key: crypto.randomUUID(),
    kind: "deletion",
    details: "Peço a exclusão dos meus dados pessoais.",
  });
  if (!request.ok) throw new Error(JSON.stringify(request));
  const admin = await actorByCpf("12345678909");
  for (const action of ["start", "resolve"] as const) {
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id: request.value.id } });
    const moved = await changeState(admin, {
      ticketId: request.value.id,
      version,
      action,
      text: "Pedido de exclusão aprovado.",
    });
    if (!moved.ok) throw new Error(JSON.stringify(moved));
  }
  return `${ticket} ${request.value.number}`;
}

const [command] = process.argv.slice(2);
const output = command === "person" ? await person() : await gerid("39053344705");
console.log(output);
await db.$disconnect();

/**
 * A requester's reply by e-mail, for e2e/inbound-mail.spec.ts:
 *   reply CS0000001 "text"   the demo requester answers the ticket's mail: the reply goes into a
 *                            throwaway Dovecot mailbox, with the mail quoted below it, and the
 *                            portal's reader (lib/inbound, the "read-mail" job) reads it
 * Prints what the reader reported. Run with DATABASE_URL pointing at the portal's database.
 */
import { db } from "../../lib/db";
import { REPLY_MARKER_LINE } from "../../lib/inbound/marker";
import { readMailbox } from "../../lib/inbound/reader";
import { threadIdOf } from "../../lib/notifications/outbox";
import { startThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { composeMail, deliver } from "../../tests/support/imap";

const [command, number, text] = process.argv.slice(2);
if (command !== "reply" || !number || !text) throw new Error("usage: reply CS0000001 text");

const dovecot = await startThrowawayDovecot();
try {
  const mailbox = dovecot.urlOf("suporte@prefeitura.test");
  const requester = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
  await deliver(
    mailbox,
    composeMail({
      from: `${requester.name} <${requester.email}>`,
      to: "suporte@prefeitura.test",
      subject: `Re: [${number}] Precisamos de informações – responda para continuar`,
      inReplyTo: threadIdOf(number),
      references: [threadIdOf(number)],
      date: new Date(),
      text: `${text}\n\nEm ${new Date().toLocaleDateString("pt-BR")}, Portal escreveu:\n> ${REPLY_MARKER_LINE}\n> Envie o número do seu CPF, por favor.\n`,
    }),
  );
  console.log(JSON.stringify(await readMailbox(mailbox)));
} finally {
  await dovecot.stop();
  await db.$disconnect();
}

/**
 * npm run bench:inbound [-- --messages 1000] [--tickets 200] [--database file:./data/bench-inbound.db]
 *
 * The inbound reader's throughput: a throwaway Dovecot mailbox holding `messages` replies (from
 * the requester, to the ticket's thread, each with the quoted mail below the reply line) to
 * `tickets` tickets of a fresh benchmark database with the demo data; then times one reader
 * turning all of them into messages on the tickets and moving them to "Processados", and prints
 * messages per second.
 */
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import { ImapFlow } from "imapflow";
import MailComposer from "nodemailer/lib/mail-composer";
import { CommandError, runCommand } from "./run-command";
import { benchArguments, freshBenchDatabase } from "./bench/measure";
import { DOVECOT_PASSWORD, startThrowawayDovecot } from "./throwaway-dovecot";

const { messages, tickets, ...values } = benchArguments(
  { messages: 1_000, tickets: 200 },
  "file:./data/bench-inbound.db",
);

const compose = (options: ConstructorParameters<typeof MailComposer>[0]) =>
  new Promise<Buffer>((resolve, reject) =>
    new MailComposer(options).compile().build((e, m) => (e ? reject(e) : resolve(m))),
  );

runCommand(async () => {
  const target = await freshBenchDatabase(values.database);
  const { db } = await import("../lib/db");
  const { seedDemoData } = await import("../prisma/seed");
  const { loadActor } = await import("../lib/tickets/actor");
  const { openTicket } = await import("../lib/tickets/open-ticket");
  const { threadIdOf } = await import("../lib/notifications/outbox");
  const { readMailbox } = await import("../lib/inbound/reader");
  const { REPLY_MARKER_LINE } = await import("../lib/inbound/marker");

  await seedDemoData(db);
  const user = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
  const requester = (await loadActor(user.id))!;
  const gerid = await db.catalogItem.findUniqueOrThrow({ where: { slug: "gerid" } });
  const numbers: string[] = [];
  for (let i = 0; i < tickets; i++) {
    const opened = await openTicket(requester, {
      itemId: gerid.id,
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description: `Chamado de teste ${i}.`,
    });
    if (!opened.ok) throw new CommandError(`openTicket failed: ${JSON.stringify(opened)}`);
    numbers.push(opened.value.number);
  }

  const dovecot = await startThrowawayDovecot();
  try {
    const imapUrl = dovecot.urlOf("suporte@bench.test");
    const client = new ImapFlow({
      host: "127.0.0.1",
      port: dovecot.port,
      secure: false,
      auth: { user: "suporte@bench.test", pass: DOVECOT_PASSWORD },
      logger: false,
    });
    await client.connect();
    for (let i = 0; i < messages; i++) {
      const number = numbers[i % numbers.length]!;
      const raw = await compose({
        from: `${user.name} <${user.email}>`,
        to: "suporte@bench.test",
        subject: `Re: [${number}] Nova resposta – GERID`,
        messageId: `<${crypto.randomUUID()}@cliente.test>`,
        inReplyTo: threadIdOf(number),
        references: [threadIdOf(number)],
        text: `Resposta ${i}: segue a informação pedida.\n\nEm 2 de nov. de 2026, Portal escreveu:\n> ${REPLY_MARKER_LINE}\n> Analista respondeu\n> Pode enviar o print?\n`,
      });
      await client.append("INBOX", raw);
    }
    await client.logout();
    console.log(
      `Database: ${target.provider}; ${messages.toLocaleString("en")} replies to ${tickets} tickets in a Dovecot mailbox`,
    );

    const started = performance.now();
    const report = await readMailbox(imapUrl);
    const seconds = (performance.now() - started) / 1000;
    const written = await db.ticketEvent.count({ where: { type: "COMMENT" } });
    if (report.processed !== messages || written !== messages) {
      throw new CommandError(
        `Expected ${messages} messages; the reader reported ${JSON.stringify(report)} and wrote ${written}.`,
      );
    }
    console.log(
      `${"replies read into tickets".padEnd(36)} ${(messages / seconds).toFixed(0)} messages/s (${messages.toLocaleString("en")} in ${seconds.toFixed(1)} s, one reader)`,
    );
    console.log(`Peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await dovecot.stop();
    await db.$disconnect();
  }
});

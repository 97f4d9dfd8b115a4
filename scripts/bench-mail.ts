/**
 * npm run bench:mail [-- --messages 10000] [--connections 3] [--database file:./data/bench-mail.db]
 *
 * The mail worker's throughput: queues `messages` rendered ticket e-mails in a fresh benchmark
 * database, then times the worker delivering all of them to an SMTP server on loopback (the
 * smtp-server package, accepting and discarding each message) and prints mails per second.
 */
import { performance } from "node:perf_hooks";
import { CommandError, runCommand } from "./run-command";
import { benchArguments, freshBenchDatabase } from "./bench/measure";
import { smtpSink } from "./bench/smtp-sink";
import { freePort } from "./throwaway-postgres";

const { messages, connections, ...values } = benchArguments(
  { messages: 10_000, connections: 3 },
  "file:./data/bench-mail.db",
);

runCommand(async () => {
  const target = await freshBenchDatabase(values.database);

  const { db } = await import("../lib/db");
  const { queueEmails } = await import("../lib/notifications/outbox");
  const { ticketMail } = await import("../lib/notifications/ticket-mails");
  const { deliverOutbox } = await import("../lib/notifications/delivery");
  const { smtpTransport } = await import("../lib/notifications/smtp-transport");

  const queuedAt = new Date();
  const queueStart = performance.now();
  for (let start = 0; start < messages; start += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, messages - start) }, (_, k) => {
      const i = start + k;
      const number = `CS${String(i + 1).padStart(7, "0")}`;
      const mail = ticketMail({
        kind: "ticket.comment",
        ticket: {
          number,
          itemTitle: "GERID",
          state: "IN_PROGRESS",
          groupName: "Atendimento N1",
          organizationName: "Prefeitura Municipal de Demonstração",
          description: "Não consigo acessar o GERID.",
        },
        event: { actorName: "Analista Demo", body: "Pode enviar o print da tela de erro?" },
        recipient: { name: `Pessoa ${i}`, audience: "customer", isOpener: true },
        autoCloseDays: 7,
        ticketUrl: `http://localhost:3000/solicitacoes/${number}`,
      });
      return {
        kind: "ticket.comment",
        to: { address: `pessoa${i}@example.gov.br`, name: `Pessoa ${i}` },
        ...mail,
      };
    });
    await db.$transaction((tx) => queueEmails(tx, batch, queuedAt));
  }
  const queueSeconds = (performance.now() - queueStart) / 1000;
  console.log(
    `Database: ${target.provider}; queued ${messages.toLocaleString("en")} rendered e-mails in ${queueSeconds.toFixed(1)} s`,
  );

  const sink = smtpSink(await freePort());
  await sink.listen();
  const transport = smtpTransport(sink.url, "Portal <portal@localhost>", connections);
  const started = performance.now();
  const report = await deliverOutbox({ transport, concurrency: connections });
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  await sink.stop();

  if (report.sent !== messages || sink.count() !== messages) {
    throw new CommandError(
      `Expected ${messages} deliveries; the worker reported ${JSON.stringify(report)} and the server received ${sink.count()}.`,
    );
  }
  console.log(
    `${"delivery to a local SMTP server".padEnd(36)} ${(messages / seconds).toFixed(0)} mails/s (${messages.toLocaleString("en")} in ${seconds.toFixed(1)} s, ${connections} pooled connections)`,
  );
  console.log(`Peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await db.$disconnect();
});

import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { renderMail } from "@/lib/notifications/layout";
import { queueEmails } from "@/lib/notifications/outbox";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { smtpTransport } from "@/lib/notifications/smtp-transport";

/** The mail worker of `npm start`, pointed at a test's SMTP server and run on demand. */
export function mailWorker(smtpUrl: string) {
  const transport = smtpTransport(smtpUrl, "Portal de Atendimento <portal@localhost>");
  return {
    /** Notifications into the outbox, then the outbox out, as of `now`. */
    run: async (now = new Date()) => {
      await expandNotifications(fixedClock(now));
      return deliverOutbox({ transport, clock: fixedClock(now) });
    },
    close: () => transport.close(),
  };
}

/** Queues one plain test e-mail per address, as of `at`, in one transaction. */
export async function queueTestMails(addresses: readonly string[], at: Date): Promise<void> {
  await db.$transaction((tx) =>
    queueEmails(
      tx,
      addresses.map((address) => ({
        kind: "test",
        to: { address, name: address.split("@")[0]! },
        subject: `Teste para ${address}`,
        body: renderMail({
          preheader: "Teste",
          heading: "Teste",
          paragraphs: ["Olá."],
          footer: ".",
        }),
      })),
      at,
    ),
  );
}

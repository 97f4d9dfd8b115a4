import { fixedClock } from "@/lib/clock";
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

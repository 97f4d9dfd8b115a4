import "server-only";
import { env } from "@/lib/config/env";
import type { Clock } from "@/lib/clock";
import { deliverOutbox } from "./delivery";
import { expandNotifications } from "./notification-mails";
import { smtpTransport } from "./smtp-transport";

let transport: ReturnType<typeof smtpTransport> | undefined;

/**
 * The "deliver-mail" job: notifications become e-mails in the outbox, then the outbox goes out
 * over SMTP_URL. Without SMTP_URL (the embedded default) the e-mails stay in the outbox, where
 * the admin page shows them; they leave once SMTP_URL is set.
 */
export async function runMailWorker(clock?: Clock): Promise<Record<string, number>> {
  const expanded = await expandNotifications(clock);
  if (!env.smtpUrl) return { queued: expanded.emails };
  transport ??= smtpTransport(env.smtpUrl, env.mailFrom);
  const delivered = await deliverOutbox({
    transport,
    clock,
    ratePerMinute: env.mailRatePerMinute,
  });
  return { queued: expanded.emails, ...delivered };
}

/** Lets a one-off job process exit: the pooled SMTP connections would keep it alive. */
export function closeMailTransport(): void {
  transport?.close();
  transport = undefined;
}

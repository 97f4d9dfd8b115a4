import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/config/env";

export type Email = { to: string; subject: string; text: string; html: string };
export type SendEmail = (email: Email) => Promise<void>;

/**
 * One way out for e-mail. With SMTP_URL, a pooled nodemailer connection sends it; without (the
 * embedded default), the message is written to the log so that a demo shows what would have been
 * sent. The notifications issue routes ticket e-mails through the outbox and its worker.
 */
export function createMailer(smtpUrl: string | undefined, from: string): SendEmail {
  if (!smtpUrl) {
    return async (email) => {
      console.info(
        JSON.stringify({
          event: "mail.not-sent (no SMTP_URL)",
          to: email.to,
          subject: email.subject,
          text: email.text,
        }),
      );
    };
  }
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return async (email) => {
    // Header values never carry line breaks from user text.
    const subject = email.subject.replace(/[\r\n]+/g, " ");
    await transport.sendMail({ to: email.to, subject, text: email.text, html: email.html });
  };
}

let mailer: SendEmail | undefined;

export const sendEmail: SendEmail = (email) =>
  (mailer ??= createMailer(
    env.smtpUrl && `${env.smtpUrl}${env.smtpUrl.includes("?") ? "&" : "?"}pool=true`,
    env.mailFrom,
  ))(email);

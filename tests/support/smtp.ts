import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/** An SMTP reply to refuse a recipient with, e.g. { code: 451, message: "Try again later" }. */
export type Refusal = { code: number; message: string };

const refusalError = (refusal: Refusal) =>
  Object.assign(new Error(refusal.message), { responseCode: refusal.code });

/**
 * A real SMTP server on loopback that keeps every message it receives, parsed. `refuse` decides,
 * per recipient address, whether the server refuses it (4xx or 5xx) instead. `beforeAccept` runs
 * once a message's DATA has arrived and before the server answers it: it may hold the answer
 * (a slow server) or refuse the message, which is then not kept. With `tls`, it
 * speaks TLS from the start ("implicit", smtps://) or offers STARTTLS, with smtp-server's own
 * self-signed certificate.
 */
export async function startSmtpCatcher(
  requestedPort = 0,
  tls: "none" | "implicit" | "starttls" = "none",
) {
  const messages: ParsedMail[] = [];
  let encrypted = 0;
  const listeners = new Set<(mail: ParsedMail) => void>();
  const control: {
    refuse: (address: string) => Refusal | undefined;
    beforeAccept: (mail: ParsedMail) => Promise<Refusal | undefined>;
  } = { refuse: () => undefined, beforeAccept: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    // A pooled sender keeps its connection open; do not wait for it when stopping.
    closeTimeout: 100,
    disableReverseLookup: true,
    secure: tls === "implicit",
    disabledCommands: tls === "starttls" ? [] : ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      const refusal = control.refuse(address.address);
      if (!refusal) return callback();
      callback(refusalError(refusal));
    },
    onData(stream, session, callback) {
      if (session.secure) encrypted += 1;
      simpleParser(stream)
        .then(async (mail) => {
          const refusal = await control.beforeAccept(mail);
          if (refusal) return callback(refusalError(refusal));
          messages.push(mail);
          listeners.forEach((listener) => listener(mail));
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(requestedPort, "127.0.0.1", () =>
      resolve((server.server.address() as { port: number }).port),
    );
  });
  return {
    url:
      tls === "none"
        ? `smtp://127.0.0.1:${port}`
        : `${tls === "implicit" ? "smtps" : "smtp"}://127.0.0.1:${port}?tls.rejectUnauthorized=false`,
    messages,
    control,
    /** How many messages came over an encrypted session. */
    encrypted: () => encrypted,
    /** The first message, received or still to come, that `match` accepts. */
    waitFor: (match: (mail: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail> => {
      const received = messages.find(match);
      if (received) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching e-mail arrived in ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
        const check = (mail: ParsedMail) => {
          if (!match(mail)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(mail);
        };
        listeners.add(check);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address a received message was sent to. */
export function recipientOf(mail: ParsedMail): string | undefined {
  return [mail.to ?? []].flat()[0]?.value[0]?.address;
}

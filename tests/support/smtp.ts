import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/** An SMTP reply to refuse a recipient with, e.g. { code: 451, message: "Try again later" }. */
export type Refusal = { code: number; message: string };

/**
 * A real SMTP server on loopback that keeps every message it receives, parsed. `refuse` decides,
 * per recipient address, whether the server refuses it (4xx or 5xx) instead.
 */
export async function startSmtpCatcher(requestedPort = 0) {
  const messages: ParsedMail[] = [];
  const waiting: ((mail: ParsedMail) => void)[] = [];
  const control: { refuse: (address: string) => Refusal | undefined } = {
    refuse: () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    // A pooled sender keeps its connection open; do not wait for it when stopping.
    closeTimeout: 100,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      const refusal = control.refuse(address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        waiting.shift()?.(mail);
        callback();
      }, callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(requestedPort, "127.0.0.1", () =>
      resolve((server.server.address() as { port: number }).port),
    );
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    control,
    /** The next message to arrive (or the first not yet taken). */
    next: (): Promise<ParsedMail> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no e-mail arrived in 10 s")), 10_000);
        waiting.push((mail) => {
          clearTimeout(timer);
          resolve(mail);
        });
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { SMTPServer } from "smtp-server";

/**
 * An SMTP server on loopback that accepts everything and keeps only each message's Message-ID,
 * so that a benchmark can check at the receiving end that every mail arrived exactly once.
 * `listen` may come later than the port is chosen: until then the port refuses connections, as
 * a mail server that is down.
 */
export function smtpSink(port: number) {
  const received = new Map<string, number>();
  let withoutId = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No DNS here: a reverse lookup of each connection would only time out.
    disableReverseLookup: true,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 16_384) head += chunk.toString("latin1");
      });
      stream.on("end", () => {
        const id = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head.split(/\r?\n\r?\n/)[0]!)?.[1];
        if (id) received.set(id, (received.get(id) ?? 0) + 1);
        else withoutId += 1;
        callback();
      });
    },
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    listen: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    /** Messages received, counting each copy. */
    count: () => [...received.values()].reduce((sum, n) => sum + n, 0) + withoutId,
    received,
    withoutId: () => withoutId,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

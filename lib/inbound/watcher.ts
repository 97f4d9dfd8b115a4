import { env } from "@/lib/config/env";
import { log } from "@/lib/log";
import { imapClient, mailboxOf } from "./mailbox";

const RECONNECT_MS = 30_000;

/**
 * Keeps one connection per mailbox open on its folder and calls `wake` when mail arrives, so
 * that the reader runs within a second instead of at its next poll. ImapFlow waits in IDLE when
 * the server has it and polls with NOOP otherwise; a dropped connection is opened again.
 * Returns the function that stops watching.
 */
export function watchMailboxes(wake: () => void): () => void {
  const stops = env.imapUrls.map((url) => watchMailbox(url, wake));
  return () => stops.forEach((stop) => stop());
}

/** Watches one mailbox (exported for its test). */
export function watchMailbox(imapUrl: string, wake: () => void): () => void {
  const mailbox = mailboxOf(imapUrl);
  let stopped = false;
  let client: ReturnType<typeof imapClient> | undefined;
  const loop = async () => {
    while (!stopped) {
      try {
        client = imapClient(mailbox, true);
        client.on("error", () => undefined); // reported by the close below
        await client.connect();
        await client.mailboxOpen(mailbox.folder);
        client.on("exists", wake);
        await new Promise((resolve) => client!.once("close", resolve));
      } catch (error) {
        log.warn({ event: "inbound.watch_failed", mailbox: mailbox.label, err: error });
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS).unref());
    }
  };
  void loop();
  return () => {
    stopped = true;
    client?.close();
  };
}

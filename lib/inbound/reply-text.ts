import EmailReplyParser from "email-reply-parser";
import { TEXT_LIMIT } from "@/lib/tickets/texts";
import { REPLY_MARKER } from "./marker";

const CUT = "\n\n[Mensagem cortada: o e-mail passou do limite de caracteres do portal.]";

/**
 * What the person wrote in a reply: everything from our marker line down is cut (whatever the
 * client put before it, "Em 3 de jan., Portal escreveu:", is cut by the parser), then the quoted
 * history and the signature are cut by Crisp's reply parser, which knows Portuguese headers.
 */
export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const markerAt = lines.findIndex((line) => line.includes(REPLY_MARKER));
  const above = markerAt === -1 ? lines : lines.slice(0, markerAt);
  const visible = new EmailReplyParser().read(above.join("\n")).getVisibleText();
  const reply = tidy(visible);
  return reply.length <= TEXT_LIMIT ? reply : reply.slice(0, TEXT_LIMIT - CUT.length) + CUT;
}

/** Tabs, control characters, trailing spaces and runs of blank lines go; the text itself stays as written. */
function tidy(text: string): string {
  return (
    text
      .replace(/\t/g, "    ")
      // Control characters have no place in a message (the ticket's text refuses them).
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

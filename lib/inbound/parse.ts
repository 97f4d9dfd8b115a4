import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { headerText } from "@/lib/notifications/layout";

/** A received e-mail, parsed into what the reader decides with. */
export type InboundMail = {
  messageId: string | null;
  from: { address: string; name: string } | null;
  /** To, Cc, Delivered-To and X-Original-To, lower-cased. */
  recipients: string[];
  subject: string;
  text: string;
  /** In-Reply-To and References, in that order. */
  threadIds: string[];
  headers: ParsedMail["headers"];
  contentType: string;
  attachments: { name: string; bytes: Uint8Array }[];
};

const lower = (s: string) => s.trim().toLowerCase();

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value).flatMap((a) => (a.address ? [lower(a.address)] : []));
}

/** Header values that may repeat (Delivered-To) or be absent, as a list of text. */
function headerValues(mail: ParsedMail, name: string): string[] {
  return mail.headerLines
    .filter((line) => line.key === name)
    .map((line) => line.line.slice(line.line.indexOf(":") + 1).trim());
}

const idsOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter((id) => id.length > 0);

export async function parseMail(raw: Uint8Array): Promise<InboundMail> {
  const mail = await simpleParser(Buffer.from(raw), { skipImageLinks: true, skipTextToHtml: true });
  const from = mail.from?.value[0];
  const recipients = new Set([
    ...addresses(mail.to),
    ...addresses(mail.cc),
    ...headerValues(mail, "delivered-to").map(lower),
    ...headerValues(mail, "x-original-to").map(lower),
  ]);
  return {
    messageId: mail.messageId ? headerText(mail.messageId, 250) : null,
    from: from?.address
      ? { address: lower(from.address), name: headerText(from.name || from.address) }
      : null,
    recipients: [...recipients],
    subject: headerText(mail.subject ?? "", 250),
    text: mail.text ?? "",
    threadIds: [...idsOf(mail.inReplyTo), ...idsOf(mail.references)],
    headers: mail.headers,
    contentType: lower(
      String((mail.headers.get("content-type") as { value?: string })?.value ?? ""),
    ),
    // Pictures a mail's HTML shows inline (signature logos) are part of its look, not files sent.
    attachments: mail.attachments
      .filter((a) => !a.related)
      .map((a) => ({ name: a.filename ?? "anexo", bytes: new Uint8Array(a.content) })),
  };
}

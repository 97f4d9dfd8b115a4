import { escapeHtml } from "@/lib/text/html";

/**
 * The one look of every e-mail, as structured content rendered twice: HTML (inline styles and a
 * table layout, which is what mail clients render reliably) and plain text. Every string is
 * treated as text: it is escaped here, so templates never build HTML themselves.
 */
export type MailContent = {
  /** The line mail clients show next to the subject. */
  preheader: string;
  heading: string;
  paragraphs: readonly string[];
  /** What someone wrote (a reply, a solution, a reason), quoted as they wrote it. */
  quote?: { label: string; text: string };
  /** Label and value pairs: number, item, state… */
  details?: readonly (readonly [string, string])[];
  action?: { label: string; url: string };
  /** A row of links to choose from ("Avaliar Atendimento": one per score), below the action. */
  choices?: { heading: string; text: string; links: readonly { label: string; url: string }[] };
  /** Why the recipient got this e-mail. */
  footer: string;
  /** A first line above which a reply is written, when replies by e-mail are read. */
  replyMarker?: string;
};

export type RenderedMail = { html: string; text: string };

const BRAND = "#1e40af";
const PORTAL = "Portal de Atendimento";

/** Escaped text with its line breaks kept. */
const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>");

export function renderMail(content: MailContent): RenderedMail {
  return { html: renderHtml(content), text: renderText(content) };
}

function renderHtml(content: MailContent): string {
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px">${multiline(p)}</p>`)
    .join("");
  const quote = content.quote
    ? `<p style="margin:0 0 4px;font-weight:600">${escapeHtml(content.quote.label)}</p>` +
      `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid ${BRAND};background:#eef4ff;color:#0f172a">${multiline(content.quote.text)}</blockquote>`
    : "";
  const details = content.details?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;font-size:14px">${content.details
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;color:#475569;font-weight:600;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:${BRAND};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(content.action.label)}</a></p>`
    : "";
  const choices = content.choices
    ? `<p style="margin:0 0 4px;font-weight:600">${escapeHtml(content.choices.heading)}</p>` +
      `<p style="margin:0 0 12px">${escapeHtml(content.choices.text)}</p><p style="margin:0 0 16px">` +
      content.choices.links
        .map(
          (link) =>
            `<a href="${escapeHtml(link.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:8px 12px;border:1px solid ${BRAND};border-radius:6px;color:${BRAND};text-decoration:none;font-weight:600">${escapeHtml(link.label)}</a>`,
        )
        .join("") +
      "</p>"
    : "";
  return `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:0;background:#f8fafc;font-family:Inter,Segoe UI,Helvetica,Arial,sans-serif;color:#0f172a;line-height:1.5">
<span style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preheader)}</span>
${content.replyMarker ? `<p style="margin:0;padding:8px 12px;color:#64748b;font-size:12px;text-align:center">${escapeHtml(content.replyMarker)}</p>` : ""}
<table role="presentation" width="100%" style="border-collapse:collapse;background:#f8fafc"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="border-collapse:collapse;max-width:600px;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px">
<tr><td style="background:${BRAND};color:#ffffff;padding:16px 24px;font-weight:700;border-radius:8px 8px 0 0">${PORTAL}</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3">${escapeHtml(content.heading)}</h1>
${paragraphs}${quote}${details}${action}${choices}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;color:#64748b;font-size:12px">${escapeHtml(content.footer)}</td></tr>
</table></td></tr></table></body></html>`;
}

function renderText(content: MailContent): string {
  const blocks = [
    ...(content.replyMarker ? [content.replyMarker] : []),
    content.heading,
    ...content.paragraphs,
  ];
  if (content.quote) {
    blocks.push(`${content.quote.label}\n${content.quote.text.replace(/^/gm, "> ")}`);
  }
  if (content.details?.length) {
    blocks.push(content.details.map(([label, value]) => `${label}: ${value}`).join("\n"));
  }
  if (content.action) blocks.push(`${content.action.label}: ${content.action.url}`);
  if (content.choices) {
    const { heading, text, links } = content.choices;
    blocks.push([heading, text, ...links.map((link) => `${link.label}: ${link.url}`)].join("\n"));
  }
  blocks.push(`--\n${PORTAL}\n${content.footer}`);
  return `${blocks.join("\n\n")}\n`;
}

/** A header value made of user text: one line, no control characters, of a sane length. */
export function headerText(text: string, max = 200): string {
  const line = text
    // Control characters (CR and LF above all) are exactly what must go.
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

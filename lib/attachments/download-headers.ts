import { baseType } from "./file-names";

/**
 * Types the browser may show in its own tab: they cannot run script in our origin. Never SVG
 * (an image that can carry script) nor HTML or text (which a browser might render as a page).
 */
const SHOWN_INLINE = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/pdf",
]);

/** Nothing in a downloaded file may load, run, or reach the portal, even if a browser renders it. */
const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/** The response headers of an attachment download. */
export function downloadHeaders(file: {
  fileName: string;
  contentType: string;
  size: number;
}): Record<string, string> {
  const disposition = SHOWN_INLINE.has(baseType(file.contentType)) ? "inline" : "attachment";
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(disposition, file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": DOWNLOAD_CSP,
    "Cache-Control": "private, no-store",
  };
}

/**
 * RFC 6266: an ASCII fallback name (printable characters only, so no CR/LF, and no quote or
 * backslash that could end the quoted string) plus the real one as RFC 8187 UTF-8, where
 * encodeURIComponent leaves ' ( ) * that the ext-value grammar does not allow.
 */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "")
    .trim();
  // "日本.png" leaves ".png": give it a stem rather than a hidden file's name.
  const fallback = !ascii || ascii.startsWith(".") ? `arquivo${ascii}` : ascii;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

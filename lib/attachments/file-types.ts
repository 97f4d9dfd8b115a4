import { fileTypeFromStream } from "file-type";
import { Readable } from "node:stream";
import { ALL_FILE_KINDS, FILE_KINDS } from "./file-kinds";
import { extensionOf } from "./file-names";

/**
 * Which files the portal accepts, judged by their content (the browser's type and the file's
 * name are the sender's claims): images, PDF, office documents and spreadsheets, archives, and
 * plain text or CSV (FILE_KINDS). The detected type is the one stored and served.
 */
/** Every type some kind of FILE_KINDS names; which kinds are accepted is a setting. */
const ALLOWED_BY_CONTENT = new Set<string>(
  ALL_FILE_KINDS.flatMap((kind) => FILE_KINDS[kind].types),
);

/** Word, Excel and PowerPoint 97–2003 share one container format (CFB): the name tells which. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/** Text has no signature: accepted for these names when the bytes are text. */
const TEXT: Record<string, string> = { txt: "text/plain", csv: "text/csv" };

/**
 * What is known of a file's bytes as they stream past, for text that has no signature: whether
 * it holds a NUL byte (binary, whatever the name says) and whether it is valid UTF-8.
 */
export class TextScan {
  private decoder = new TextDecoder("utf-8", { fatal: true });
  hasNul = false;
  utf8 = true;

  add(chunk: Uint8Array): void {
    if (!this.hasNul && chunk.includes(0)) this.hasNul = true;
    this.utf8 &&= this.decodes(() => this.decoder.decode(chunk, { stream: true }));
  }

  /** Call once after the last chunk: a multibyte character cut off at the end is not UTF-8. */
  end(): void {
    this.utf8 &&= this.decodes(() => this.decoder.decode());
  }

  private decodes(decode: () => void): boolean {
    try {
      decode();
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * The content type to store, or null when the file is not of an accepted kind. The signature is
 * read from `content` (which is left unfinished: the caller destroys it); `text` has seen all
 * the bytes.
 */
export async function detectContentType(
  content: Readable,
  fileName: string,
  text: TextScan,
): Promise<string | null> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromStream(Readable.toWeb(content) as ReadableStream<Uint8Array>);
  if (detected) {
    if (ALLOWED_BY_CONTENT.has(detected.mime)) return detected.mime;
    if (detected.mime === "application/x-cfb") return LEGACY_OFFICE[extension] ?? null;
    return null;
  }
  const textType = TEXT[extension];
  if (!textType || text.hasNul) return null;
  return `${textType}; charset=${text.utf8 ? "utf-8" : "windows-1252"}`;
}

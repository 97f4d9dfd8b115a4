import { fileTypeFromBuffer } from "file-type";
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

/** The content type to store, or null when the file is not of an accepted kind. */
export async function detectContentType(
  bytes: Uint8Array,
  fileName: string,
): Promise<string | null> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (ALLOWED_BY_CONTENT.has(detected.mime)) return detected.mime;
    if (detected.mime === "application/x-cfb") return LEGACY_OFFICE[extension] ?? null;
    return null;
  }
  const textType = TEXT[extension];
  if (!textType || bytes.includes(0)) return null; // NUL bytes: binary, whatever the name says
  return `${textType}; charset=${isUtf8(bytes) ? "utf-8" : "windows-1252"}`;
}

/** Spreadsheets exported on Windows write CSV in Windows-1252, which must still read right. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The names files are kept and offered under. The name a file came with is the sender's claim;
 * its extension is replaced by one that matches the type sniffed from its content, so that a PNG
 * sent as "foto.html" is "foto.png" everywhere: in the list, in the download, on the user's disk.
 */

/** The extensions each accepted content type may carry; the first is the one given. */
const EXTENSIONS: Record<string, readonly string[]> = {
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/bmp": ["bmp"],
  "image/tiff": ["tiff", "tif"],
  "image/heic": ["heic"],
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  "application/msword": ["doc"],
  "application/vnd.ms-excel": ["xls"],
  "application/vnd.ms-powerpoint": ["ppt"],
  "application/zip": ["zip"],
  "application/x-rar-compressed": ["rar"],
  "application/vnd.rar": ["rar"],
  "application/x-7z-compressed": ["7z"],
  "text/plain": ["txt"],
  "text/csv": ["csv"],
};

export const extensionOf = (fileName: string) =>
  /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** "text/csv; charset=utf-8" → "text/csv". */
export const baseType = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();

/**
 * The name with an extension of the sniffed type: kept when it already is one ("foto.jpeg"),
 * replaced when it looks like another extension ("foto.html" → "foto.png"), added otherwise
 * ("Ata 12.03.2025" → "Ata 12.03.2025.pdf": digits are part of the name, not a type).
 */
export function nameForType(fileName: string, contentType: string): string {
  const allowed = EXTENSIONS[baseType(contentType)];
  if (!allowed) throw new Error(`No extension for content type ${contentType}`);
  const extension = extensionOf(fileName);
  if (allowed.includes(extension)) return fileName;
  const looksLikeType = /^(?=.*[a-z])[a-z0-9]{1,5}$/.test(extension);
  const stem = looksLikeType ? fileName.slice(0, -extension.length - 1) : fileName;
  return `${stem || "arquivo"}.${allowed[0]}`;
}

/**
 * A file name safe to keep and to send back in a header: no folders, no control characters or
 * quotes, at most 200 characters (keeping the extension).
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!cleaned || /^\.+$/.test(cleaned)) return "arquivo";
  if (cleaned.length <= 200) return cleaned;
  const extension = extensionOf(cleaned);
  return `${cleaned.slice(0, 190)}${extension ? `.${extension}` : ""}`;
}

/**
 * The kinds of file the admin may accept as attachments ("Tipos de arquivo aceitos"), each with
 * the content types that make it up. Free of server imports: the settings form lists them.
 */
export const FILE_KINDS = {
  images: {
    label: "Imagens (PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC)",
    short: "imagens",
    types: [
      "image/png",
      "image/jpeg",
      "image/gif",
      "image/webp",
      "image/bmp",
      "image/tiff",
      "image/heic",
    ],
  },
  pdf: { label: "PDF", short: "PDF", types: ["application/pdf"] },
  documents: {
    label: "Documentos, planilhas e apresentações (Word, Excel, PowerPoint, OpenDocument)",
    short: "documentos e planilhas",
    types: [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.spreadsheet",
      "application/vnd.oasis.opendocument.presentation",
      "application/msword",
      "application/vnd.ms-excel",
      "application/vnd.ms-powerpoint",
    ],
  },
  text: { label: "Texto e CSV", short: "texto (TXT, CSV)", types: ["text/plain", "text/csv"] },
  archives: {
    label: "Arquivos compactados (zip, rar, 7z)",
    short: "arquivos compactados",
    types: [
      "application/zip",
      "application/x-rar-compressed",
      "application/vnd.rar",
      "application/x-7z-compressed",
    ],
  },
} as const;

export type FileKind = keyof typeof FILE_KINDS;
export const ALL_FILE_KINDS = Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]];

/** The settings' comma-separated list as kinds, ignoring anything unknown. */
export const parseFileKinds = (stored: string): FileKind[] =>
  ALL_FILE_KINDS.filter((kind) => stored.split(",").includes(kind));

/** The kind a stored content type belongs to ("text/csv; charset=utf-8" → "text"). */
export function kindOfContentType(contentType: string): FileKind | null {
  const type = contentType.split(";")[0]!.trim();
  return (
    ALL_FILE_KINDS.find((kind) => (FILE_KINDS[kind].types as readonly string[]).includes(type)) ??
    null
  );
}

/** "imagens, PDF e texto e CSV" for the forms' hint and the refusal message. */
export function describeFileKinds(kinds: readonly FileKind[]): string {
  const names = kinds.map((kind) => FILE_KINDS[kind].short);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} e ${names.at(-1)}`;
}

/** What the attachment buttons need to know of the settings. */
export const attachmentRules = (settings: {
  attachmentMaxMb: number;
  attachmentKinds: string;
}) => ({
  maxMb: settings.attachmentMaxMb,
  accepted: describeFileKinds(parseFileKinds(settings.attachmentKinds)),
});

export type AttachmentRules = ReturnType<typeof attachmentRules>;

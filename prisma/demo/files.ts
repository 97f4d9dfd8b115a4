/**
 * The demo's small attachments, made here rather than shipped: a one-page PDF (an "ofício") and a
 * PNG that looks like a screenshot of an error, the two kinds a requester sends most. The bytes
 * are the same on every run.
 */
import crypto from "node:crypto";
import zlib from "node:zlib";
import type { DemoFile } from "./story";

export type MadeFile = { fileName: string; contentType: string; bytes: Buffer; sha256: string };

export function demoFile(kind: DemoFile): MadeFile {
  const bytes = kind === "pdf" ? officePdf() : errorScreenshotPng();
  return {
    fileName: kind === "pdf" ? "oficio-045-2026.pdf" : "captura-de-tela-erro.png",
    contentType: kind === "pdf" ? "application/pdf" : "image/png",
    bytes,
    sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
  };
}

/** A valid one-page PDF: the objects, then the cross-reference table of their byte offsets. */
function officePdf(): Buffer {
  const text = [
    "BT /F1 16 Tf 60 760 Td (Oficio n. 045/2026 - Secretaria de Assistencia Social) Tj ET",
    "BT /F1 11 Tf 60 730 Td (Solicitamos o acesso ao GERID para os servidores listados abaixo.) Tj ET",
    "BT /F1 11 Tf 60 712 Td (Ana Paula Ribeiro - CPF 123.456.789-09 - Perfil: Cadastrador) Tj ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

const WIDTH = 320;
const HEIGHT = 200;
type Rgb = [number, number, number];

/** A browser window: its bar, the system's blue header, lines of text and a red error box. */
function pixel(x: number, y: number): Rgb {
  if (y < 18) return x > 8 && x < 44 && y > 6 && y < 12 ? [248, 113, 113] : [229, 231, 235];
  if (y < 44) return x > 12 && x < 120 && y > 26 && y < 36 ? [255, 255, 255] : [29, 78, 216];
  const inError = x > 40 && x < 280 && y > 120 && y < 160;
  if (inError) return x < 46 || y < 126 || y > 154 ? [220, 38, 38] : [254, 226, 226];
  const line = (y - 56) % 14 < 6 && y < 112 && x > 20 && x < 300 - ((y * 7) % 90);
  return line ? [156, 163, 175] : [255, 255, 255];
}

function errorScreenshotPng(): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < HEIGHT; y++) {
    const row = Buffer.alloc(1 + WIDTH * 3); // filter byte 0, then RGB
    for (let x = 0; x < WIDTH; x++) row.set(pixel(x, y), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

import { describe, expect, it } from "vitest";
import { cleanFileName, nameForType } from "@/lib/attachments/file-names";
import { contentDisposition, downloadHeaders } from "@/lib/attachments/download-headers";

describe("nameForType", () => {
  it("keeps an extension of the type, and gives one of the type otherwise", () => {
    expect(nameForType("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(nameForType("FOTO.PNG", "image/png")).toBe("FOTO.PNG");
    expect(nameForType("foto.html", "image/png")).toBe("foto.png");
    expect(nameForType("foto.svg", "image/gif")).toBe("foto.gif");
    expect(nameForType("planilha", "text/csv; charset=utf-8")).toBe("planilha.csv");
    expect(nameForType("Ata 12.03.2025", "application/pdf")).toBe("Ata 12.03.2025.pdf");
    expect(nameForType(".html", "image/webp")).toBe("arquivo.webp");
  });

  it("refuses a type the portal does not accept instead of inventing an extension", () => {
    expect(() => nameForType("x.svg", "image/svg+xml")).toThrow();
  });

  it("cleans names of folders, control characters and quotes", () => {
    expect(cleanFileName('..\\..\\pasta/a"b\r\nc.png')).toBe("abc.png");
    expect(cleanFileName("..")).toBe("arquivo");
  });
});

describe("download headers", () => {
  const headersOf = (fileName: string, contentType: string) =>
    downloadHeaders({ fileName, contentType, size: 3 });

  it("shows plain images and PDFs inline, and saves everything else", () => {
    for (const type of ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]) {
      expect(headersOf("a", type)["Content-Disposition"]).toMatch(/^inline; /);
    }
    for (const type of [
      "image/svg+xml",
      "text/plain; charset=utf-8",
      "image/tiff",
      "application/zip",
    ]) {
      expect(headersOf("a", type)["Content-Disposition"]).toMatch(/^attachment; /);
    }
  });

  it("always forbids sniffing and anything running in the file", () => {
    expect(headersOf("a.png", "image/png")).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Type": "image/png",
      "Content-Length": "3",
    });
  });

  it("encodes the name per RFC 6266 with no way to break out of the header", () => {
    expect(contentDisposition("attachment", "relatório (final)'s.pdf")).toBe(
      `attachment; filename="relatorio (final)'s.pdf"; ` +
        `filename*=UTF-8''relat%C3%B3rio%20%28final%29%27s.pdf`,
    );
    const hostile = contentDisposition("attachment", 'a"; filename=x.html\r\nSet-Cookie: y=1');
    expect(hostile).not.toMatch(/[\r\n]/);
    expect(hostile.match(/"/g)).toHaveLength(2);
    expect(contentDisposition("inline", "日本.png")).toBe(
      `inline; filename="arquivo.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`,
    );
  });
});

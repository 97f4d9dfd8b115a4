import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths of this site", () => {
    expect(safeCallbackUrl("/solicitacoes?estado=OPEN#x")).toBe("/solicitacoes?estado=OPEN#x");
    expect(safeCallbackUrl("/agente")).toBe("/agente");
  });

  it("refuses other origins and odd forms", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});

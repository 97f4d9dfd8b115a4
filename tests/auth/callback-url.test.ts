import { describe, expect, it } from "vitest";
import { loginTarget, safeCallbackUrl } from "@/lib/auth/callback-url";

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
      "/\t/evil.example", // URL parsing drops the tab, leaving //evil.example
      "javascript:alert(1)",
      `/${"a".repeat(2001)}`,
      "",
      null,
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});

describe("loginTarget", () => {
  it("follows a path of this site and says when it refused one", () => {
    expect(loginTarget(undefined)).toEqual({ target: "/", refused: false });
    expect(loginTarget("/perfil")).toEqual({ target: "/perfil", refused: false });
    expect(loginTarget("https://evil.example/")).toEqual({ target: "/", refused: true });
    expect(loginTarget(["/perfil", "/admin"])).toEqual({ target: "/", refused: true });
  });
});

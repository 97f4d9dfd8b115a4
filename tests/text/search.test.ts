import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "@/lib/text/search";

describe("normalizeForSearch", () => {
  it("drops accents and case so that what people type finds the catalogue's spelling", () => {
    expect(normalizeForSearch("CADÚNICO")).toBe("cadunico");
    expect(normalizeForSearch("Gestão de Usuários")).toBe("gestao de usuarios");
    expect(normalizeForSearch("  Portal   Rede-Atendimento ")).toBe("portal rede atendimento");
  });
});

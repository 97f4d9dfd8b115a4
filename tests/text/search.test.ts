import { describe, expect, it } from "vitest";
import { normalizeForSearch, searchTerms } from "@/lib/text/search";

describe("normalizeForSearch", () => {
  it("drops accents and case so that what people type finds the catalogue's spelling", () => {
    expect(normalizeForSearch("CADÚNICO")).toBe("cadunico");
    expect(normalizeForSearch("Gestão de Usuários")).toBe("gestao de usuarios");
    expect(normalizeForSearch("  Portal   Rede-Atendimento ")).toBe("portal rede atendimento");
  });
});

describe("searchTerms", () => {
  it("keeps letters, numbers and spaces only, so no LIKE wildcard reaches the database", () => {
    expect(searchTerms("100% a_b ger%id")).toEqual(["100", "a b", "ger id"]);
    expect(searchTerms("%")).toEqual([]);
    expect(searchTerms("_ % \\")).toEqual([]);
    expect(searchTerms("um dois tres quatro cinco seis sete oito nove")).toHaveLength(8);
  });
});

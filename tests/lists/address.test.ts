import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BAD_ADDRESS, listHref, parseListAddress } from "@/lib/lists/address";

const fields = { estado: z.enum(["OPEN", "CLOSED"]), busca: z.string().max(10) };

describe("parseListAddress", () => {
  it("keeps valid values and the page", () => {
    const { params, problem } = parseListAddress(fields, { estado: "OPEN", pagina: "3" });
    expect(params).toEqual({ estado: "OPEN", pagina: 3 });
    expect(problem).toBeUndefined();
  });

  it("drops a bad value, goes back to the first page and says so", () => {
    const parsed = parseListAddress(fields, { estado: "<script>", pagina: "4" });
    expect(parsed.params).toEqual({ pagina: 1 });
    expect(parsed.dropped).toEqual(["estado"]);
    expect(parsed.problem).toBe(BAD_ADDRESS);
  });

  it("treats a bad page number as a bad value", () => {
    const parsed = parseListAddress(fields, { pagina: "-2" });
    expect(parsed.params.pagina).toBe(1);
    expect(parsed.dropped).toEqual(["pagina"]);
  });

  it("reads the first of repeated parameters and ignores unknown ones", () => {
    const parsed = parseListAddress(fields, { busca: ["ab", "cd"], utm_source: "x" });
    expect(parsed.params).toEqual({ busca: "ab", pagina: 1 });
    expect(parsed.problem).toBeUndefined();
  });
});

describe("listHref", () => {
  it("leaves out defaults and empty values", () => {
    expect(listHref("/solicitacoes", { pagina: 1, estado: "", busca: undefined })).toBe(
      "/solicitacoes",
    );
    expect(listHref("/agente?fila=minhas", { pagina: 2, busca: "a b" })).toBe(
      "/agente?fila=minhas&pagina=2&busca=a+b",
    );
  });
});

import { describe, expect, it } from "vitest";
import { listAddress, parseListParams } from "@/lib/tickets/list-params";

describe("list addresses", () => {
  it("reads filters, sort and page from the address and writes them back", () => {
    const params = parseListParams({
      numero: "CS0000007",
      estado: "OPEN",
      ordem: "number",
      direcao: "asc",
      pagina: "3",
    });
    expect(params).toEqual({
      number: "CS0000007",
      state: "OPEN",
      sort: "number",
      direction: "asc",
      page: 3,
    });
    expect(listAddress("/solicitacoes", params)).toBe(
      "/solicitacoes?numero=CS0000007&estado=OPEN&ordem=number&direcao=asc&pagina=3",
    );
  });

  it("ignores what it does not understand instead of failing the page", () => {
    const params = parseListParams({
      estado: "QUALQUER",
      pagina: "-1",
      ordem: "senha",
      numero: ["1", "2"],
    });
    expect(params).toEqual({
      number: "1",
      state: undefined,
      sort: "createdAt",
      direction: "desc",
      page: 1,
    });
    expect(listAddress("/solicitacoes", params)).toBe("/solicitacoes?numero=1");
  });
});

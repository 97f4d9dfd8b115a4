import { describe, expect, it } from "vitest";
import { searchAddressFields } from "@/lib/catalog/queries";
import { BAD_ADDRESS, listHref, parseListAddress } from "@/lib/lists/address";
import {
  QUEUE_LIST,
  readTicketList,
  REQUEST_LIST,
  ticketListHref,
} from "@/lib/tickets/list-params";

describe("the requester lists' address", () => {
  it("reads filters, sort and page from the address and writes them back", () => {
    const { params, problem } = readTicketList(REQUEST_LIST, {
      numero: "CS0000007",
      estado: "OPEN",
      ordem: "number",
      direcao: "asc",
      pagina: "3",
    });
    expect(problem).toBeUndefined();
    expect(params).toEqual({
      number: "CS0000007",
      state: "OPEN",
      sort: "number",
      direction: "asc",
      page: 3,
    });
    expect(ticketListHref(REQUEST_LIST, "/solicitacoes", params)).toBe(
      "/solicitacoes?numero=CS0000007&estado=OPEN&ordem=number&direcao=asc&pagina=3",
    );
  });

  it("reads whose turn it is (?vez=) in every ticket list, and drops a bad one", () => {
    for (const kind of [REQUEST_LIST, QUEUE_LIST]) {
      const { params, problem } = readTicketList(kind, { vez: "respondida", pagina: "2" });
      expect(problem).toBeUndefined();
      expect(params).toMatchObject({ turn: "SUPPORT", page: 2 });
      expect(ticketListHref(kind, "/solicitacoes", params)).toContain("vez=respondida");
    }
    expect(readTicketList(REQUEST_LIST, { vez: "aguardando" }).params.turn).toBe("CUSTOMER");
    const bad = readTicketList(REQUEST_LIST, { vez: "SUPPORT", pagina: "2" });
    expect(bad).toMatchObject({ problem: BAD_ADDRESS, params: { page: 1 } });
    expect(bad.params.turn).toBeUndefined();
  });

  it("drops a bad state, goes back to the first page and says so", () => {
    const { params, problem } = readTicketList(REQUEST_LIST, { estado: "XYZ", pagina: "3" });
    expect(problem).toBe(BAD_ADDRESS);
    expect(params).toEqual({ sort: "createdAt", direction: "desc", page: 1 });
    expect(ticketListHref(REQUEST_LIST, "/acompanhamentos", params)).toBe("/acompanhamentos");
  });

  it("keeps the good values next to a bad sort, direction or page", () => {
    const { params, problem } = readTicketList(REQUEST_LIST, {
      numero: ["1", "2"],
      ordem: "senha",
      direcao: "sideways",
      pagina: "-1",
    });
    expect(problem).toBe(BAD_ADDRESS);
    expect(params).toEqual({ number: "1", sort: "createdAt", direction: "desc", page: 1 });
    expect(ticketListHref(REQUEST_LIST, "/solicitacoes", params)).toBe("/solicitacoes?numero=1");
  });

  it("ignores the queues' filters and parameters it does not know", () => {
    const { params, problem } = readTicketList(REQUEST_LIST, {
      grupo: "<script>",
      fila: "nenhuma",
      utm_source: "mail",
      pagina: "2",
    });
    expect(problem).toBeUndefined();
    expect(params).toEqual({ sort: "createdAt", direction: "desc", page: 2 });
  });
});

describe("the agent queues' address", () => {
  it("reads the queue and its filters, and leaves its default sort out of links", () => {
    const { params, problem } = readTicketList(QUEUE_LIST, {
      fila: "meus",
      grupo: "clx1group",
      servico: "clx2item",
      ordem: "updatedAt",
      direcao: "desc",
      pagina: "2",
    });
    expect(problem).toBeUndefined();
    expect(params).toEqual({
      queue: "meus",
      sort: "updatedAt",
      direction: "desc",
      page: 2,
      filters: { groupId: "clx1group", itemId: "clx2item" },
    });
    expect(ticketListHref(QUEUE_LIST, "/agente", params)).toBe(
      "/agente?fila=meus&grupo=clx1group&servico=clx2item&pagina=2",
    );
  });

  it("drops an unknown queue or a filter that is no record id, back to the first page", () => {
    const { params, problem } = readTicketList(QUEUE_LIST, {
      fila: "de-outro",
      responsavel: "' OR 1=1",
      organizacao: "clx3org",
      pagina: "5",
    });
    expect(problem).toBe(BAD_ADDRESS);
    expect(params).toEqual({
      sort: "updatedAt",
      direction: "desc",
      page: 1,
      filters: { organizationId: "clx3org" },
    });
  });
});

describe("the search page's address", () => {
  it("reads ?busca= and its page, and writes them back", () => {
    const { params, problem } = parseListAddress(searchAddressFields, {
      busca: "  gerid ",
      pagina: "2",
      q: "old",
    });
    expect(problem).toBeUndefined();
    expect(params).toEqual({ busca: "gerid", pagina: 2 });
    expect(listHref("/pesquisa", { busca: params.busca, pagina: params.pagina })).toBe(
      "/pesquisa?busca=gerid&pagina=2",
    );
  });

  it("drops a search with control characters or too long, back to the first page", () => {
    for (const busca of ["a\u0000b", "x".repeat(101)]) {
      const { params, problem } = parseListAddress(searchAddressFields, { busca, pagina: "3" });
      expect(problem).toBe(BAD_ADDRESS);
      expect(params).toEqual({ pagina: 1 });
    }
  });
});

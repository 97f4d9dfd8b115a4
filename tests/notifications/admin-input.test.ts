import { expect, it } from "vitest";
import { BAD_ADDRESS, parseListAddress } from "@/lib/lists/address";
import { outboxListFields, retryEmailsInput } from "@/lib/notifications/outbox-admin";

// "Reenviar" takes exactly the chosen ids or "all", nothing else; the list's address drops a value
// it cannot use, goes back to the first page and says so.

it("accepts a list of ids or all, and refuses anything else", () => {
  expect(retryEmailsInput.parse({ ids: ["cm1abc"] })).toEqual({ ids: ["cm1abc"] });
  expect(retryEmailsInput.parse({ all: true })).toEqual({ all: true });
  for (const bad of [
    { ids: ["cm1abc"], all: true },
    { ids: ["cm1abc"], extra: 1 },
    { ids: [] },
    { ids: ["cm1\r\nabc"] },
    { ids: ["x".repeat(65)] },
    { ids: Array.from({ length: 501 }, (_, i) => `id${i}`) },
    { all: false },
    {},
  ]) {
    expect(retryEmailsInput.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
  }
});

it("filters by any state, dropped included, and ignores a search with control characters", () => {
  expect(parseListAddress(outboxListFields, { estado: "DROPPED", busca: "cs0000001" })).toEqual({
    params: { estado: "DROPPED", busca: "cs0000001", pagina: 1 },
    dropped: [],
  });
  expect(
    parseListAddress(outboxListFields, { estado: "OUTRO", busca: "a\u0000b", pagina: "2" }),
  ).toEqual({ params: { pagina: 1 }, dropped: ["estado", "busca"], problem: BAD_ADDRESS });
});

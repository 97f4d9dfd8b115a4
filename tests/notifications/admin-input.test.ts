import { expect, it } from "vitest";
import { outboxFilter, retryEmailsInput } from "@/lib/notifications/outbox-admin";

// "Reenviar" takes exactly the chosen ids or "all", nothing else; the list's filter falls back to
// no filter on a value it cannot use.

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
  expect(outboxFilter.parse({ state: "DROPPED", q: "cs0000001" })).toEqual({
    state: "DROPPED",
    q: "cs0000001",
    page: 1,
  });
  expect(outboxFilter.parse({ state: "OUTRO", q: "a\u0000b", page: "2" })).toEqual({
    state: undefined,
    q: undefined,
    page: 2,
  });
});

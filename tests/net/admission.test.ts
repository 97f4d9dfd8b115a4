import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { admissionGate, createAdmission, RETRY_AFTER_SECONDS } from "@/lib/net/admission";

/**
 * A real HTTP server on loopback behind the gate. Its handler answers a path at once, or holds
 * the answer of "/hold/<name>" until the test lets it go, and records the order it was called in.
 */
async function serverBehindGate(options: { maxInFlight: number; maxWaitMs: number }) {
  const gate = admissionGate(options);
  const handled: string[] = [];
  const held = new Map<string, () => void>();
  const server: Server = createServer((req, res) =>
    gate(req, res, () => {
      handled.push(req.url!);
      const answer = () => res.end(`ok ${req.url}`);
      if (req.url!.startsWith("/hold/")) held.set(req.url!.slice(6), answer);
      else answer();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return {
    base,
    gate,
    handled,
    /** Resolves once the handler is holding `name`'s answer. */
    holding: (name: string) => until(() => held.has(name)),
    release: (name: string) => held.get(name)!(),
    until,
  };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

describe("admission control", () => {
  it("lets the first requests in, makes the next wait and serves it when a slot frees", async () => {
    const s = await serverBehindGate({ maxInFlight: 2, maxWaitMs: 5000 });
    const a = fetch(`${s.base}/hold/a`);
    const b = fetch(`${s.base}/hold/b`);
    await Promise.all([s.holding("a"), s.holding("b")]);
    const c = fetch(`${s.base}/c`);
    await s.until(() => s.gate.stats().waiting === 1);
    expect(s.handled).not.toContain("/c");

    s.release("a");
    expect(await (await c).text()).toBe("ok /c");
    expect(s.handled).toEqual(["/hold/a", "/hold/b", "/c"]);
    s.release("b");
    await Promise.all([a, b]);
    await s.until(() => s.gate.stats().inFlight === 0);
    expect(s.gate.stats()).toEqual({ inFlight: 0, waiting: 0 });
  });

  it("answers 503 with Retry-After and a Portuguese page once the wait is over, quickly", async () => {
    const s = await serverBehindGate({ maxInFlight: 1, maxWaitMs: 100 });
    const a = fetch(`${s.base}/hold/a`);
    await s.holding("a");
    const started = performance.now();
    const refused = await fetch(`${s.base}/b`);
    const waited = performance.now() - started;

    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(refused.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await refused.text()).toContain("O portal está ocupado");
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(1000);
    expect(s.handled).not.toContain("/b");
    // The refusal freed nothing it did not hold: the held request is still the only one in.
    expect(s.gate.stats()).toEqual({ inFlight: 1, waiting: 0 });
    s.release("a");
    await a;
  });

  it("never holds back the health check or static files", async () => {
    const s = await serverBehindGate({ maxInFlight: 1, maxWaitMs: 5000 });
    const a = fetch(`${s.base}/hold/a`);
    await s.holding("a");
    for (const path of ["/api/health", "/_next/static/chunks/app.js", "/logo.svg"]) {
      const response = await fetch(`${s.base}${path}`);
      expect(await response.text()).toBe(`ok ${path}`);
    }
    expect(s.gate.stats()).toEqual({ inFlight: 1, waiting: 0 });
    s.release("a");
    await a;
  });

  it("takes a client that gave up out of the line, and frees the slot of one that left", async () => {
    const s = await serverBehindGate({ maxInFlight: 1, maxWaitMs: 5000 });
    const a = fetch(`${s.base}/hold/a`);
    await s.holding("a");
    const gaveUp = new AbortController();
    const b = fetch(`${s.base}/b`, { signal: gaveUp.signal }).catch(() => "aborted");
    await s.until(() => s.gate.stats().waiting === 1);
    gaveUp.abort();
    expect(await b).toBe("aborted");
    await s.until(() => s.gate.stats().waiting === 0);

    // An admitted client that leaves before its answer frees its slot for the next in line.
    const left = new AbortController();
    const d = fetch(`${s.base}/hold/d`, { signal: left.signal }).catch(() => "aborted");
    await s.until(() => s.gate.stats().waiting === 1);
    s.release("a");
    await a;
    await s.holding("d");
    left.abort();
    await d;
    const e = await fetch(`${s.base}/e`);
    expect(await e.text()).toBe("ok /e");
    expect(s.handled).toEqual(["/hold/a", "/hold/d", "/e"]);
  });

  it("runs a request let in from the line in its own asynchronous context, not in the one that freed the slot", () => {
    const line = createAdmission({ maxInFlight: 1, maxWaitMs: 5000 });
    const request = new AsyncLocalStorage<string>();
    let release!: () => void;
    let seenByB: string | undefined;
    request.run("a", () =>
      line.enter(
        (free) => (release = free),
        () => undefined,
      ),
    );
    request.run("b", () =>
      line.enter(
        () => (seenByB = request.getStore()),
        () => undefined,
      ),
    );
    expect(line.stats().waiting).toBe(1);
    // A frees its slot from inside its own context (its response closing), which admits B.
    request.run("a", () => release());
    expect(seenByB).toBe("b");
  });
});

import { AsyncResource } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Admission control for the portal's server (scripts/server.ts): at most `maxInFlight` requests
 * are worked on at once in a process; the others wait in line, first come first served, for at
 * most `maxWaitMs`, and are then answered 503 with Retry-After. Without it, a burst beyond what
 * the machine serves piles up: every request starts, all of them share the CPU and the database
 * pool (PostgreSQL's waits for a free connection without a limit), every one gets slow and
 * memory grows with the pile; with it, the requests let in keep their usual speed and the rest
 * learn at once that they should come back.
 */
export type AdmissionOptions = { maxInFlight: number; maxWaitMs: number };

/** Seconds a refused client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const BUSY_PAGE = `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Portal ocupado</title></head>
<body><h1>O portal está ocupado</h1>
<p>Muitas pessoas estão usando o portal agora. Tente de novo em alguns segundos.</p></body></html>
`;

/**
 * Never queued: the health check must answer while the portal is busy (a load balancer taking a
 * busy process for a dead one would move its load onto the others), and static files read no
 * database.
 */
export function isExempt(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  return path === "/api/health" || path.startsWith("/_next/static/") || path === "/logo.svg";
}

type Waiter = { admit: () => void; timer: NodeJS.Timeout };

/** The line itself, apart from HTTP: `enter` calls `admit` now or later, or `refuse`. */
export function createAdmission({ maxInFlight, maxWaitMs }: AdmissionOptions) {
  let inFlight = 0;
  const waiting = new Set<Waiter>(); // a Set keeps insertion order: first come first served

  const release = () => {
    const next = waiting.values().next();
    if (next.done) inFlight--;
    else {
      waiting.delete(next.value);
      clearTimeout(next.value.timer);
      next.value.admit(); // the slot passes on
    }
  };

  /** Returns a function that takes the request out of the line (its client went away). */
  function enter(admit: (release: () => void) => void, refuse: () => void): () => void {
    const once = () => {
      let released = false;
      admit(() => {
        if (released) return;
        released = true;
        release();
      });
    };
    if (inFlight < maxInFlight) {
      inFlight++;
      once();
      return () => undefined;
    }
    const waiter: Waiter = {
      // Admitted later, from the request that frees the slot: bound to this request's own
      // asynchronous context, or it would run in that one's. Next keeps its per-request state in
      // AsyncLocalStorage, and each request let in from the line then held the one before it
      // (its page, its response, its compression buffers), in a chain as long as the load lasted:
      // 400 MB at 200 people.
      admit: AsyncResource.bind(once),
      timer: setTimeout(() => {
        waiting.delete(waiter);
        refuse();
      }, maxWaitMs),
    };
    waiting.add(waiter);
    return () => {
      if (waiting.delete(waiter)) clearTimeout(waiter.timer);
    };
  }

  return { enter, stats: () => ({ inFlight, waiting: waiting.size }) };
}

/**
 * The HTTP side: `handle` runs once the request is admitted, and its slot is freed when the
 * response is done or the connection closed; a refused request gets the short busy page.
 */
export function admissionGate(options: AdmissionOptions) {
  const line = createAdmission(options);
  const gate = (req: IncomingMessage, res: ServerResponse, handle: () => void): void => {
    if (isExempt(req.url)) return handle();
    const leave = line.enter(
      (release) => {
        res.once("close", release);
        handle();
      },
      () => refuseBusy(res),
    );
    // A client that gives up while waiting leaves the line instead of being served for nothing.
    res.once("close", leave);
  };
  return Object.assign(gate, { stats: line.stats });
}

function refuseBusy(res: ServerResponse) {
  res.writeHead(503, {
    "Content-Type": "text/html; charset=utf-8",
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
  });
  res.end(BUSY_PAGE);
}

/**
 * The portal's HTTP server: Next's request handler behind a thin guard that every request passes
 * through before any page, action or route sees it. It works out who is asking (the connection's
 * address, or the trusted proxies' view of it), refuses cross-origin writes, gives each request
 * an id that logs and error pages quote, sets the Content-Security-Policy (a page's with a fresh
 * nonce), marks cookies Secure on https, and logs one line per request. Then admission control
 * (lib/net/admission.ts): beyond MAX_REQUESTS_IN_FLIGHT a request waits its turn, and is
 * answered 503 with Retry-After after REQUEST_QUEUE_TIMEOUT_MS. Started by scripts/start.mjs;
 * `node --import tsx scripts/server.ts [--dev]`.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import next from "next";
import { env } from "../lib/config/env";
import { startJobsThread } from "../lib/jobs/thread";
import { log } from "../lib/log";
import { admissionGate } from "../lib/net/admission";
import {
  CLIENT_ADDRESS_HEADER,
  REQUEST_ID_HEADER,
  clientAddressOf,
  isAllowedOrigin,
  isHttps,
  secureCookies,
} from "../lib/net/request-guard";
import { contentSecurityPolicy, TRANSPORT_SECURITY } from "../lib/web/security-headers";
import { JOBS_BUNDLE } from "./build-outputs";

const dev = process.argv.includes("--dev");
const appOrigin = new URL(env.appUrl).origin;
const policyOptions = { https: env.httpsOnly, dev: env.nodeEnv === "development" };

function guard(req: IncomingMessage, res: ServerResponse): boolean {
  const requestId = crypto.randomUUID();
  const address = clientAddressOf(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    env.trustedProxyHops,
  );
  const path = (req.url ?? "").split("?")[0]!;
  const policy = contentSecurityPolicy(path, policyOptions);
  // Replaced, never trusted: a client sending these names gets them overwritten (a policy of its
  // own would choose the nonce Next signs the page's scripts with).
  req.headers[REQUEST_ID_HEADER] = requestId;
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  delete req.headers["content-security-policy"];
  res.setHeader("X-Request-Id", requestId);
  if (policy) {
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
  }

  if (
    env.httpsOnly ||
    isHttps("encrypted" in req.socket, req.headers["x-forwarded-proto"], env.trustedProxyHops)
  ) {
    res.setHeader("Strict-Transport-Security", TRANSPORT_SECURITY);
    keepCookiesSecure(res);
  }

  const started = performance.now();
  res.on("finish", () => {
    log.info({
      event: "http",
      requestId,
      method: req.method,
      // The path only: a query string may carry what nobody should read in a log.
      path,
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
      address,
    });
  });

  if (!isAllowedOrigin(req.method, req.headers.origin, appOrigin)) {
    log.warn({ event: "origin.refused", requestId, address, origin: req.headers.origin ?? null });
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Requisição recusada: ela não veio das páginas do portal.");
    return false;
  }
  return true;
}

function keepCookiesSecure(res: ServerResponse) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === "set-cookie" && typeof value !== "number"
        ? secureCookies(value)
        : value,
    );
  const appendHeader = res.appendHeader.bind(res);
  res.appendHeader = (name, value) =>
    appendHeader(name, name.toLowerCase() === "set-cookie" ? secureCookies(value) : value);
}

/**
 * Production serves with the configuration the build resolved (`.next/required-server-files.json`),
 * as Next's own standalone server does. Otherwise Next loads next.config.ts again at every start,
 * and to read TypeScript it loads its compiler: 25 MB of the server's memory for good.
 */
function adoptBuiltConfig() {
  const files = JSON.parse(fs.readFileSync(".next/required-server-files.json", "utf8")) as {
    config: unknown;
  };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(files.config);
}

async function main() {
  if (!dev) adoptBuiltConfig();
  const app = next({ dev, port: env.port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const admit = admissionGate(env.admission);
  const server = createServer((req, res) => {
    if (guard(req, res)) admit(req, res, () => void handle(req, res));
  });
  // A client that sends its headers or body too slowly holds a socket for nothing.
  server.headersTimeout = 20_000;
  server.requestTimeout = 10 * 60_000;
  server.listen(env.port, () => log.info({ event: "listening", port: env.port, dev }));
  const endJobs = env.runJobs ? startJobsThread(pathToFileURL(JOBS_BUNDLE)) : null;
  // The jobs end their runs under way (an e-mail being sent is recorded) while the server stops
  // taking requests and finishes those it has. Once: a signal to the process group reaches this
  // process twice, from the shell and passed on by scripts/start.mjs.
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= Promise.all([endJobs?.(), new Promise((done) => server.close(done))]).then(() =>
      process.exit(0),
    );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

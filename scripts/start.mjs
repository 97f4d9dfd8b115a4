// @ts-check
/**
 * `npm start` (production server) and `npm run dev` (hot reload). This process stays up as long
 * as the portal, so it is plain JavaScript that loads nothing: the preparation (configuration,
 * migrations, demo data, build) runs in a TypeScript child that exits before the server starts
 * (scripts/prepare-start.ts), and the server runs compiled (scripts/portal-build.ts). Then it
 * waits for /api/health, prints the address and the demo logins, and passes signals on.
 * A TypeScript supervisor would keep about 250 MB (the loader, Prisma, the bundler) for nothing.
 */
import { spawn } from "node:child_process";
import http from "node:http";

const PREPARE = new URL("./prepare-start.ts", import.meta.url).pathname;

/** @param {import("node:child_process").ChildProcess} child */
const finished = (child) =>
  /** @type {Promise<number>} */ (
    new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))))
  );

/**
 * @typedef {{ serverArgs: string[]; env: NodeJS.ProcessEnv; healthUrl: string; welcome: string }} Plan
 * @returns {Promise<Plan | null>} what prepare-start.ts answered, or null when it failed (it said why)
 */
async function prepare() {
  const child = spawn(process.execPath, ["--import", "tsx", PREPARE, ...process.argv.slice(2)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  /** @type {Plan | null} */
  let plan = null;
  child.on("message", (message) => (plan = /** @type {Plan} */ (message)));
  const code = await finished(child);
  return code === 0 ? plan : null;
}

/**
 * Whether the URL answers 200; node:http rather than fetch, which would load undici into this
 * process for good.
 * @param {string} url
 */
const answers = (url) =>
  new Promise((resolve) =>
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      })
      .on("error", () => resolve(false)),
  );

/** @param {string} url @param {import("node:child_process").ChildProcess} server */
async function healthy(url, server) {
  while (server.exitCode === null) {
    if (await answers(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

const plan = await prepare();
if (!plan) {
  process.exitCode = 1;
} else {
  const server = spawn(process.execPath, plan.serverArgs, { stdio: "inherit", env: plan.env });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"]))
    process.on(signal, () => server.kill(signal));
  if (await healthy(plan.healthUrl, server)) console.log(plan.welcome);
  process.exitCode = await finished(server);
}

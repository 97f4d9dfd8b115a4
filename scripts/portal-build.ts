import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build, stop, type BuildOptions } from "esbuild";
import { JOBS_BUNDLE, SERVER_BUNDLE } from "./build-outputs";
import { nodeEsmDeepImports } from "./node-esm-imports";
import { CommandError, finished } from "./run-command";

/**
 * The production build: Next's (.next) and the portal's server (scripts/server.ts) compiled to
 * one JavaScript file beside it, made only on the first run and after a change of the sources
 * (a `git pull`, an edit). The server runs compiled so that the serving process is plain Node:
 * a TypeScript loader in it would cost about a hundred megabytes for nothing.
 */
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "scripts/server.ts",
  "scripts/build-outputs.ts",
  "scripts/jobs-thread.ts",
  "scripts/portal-build.ts",
  "scripts/node-esm-imports.ts",
];
const STAMP = path.resolve(".next/source-hash");

export { JOBS_BUNDLE, SERVER_BUNDLE };

/** Next's standalone output, made when asked for (scripts/build-standalone.ts). */
export const STANDALONE_DIR = path.resolve(".next/standalone");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (!fs.statSync(entry).isDirectory()) return yield entry;
  for (const child of fs.readdirSync(entry).sort()) {
    if (child.startsWith("generated") || child.startsWith(".")) continue;
    yield* files(path.join(entry, child));
  }
}

function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function isCurrent(hash: string): boolean {
  return (
    fs.existsSync(".next/BUILD_ID") &&
    fs.existsSync(SERVER_BUNDLE) &&
    fs.existsSync(JOBS_BUNDLE) &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === hash
  );
}

function nextBuild(vars: NodeJS.ProcessEnv): Promise<number> {
  const next = new URL("../node_modules/next/dist/bin/next", import.meta.url).pathname;
  return finished(spawn(process.execPath, [next, "build"], { stdio: "inherit", env: vars }));
}

/** Compiles an entry point: only our own modules are bundled; packages load from node_modules. */
export function bundle(entry: string, outfile: string, options: BuildOptions = {}) {
  return build({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    plugins: [nodeEsmDeepImports],
    ...options,
  });
}

/**
 * lib/ guards its server modules with "server-only", which throws outside React's server build;
 * code compiled here is server code (Next and vitest resolve it the same way).
 */
export const SERVER_ONLY_ALLOWED: BuildOptions = {
  alias: { "server-only": "./node_modules/server-only/empty.js" },
};

const bundleJobsThread = () => bundle("scripts/jobs-thread.ts", JOBS_BUNDLE, SERVER_ONLY_ALLOWED);

/** `npm run dev` runs no build, but its server starts the jobs thread: compiled at every start. */
export async function buildJobsThread(): Promise<void> {
  await bundleJobsThread();
  await stop();
}

/**
 * Builds when the sources changed since the last build, or when the standalone output is asked
 * for and the last build made none (`next build` empties .next first, so a standalone folder
 * there is always the last build's); throws when the build fails.
 */
export async function buildWhenStale(
  vars: NodeJS.ProcessEnv,
  { standalone = false } = {},
): Promise<void> {
  const hash = sourceHash();
  if (isCurrent(hash) && (!standalone || fs.existsSync(STANDALONE_DIR))) return;
  console.log("Building the portal (first run or sources changed)...");
  const code = await nextBuild(standalone ? { ...vars, PORTAL_STANDALONE: "1" } : vars);
  if (code !== 0) throw new CommandError(`next build failed with exit code ${code}`);
  await bundle("scripts/server.ts", SERVER_BUNDLE);
  await bundleJobsThread();
  // esbuild keeps a helper process for further builds; `npm start` makes no more.
  await stop();
  fs.writeFileSync(STAMP, hash);
}

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Tells whether the production build in .next matches the sources, so that `npm start` builds
 * only on the first run and after a change (a `git pull`, an edit).
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
  "proxy.ts",
  "instrumentation-client.ts",
];
const STAMP = path.resolve(".next/source-hash");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (!fs.statSync(entry).isDirectory()) return yield entry;
  for (const child of fs.readdirSync(entry).sort()) {
    if (child.startsWith("generated") || child.startsWith(".")) continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(hash: string): boolean {
  return (
    fs.existsSync(".next/BUILD_ID") &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === hash
  );
}

export function recordBuild(hash: string): void {
  fs.writeFileSync(STAMP, hash);
}

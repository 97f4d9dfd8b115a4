import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { stop } from "esbuild";
import {
  JOBS_BUNDLE,
  SERVER_BUNDLE,
  SERVER_ONLY_ALLOWED,
  STANDALONE_DIR,
  bundle,
} from "../portal-build";

/**
 * Turns Next's standalone output (.next/standalone: the build and the packages its pages load)
 * into the portal's deployable folder: the portal's commands compiled at its top, every file they
 * load copied in, the assets Next leaves out, and none of Next's own bare server.
 */

/** The commands people run in the folder, compiled from scripts/standalone/. */
const COMMANDS = ["server", "migrate", "admin-create", "job"];
const STAGING = path.resolve(".next/standalone-commands");

/** Read by path at run time, where no import tracing sees them. */
const READ_AT_RUN_TIME = [
  // lib/db/schemas.ts and migrations.ts: the schema and migrations, from ./prisma.
  "prisma/schema.prisma",
  "prisma/migrations",
  // lib/db/migrations.ts loads the .wasm beside the package's JavaScript glue.
  "node_modules/@prisma/schema-engine-wasm",
  // Served by Next from the folder, which Next's standalone output leaves to a CDN.
  "public",
  ".next/static",
];

/**
 * Next's own packages are already there, traced by Next, which knows to leave out what only
 * building needs (the compiler alone is a hundred megabytes). React is not among them: Next
 * renders with its own copy and leaves only part of the package, while the portal's modules
 * import it too (React's `cache`), so it is traced from them like any other package.
 */
const TRACED_BY_NEXT = /^node_modules\/(next|@next|styled-jsx|@swc)\//;

type FileTrace = (
  files: string[],
  options: { base: string; processCwd: string; ignore: (file: string) => boolean },
) => Promise<{ fileList: Set<string> }>;

// The tracer `next build` itself uses (@vercel/nft), in the copy Next ships.
const { nodeFileTrace } = createRequire(import.meta.url)("next/dist/compiled/@vercel/nft") as {
  nodeFileTrace: FileTrace;
};

async function compileCommands(): Promise<string[]> {
  const outputs = COMMANDS.map((name) => path.join(STAGING, `${name}.mjs`));
  for (const [i, name] of COMMANDS.entries()) {
    await bundle(`scripts/standalone/${name}.ts`, outputs[i]!, SERVER_ONLY_ALLOWED);
  }
  await stop();
  return outputs;
}

function copy(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

/**
 * Copies every file the commands, the portal's server and its jobs thread load, as `next build`
 * does for pages.
 */
async function copyTracedFiles(commands: string[]) {
  const root = process.cwd();
  const { fileList } = await nodeFileTrace([SERVER_BUNDLE, JOBS_BUNDLE, ...commands], {
    base: root,
    processCwd: root,
    ignore: (file) => TRACED_BY_NEXT.test(file),
  });
  for (const file of fileList) {
    // Such a file would be missing from the folder, and copying it would write outside it.
    if (file.startsWith("..")) throw new Error(`A traced file lies outside the project: ${file}`);
    const source = path.join(root, file);
    const target = commands.includes(source)
      ? path.join(STANDALONE_DIR, path.basename(file))
      : path.join(STANDALONE_DIR, file);
    if (fs.statSync(source).isFile()) copy(source, target);
  }
}

export async function assembleStandalone(): Promise<void> {
  await copyTracedFiles(await compileCommands());
  for (const entry of READ_AT_RUN_TIME) copy(entry, path.join(STANDALONE_DIR, entry));
  // Its server would serve the portal without scripts/server.ts's request guard.
  fs.rmSync(path.join(STANDALONE_DIR, "server.js"), { force: true });
  fs.rmSync(STAGING, { recursive: true, force: true });
}

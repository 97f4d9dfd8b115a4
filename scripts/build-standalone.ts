/**
 * `npm run build:standalone`: the portal as one folder that runs with plain `node` and nothing
 * installed (the Docker image copies it): .next/standalone, made by `next build` with Next's
 * standalone output (scripts/portal-build.ts) and completed by scripts/standalone/assemble.ts.
 * Reuses the last build when the sources did not change.
 */
import fs from "node:fs";
import path from "node:path";
import { STANDALONE_DIR, buildWhenStale } from "./portal-build";
import { runCommand } from "./run-command";
import { assembleStandalone } from "./standalone/assemble";

function sizeOf(entry: string): number {
  const stat = fs.lstatSync(entry);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(entry).reduce((sum, child) => sum + sizeOf(path.join(entry, child)), 0);
}

runCommand(async () => {
  await buildWhenStale(
    { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production" },
    { standalone: true },
  );
  await assembleStandalone();
  const megabytes = Math.round(sizeOf(STANDALONE_DIR) / 1e6);
  console.log(
    [
      `Standalone portal: ${path.relative(process.cwd(), STANDALONE_DIR)} (${megabytes} MB).`,
      "Run it in that folder with plain Node: node migrate.mjs && node server.mjs",
      "First administrator: node admin-create.mjs --cpf <CPF> --email <e-mail> --name <nome>",
    ].join("\n"),
  );
});

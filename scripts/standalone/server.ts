/**
 * `node server.mjs` in the standalone folder: the portal's own server (scripts/server.ts, with its
 * request guard), not the bare one Next writes there. Next reads its settings from the
 * environment when it loads, as with Next's own standalone server, since the folder has no
 * next.config.ts (nor anything to compile one with): hence the server is imported afterwards.
 */
import "./in-own-folder";
import fs from "node:fs";
import { env } from "../../lib/config/env";
import { runCommand } from "../run-command";

runCommand(async () => {
  const { config } = JSON.parse(fs.readFileSync(".next/required-server-files.json", "utf8")) as {
    config: unknown;
  };
  Object.assign(process.env, {
    __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config),
    // The folder holds a production build only; a development NODE_ENV would also relax the
    // portal's production checks (lib/config/env.ts), read below for the first time.
    NODE_ENV: "production",
  });
  // next-auth builds its redirects from this address (as scripts/prepare-start.ts sets it).
  process.env.NEXTAUTH_URL ??= env.appUrl;
  await import(new URL("./.next/portal-server.mjs", import.meta.url).href);
});

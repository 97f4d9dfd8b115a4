/**
 * `node server.mjs` in the standalone folder: the portal's own server (scripts/server.ts, with its
 * request guard), not the bare one Next writes there. It serves with the configuration the build
 * resolved, as under `npm start` (the folder has no next.config.ts, nor anything to compile one
 * with). The environment is settled first: the server reads it as it loads, hence the import.
 */
import "./in-own-folder";
import { env } from "../../lib/config/env";
import { runCommand } from "../run-command";

runCommand(async () => {
  // The folder holds a production build only; a development NODE_ENV would also relax the
  // portal's production checks (lib/config/env.ts), read below for the first time.
  Object.assign(process.env, { NODE_ENV: "production" });
  // next-auth builds its redirects from this address (as scripts/prepare-start.ts sets it).
  process.env.NEXTAUTH_URL ??= env.appUrl;
  await import(new URL("./.next/portal-server.mjs", import.meta.url).href);
});

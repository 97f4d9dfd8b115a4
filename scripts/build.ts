/**
 * `npm run build`: the production build (scripts/portal-build.ts), for a release step that
 * builds once before starting the processes; `npm start` then finds nothing left to build.
 */
import { buildWhenStale } from "./portal-build";
import { runCommand } from "./run-command";

runCommand(() =>
  buildWhenStale({ NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production" }),
);

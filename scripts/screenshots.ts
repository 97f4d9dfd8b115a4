/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/), made by the e2e spec
 * e2e/screenshots.spec.ts on a fresh demo whose clock is DEMO_CLOCK (prisma/demo/shifted-clock.mjs
 * moves the portal's, Playwright's clock the browser's), so that a second run writes the same
 * images. The moment is in the future on purpose: the browser keeps its real clock for cookies,
 * and a session cookie set to expire before the real now would be dropped.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const DEMO_CLOCK = "2030-03-13T16:30:00Z"; // a Wednesday, 13:30 in São Paulo: business hours
const preload = path.resolve("prisma/demo/shifted-clock.mjs");

const run = spawnSync("npx", ["playwright", "test", "e2e/screenshots.spec.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DEMO_CLOCK,
    SCREENSHOTS_DIR: path.resolve("docs/screenshots"),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(" "),
  },
});
process.exitCode = run.status ?? 1;

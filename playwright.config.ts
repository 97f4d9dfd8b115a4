import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The portal sends its e-mails here; the specs that read them listen on it (startSmtpCatcher). */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2587);
/** The portal's secret; a fixture that signs a link (the reports' unsubscribe link) needs it too. */
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";

/**
 * The browser: CHROMIUM_PATH when set, then Debian's /usr/bin/chromium, then Playwright's own
 * download. Without one, stop with instructions instead of skipping the end-to-end tests.
 */
function chromiumExecutable(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    safely(() => chromium.executablePath()),
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `sudo apt-get install -y chromium` " +
      "(Debian/Ubuntu) or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chrome/Chromium binary.",
  );
}

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/support/teardown.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Per test, sized for a loaded two-core machine: a test is a few steps of one person (at most
  // three sign-ins, two fixture processes of a few seconds each, about ten answers from the
  // server). A test that needs more is a journey to split, not a timeout to raise.
  timeout: 60_000,
  expect: {
    // What the person waits for (a heading, a status, a new address) shows within a second on an
    // idle machine and within several under load. A longer wait is said where it happens (an
    // e-mail the worker sends, a second portal starting).
    timeout: 10_000,
  },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
    trace: process.env.CI ? "on-first-retry" : "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // As root and without internet, Chromium needs these to start quickly and quietly.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // The production server, as `npm start` runs it, on a database of its own made fresh each
    // run: SQLite, or PostgreSQL with E2E_DATABASE=postgresql (e2e/support/web-server.ts).
    command: "node --import tsx e2e/support/web-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    env: {
      PORT: String(PORT),
      // A demo on a database of its own: demo data and banner, a fixed secret, plain http.
      DEMO_DATA: "true",
      AUTH_SECRET: E2E_AUTH_SECRET,
      ALLOW_HTTP: "1",
      RUN_JOBS: "true",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // Each mail spec starts its SMTP server when it begins: the portal, having found none
      // meanwhile, tries again within 3 s instead of waiting up to 5 minutes.
      SMTP_RETRY_MAX_SECONDS: "3",
      // The specs without an SMTP server of their own leave mails queued; at the production pace
      // (120 a minute) a later spec's password link waited behind them for minutes. The pacing
      // itself is tested in tests/notifications/outage.test.ts.
      MAIL_RATE_PER_MINUTE: "100000",
    },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
  },
});

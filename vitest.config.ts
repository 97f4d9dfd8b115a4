import path from "node:path";
import { defineConfig } from "vitest/config";

// The integration suite runs on both databases. SKIP_POSTGRES=1 leaves PostgreSQL out (for a
// machine without its server binaries); CI never sets it.
const integration = [
  "tests/db/**/*.test.ts",
  "tests/tickets/**/*.test.ts",
  "tests/auth/**/*.test.ts",
  "tests/notifications/**/*.test.ts",
  "tests/attachments/**/*.test.ts",
  "tests/catalog/**/*.test.ts",
  "tests/sla/**/*.test.ts",
  "tests/admin/**/*.test.ts",
  "tests/security/**/*.test.ts",
  "tests/forms/**/*.test.ts",
  "tests/time/**/*.test.ts",
  "tests/knowledge/**/*.test.ts",
  "tests/search/**/*.test.ts",
  "tests/inbound/**/*.test.ts",
  "tests/privacy/**/*.test.ts",
  "tests/reports/**/*.test.ts",
  "tests/demo/**/*.test.ts",
];
// The suites whose answers depend on the time zone, run again with the portal in another zone
// (Acre, -05:00) and the server's own clock in yet another (UTC+14): a date computed with a fixed
// offset or with the server's zone fails here.
const dateSensitive = [
  "tests/time/**/*.test.ts",
  "tests/sla/**/*.test.ts",
  "tests/demo/month.test.ts",
];
const withPostgres = process.env.SKIP_POSTGRES !== "1";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next resolves "server-only" to an empty module on the server; tests run server code too.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    globalSetup: ["tests/setup/template-database.ts"],
    setupFiles: ["tests/setup/database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "sqlite", include: ["tests/**/*.test.ts"] } },
      ...(withPostgres
        ? [{ extends: true as const, test: { name: "postgresql", include: integration } }]
        : []),
      {
        extends: true,
        test: {
          name: "other-zone",
          include: dateSensitive,
          env: { PORTAL_TEST_TIME_ZONE: "America/Rio_Branco", TZ: "Pacific/Kiritimati" },
        },
      },
    ],
  },
});

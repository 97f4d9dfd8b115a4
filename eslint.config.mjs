import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Pages and components never touch the database: they read through a function in lib/ that takes
// the acting user and checks what that user may see (docs/architecture.md).
const NO_DATABASE = {
  group: ["@/lib/db", "@/lib/db/*", "@prisma/*", "**/lib/db/**", "**/lib/db"],
  message:
    "Pages and components read through a lib/ function that checks the user's permissions; only lib/ imports the database.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Only lib/config reads the environment: everything else gets typed values from it.
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Import `env` from @/lib/config/env instead.",
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DATABASE] }] },
  },
  {
    // Imports run one way, app → components → lib: a component imports its server actions from
    // the feature's module in lib/ (lib/tickets/ticket-actions.ts), never from a route.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_DATABASE,
            {
              group: ["@/app/*", "**/app/**"],
              message: "Components never import from app/: imports run app → components → lib.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tooling and tests set up the environment of the processes they start.
    files: [
      "lib/config/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "tests/**",
      "e2e/**",
      "scripts/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "next-env.d.ts",
    "lib/db/generated/**",
    "lib/db/generated-postgresql/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);

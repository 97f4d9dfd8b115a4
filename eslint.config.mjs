import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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

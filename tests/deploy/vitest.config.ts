import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:deploy`: the deployable folder, built and run as the Docker image runs it. Apart
 * from the unit suite (vitest.config.ts), whose files end in .test.ts: this one builds the whole
 * portal when the sources changed, minutes of work that the unit runs should not wait for.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  test: {
    include: ["tests/deploy/**/*.deploy.ts"],
    testTimeout: 60_000,
    // `next build` takes a few minutes on a small machine.
    hookTimeout: 15 * 60_000,
  },
});

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** `npm start` with a bad variable must stop before doing anything, with one readable line. */
async function startWith(vars: Record<string, string>) {
  const result = await run(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...vars },
  }).then(
    (ok) => ({ code: 0, ...ok }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { code: result.code, stderr: result.stderr.trim() };
}

describe("start-up with bad configuration", () => {
  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ DATABASE_URL: "foo://x" }, "DATABASE_URL"],
    // Off the embedded demo, production needs its secret: no local file is made up for it.
    [{ DATABASE_URL: "file:./data/start-up-test.db" }, "AUTH_SECRET"],
  ])("stops on %o with one line naming %s", async (vars, name) => {
    const { code, stderr } = await startWith(vars);
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^Error: Invalid configuration: ${name} `));
  });
});

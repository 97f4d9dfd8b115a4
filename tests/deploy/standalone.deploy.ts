import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished } from "../../scripts/run-command";
import {
  freePort,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../../scripts/throwaway-postgres";

/**
 * The standalone folder (`npm run build:standalone`), run as the Docker image runs it: copied
 * away from the project, so that no package can come from the project's node_modules, and
 * started with plain `node`, an environment of its own and PostgreSQL.
 */
const run = promisify(execFile);
const SECRET = "deploy-test-secret-0123456789abcdef0123";

let folder: string;
let postgres: ThrowawayPostgres;
let port: number;
let server: ChildProcess | undefined;

/** Only what an operator would set: nothing of this machine's environment leaks in. */
function portalEnv(): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    DATABASE_URL: postgres.url,
    AUTH_SECRET: SECRET,
    APP_URL: `http://localhost:${port}`,
    ALLOW_HTTP: "1",
    PORT: String(port),
    STORAGE_DIR: path.join(folder, "uploads"),
    LOG_LEVEL: "warn",
  };
}

/** Runs a command of the folder from elsewhere (the commands move into their folder). */
async function command(name: string, args: string[] = []) {
  const { stdout } = await run(process.execPath, [path.join(folder, name), ...args], {
    cwd: os.tmpdir(),
    env: portalEnv(),
  });
  return stdout;
}

async function healthy(child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const status = await fetch(`http://localhost:${port}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

beforeAll(async () => {
  // Reuses the last build when the sources did not change; its progress goes to the terminal.
  const build = spawn(process.execPath, ["--import", "tsx", "scripts/build-standalone.ts"], {
    stdio: "inherit",
  });
  expect(await finished(build)).toBe(0);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-standalone-"));
  fs.cpSync(".next/standalone", folder, { recursive: true, verbatimSymlinks: true });
  postgres = await startThrowawayPostgres();
  port = await freePort();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = finished(server);
    server.kill("SIGTERM");
    await exited;
  }
  postgres?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe("the standalone folder", () => {
  it("holds the portal's commands and not Next's bare server", () => {
    expect(fs.readdirSync(folder)).toEqual(
      expect.arrayContaining([
        "server.mjs",
        "migrate.mjs",
        "admin-create.mjs",
        "job.mjs",
        "public",
      ]),
    );
    expect(fs.existsSync(path.join(folder, "server.js"))).toBe(false);
  });

  it("migrates an empty database once, then says how to create the first administrator", async () => {
    const first = await command("migrate.mjs");
    expect(first).toMatch(/Migrations applied: \d+_init/);
    expect(first).toContain("node admin-create.mjs --cpf <CPF>");
    expect(await command("migrate.mjs")).not.toContain("Migrations applied");
  });

  it("creates the first administrator", async () => {
    const output = await command("admin-create.mjs", [
      "--cpf",
      "529.982.247-25",
      "--email",
      "ti@example.gov.br",
      "--name",
      "Equipe de TI",
    ]);
    expect(output).toContain(`http://localhost:${port}/definir-senha#`);
  });

  it("runs a scheduled job once, for cron", async () => {
    // Nothing is due on a new database.
    expect(JSON.parse(await command("job.mjs", ["auto-close"]))).toEqual({ closed: 0 });
  });

  it("serves the portal through its own server", async () => {
    server = spawn(process.execPath, [path.join(folder, "server.mjs")], {
      cwd: os.tmpdir(),
      env: portalEnv(),
      stdio: ["ignore", "inherit", "inherit"],
    });
    expect(await healthy(server)).toBe(true);

    const login = await fetch(`http://localhost:${port}/login`);
    expect(login.status).toBe(200);
    // The request guard of scripts/server.ts numbers every request.
    expect(login.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const page = await login.text();
    expect(page).toContain("<title>Entrar | Portal de Atendimento</title>");
    // The assets Next's standalone output leaves out were copied in.
    const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(page)?.[0];
    expect(stylesheet).toBeDefined();
    expect((await fetch(`http://localhost:${port}${stylesheet}`)).status).toBe(200);
    expect((await fetch(`http://localhost:${port}/logo.svg`)).status).toBe(200);

    const foreign = await fetch(`http://localhost:${port}/login`, {
      method: "POST",
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(foreign.status).toBe(403);
  });

  it("runs the scheduled jobs in a thread of its server", async () => {
    // The first "report-facts" run writes its mark, and nothing else writes ReportRefresh. A jobs
    // thread that cannot load (a package the folder lacks) is only logged, and the mark never comes.
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const marks = async () =>
        (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "ReportRefresh"'))
          .rows[0]!.n;
      await expect.poll(marks, { timeout: 45_000, interval: 500 }).toBe(1);
    } finally {
      await client.end();
    }
  });
});

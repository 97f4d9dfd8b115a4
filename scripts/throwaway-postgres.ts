import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A PostgreSQL 15 server of its own, in a temporary folder, on a free loopback port: for the
 * test suite and for `npm run db:diff` (which replays the PostgreSQL migrations on it). The
 * server refuses to run as root, so as root it runs as the `postgres` user.
 */
export type ThrowawayPostgres = { url: string; folder: string; stop: () => void };

const CANDIDATE_BIN_DIRS = [
  "/usr/lib/postgresql/15/bin",
  "/usr/lib/postgresql/16/bin",
  "/usr/lib/postgresql/17/bin",
];

function binDir(): string {
  const dir = [process.env.PG_BIN_DIR, ...CANDIDATE_BIN_DIRS].find(
    (d) => d && fs.existsSync(path.join(d, "pg_ctl")),
  );
  if (dir) return dir;
  throw new Error(
    "PostgreSQL server binaries not found (looked for pg_ctl in PG_BIN_DIR and /usr/lib/postgresql/<15|16|17>/bin). " +
      "Install them with `sudo apt-get install -y postgresql`, or set SKIP_POSTGRES=1 to run the SQLite suite only.",
  );
}

/** A port nobody listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(
  options: { durable?: boolean } = {},
): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  const data = path.join(folder, "data");
  if (root) execFileSync("chown", ["postgres:postgres", folder]);
  const run = (command: string, args: string[]) =>
    root
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, command), ...args], {
          stdio: "pipe",
        })
      : execFileSync(path.join(bin, command), args, { stdio: "pipe" });

  const port = await freePort();
  // Tests need no crash safety: without fsync the suite runs several times faster.
  const speed = options.durable
    ? ""
    : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  try {
    run("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(folder, "server.log"),
      "-w",
      "-o",
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200${speed}`,
      "start",
    ]);
  } catch (error) {
    const log = path.join(folder, "server.log");
    const detail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-2000) : String(error);
    fs.rmSync(folder, { recursive: true, force: true });
    throw new Error(`Could not start a throwaway PostgreSQL server: ${detail}`);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    folder,
    stop: () => stopThrowawayPostgres(folder),
  };
}

/**
 * Stops the server in `folder` and deletes it; for a process other than the one that started it
 * (a test runner's teardown), too. Does nothing when it is already gone.
 */
export function stopThrowawayPostgres(folder: string): void {
  const data = path.join(folder, "data");
  try {
    if (fs.existsSync(data)) {
      const args = ["-D", data, "-m", "immediate", "-w", "stop"];
      const pgCtl = path.join(binDir(), "pg_ctl");
      if (process.getuid?.() === 0)
        execFileSync("runuser", ["-u", "postgres", "--", pgCtl, ...args], { stdio: "pipe" });
      else execFileSync(pgCtl, args, { stdio: "pipe" });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

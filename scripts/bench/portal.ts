import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { CommandError } from "../run-command";

export type RunningPortal = {
  base: string;
  process: ChildProcess;
  /** Seconds from the spawn until /api/health answered 200. */
  startSeconds: number;
  stop: () => void;
  /** Stops it and resolves once it has exited: its jobs have recorded what they were sending. */
  ended: () => Promise<void>;
};

/**
 * The production server as the README starts it (`npm start` runs scripts/start.mjs), on a
 * benchmark database of its own: its own secret, plain http on purpose, no demo data. Resolves
 * once /api/health answers.
 */
export async function startPortal(
  database: string,
  port: number,
  extraEnv: Record<string, string>,
  /** Reads the server's log from its first line (unread, a full pipe would stall the server). */
  watchLog?: (log: NodeJS.ReadableStream) => void,
): Promise<RunningPortal> {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: database,
      DEMO_DATA: "false",
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      ALLOW_HTTP: "1",
      ...extraEnv,
    },
    stdio: ["ignore", watchLog ? "pipe" : "ignore", "inherit"],
    detached: true, // its own process group: stop() ends the whole tree
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (watchLog) watchLog(child.stdout!);
  const base = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new CommandError("The portal exited while starting.");
    if (i > 1200) {
      stop();
      throw new CommandError("The portal did not start in 10 minutes.");
    }
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const ended = async () => {
    stop();
    await exited;
  };
  return { base, process: child, startSeconds: (performance.now() - started) / 1000, stop, ended };
}

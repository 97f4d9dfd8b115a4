import type { ChildProcess } from "node:child_process";
import { ConfigError } from "../lib/config/env";

/** A mistake in how a command was called; printed as one line. */
export class CommandError extends Error {}

/**
 * Runs a command-line entry point: errors people can act on (bad configuration, bad arguments)
 * print one line; anything else prints its stack. Either way the exit code is 1.
 */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof CommandError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  });
}

/** Resolves to a child process's exit code (1 when a signal ended it). */
export function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

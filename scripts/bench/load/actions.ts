import fs from "node:fs";
import { CommandError } from "../../run-command";

/**
 * The ids of the server actions the virtual users call, read from the build's manifest: Next
 * gives each exported action an id that changes with the build, and the browser sends it in the
 * Next-Action header. Found by the file and export name, so a rebuild never breaks the benchmark.
 */
export type ActionIds = { comment: string; changeState: string; openRequest: string };

type Manifest = {
  node: Record<string, { filename?: string; exportedName?: string }>;
};

const WANTED = {
  comment: ["lib/tickets/ticket-actions.ts", "commentAction"],
  changeState: ["lib/tickets/ticket-actions.ts", "changeStateAction"],
  openRequest: ["lib/tickets/request-actions.ts", "openRequestAction"],
} as const;

export function actionIds(manifestFile = ".next/server/server-reference-manifest.json"): ActionIds {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  const entries = Object.entries(manifest.node);
  const find = ([file, name]: readonly [string, string]) => {
    const found = entries.find(([, e]) => e.filename === file && e.exportedName === name);
    if (!found) throw new CommandError(`No server action ${name} of ${file} in ${manifestFile}.`);
    return found[0];
  };
  return {
    comment: find(WANTED.comment),
    changeState: find(WANTED.changeState),
    openRequest: find(WANTED.openRequest),
  };
}

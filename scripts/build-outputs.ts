import path from "node:path";

/**
 * The portal's own compiled entry points, beside Next's build (scripts/portal-build.ts writes
 * them). Relative to the folder that holds .next, where every start path runs (the standalone
 * folder's commands move there first).
 */
export const SERVER_BUNDLE = path.resolve(".next/portal-server.mjs");
/** The jobs thread the server starts (lib/jobs/thread.ts). */
export const JOBS_BUNDLE = path.resolve(".next/portal-jobs.mjs");

/** `node job.mjs auto-close|deliver-mail|db-optimize` in the standalone folder, for cron: scripts/job.ts. */
import "./in-own-folder";
import "../job";

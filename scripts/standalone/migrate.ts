/**
 * `node migrate.mjs` in the standalone folder (the image runs it before the server): applies the
 * pending migrations and says how to create the first administrator of an empty database. Two
 * processes may run it at once: on PostgreSQL the schema engine takes an advisory lock.
 */
import "./in-own-folder";
import { env } from "../../lib/config/env";
import { prepareDatabase } from "../prepare-database";
import { runCommand } from "../run-command";

runCommand(() => prepareDatabase(env, "node admin-create.mjs"));

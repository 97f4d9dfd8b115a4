import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The standalone folder's commands work in that folder, wherever they are started from: Next
 * serves the build in the working directory, the migrations are read from ./prisma, and a
 * relative path in the configuration (file:./data/portal.db, ./data/uploads) means the same
 * place for every command. Each entry imports this module first, before any module reads a path.
 * (Bundled, `import.meta.url` is the compiled command's own file, at the top of the folder.)
 */
process.chdir(path.dirname(fileURLToPath(import.meta.url)));

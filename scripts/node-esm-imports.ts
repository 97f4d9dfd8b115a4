import { createRequire } from "node:module";
import path from "node:path";
import type { Plugin } from "esbuild";

/** `name/sub/path` or `@scope/name/sub/path`. */
const PACKAGE_SUBPATH = /^((?:@[^/]+\/)?[^./@][^/]*)\/(.+)$/;

/**
 * A compiled entry loads its packages through Node's own ES module loader, which, unlike
 * bundlers and tsx, does not complete a deep import into a package without an "exports" map:
 * `nodemailer/lib/smtp-pool` is a folder, and Node wants `nodemailer/lib/smtp-pool/index.js`.
 * Such imports stay external, naming the file CommonJS resolution finds.
 */
export const nodeEsmDeepImports: Plugin = {
  name: "node-esm-deep-imports",
  setup(build) {
    build.onResolve({ filter: PACKAGE_SUBPATH }, (args) => {
      const [, name = "", subpath = ""] = PACKAGE_SUBPATH.exec(args.path) ?? [];
      const require = createRequire(args.resolveDir + path.sep);
      let manifestPath: string;
      try {
        manifestPath = require.resolve(`${name}/package.json`);
      } catch {
        return undefined; // not installed, or an exports map that hides package.json
      }
      // Only installed packages: the build may run under tsx, whose resolution knows the
      // tsconfig's "@/" paths.
      if (!manifestPath.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const manifest = require(manifestPath) as { exports?: unknown };
      if (manifest.exports !== undefined) return undefined;
      const file = path.relative(path.dirname(manifestPath), require.resolve(args.path));
      if (file === subpath) return undefined;
      return { path: `${name}/${file.split(path.sep).join("/")}`, external: true };
    });
  },
};

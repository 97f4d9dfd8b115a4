import path from "node:path";

/** Which database a DATABASE_URL points at. Only lib/db looks at the URL's shape. */
export type DatabaseTarget =
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

export function databaseTarget(url: string): DatabaseTarget {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    // Relative paths are relative to the project folder, where every command runs.
    const filePath = file === ":memory:" ? file : path.resolve(file);
    return { provider: "sqlite", url, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new Error(`Unsupported DATABASE_URL: ${url.split(":")[0]}`);
}

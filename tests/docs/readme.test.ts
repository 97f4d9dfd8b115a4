import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JOBS } from "@/lib/jobs/scheduler";

// The README is what a newcomer follows: its commands, settings and addresses must be the code's.

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const readme = read("README.md");
const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: object }).scripts);

const all = (pattern: RegExp, text = readme) => [...text.matchAll(pattern)];
const unique = (values: string[]) => [...new Set(values)].sort();

describe("the README's commands", () => {
  // npm's own commands; `npm start` and `npm test` are scripts, checked with the others.
  const NPM_COMMANDS = ["ci", "install"];

  it("are npm's own or scripts of package.json", () => {
    const commands = all(/\bnpm (run )?([\w:.-]+)/g).map(([, run, name]) =>
      run ? name! : NPM_COMMANDS.includes(name!) ? null : name!,
    );
    const named = unique(commands.filter((name) => name !== null));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it("run jobs the scheduler has", () => {
    const jobs = unique(all(/npm run job -- ([\w-]+)/g).map(([, name]) => name!));
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.filter((name) => !(name in JOBS))).toEqual([]);
  });
});

describe("the README's settings", () => {
  /** The variables of the "Configuração" table. */
  const section = readme.split(/^## /m).find((part) => part.startsWith("Configuração"))!;
  const documented = unique(all(/^\| `([A-Z][A-Z0-9_]*)` +\|/gm, section).map(([, name]) => name!));
  /** The keys of the schema lib/config/env.ts parses the environment with (private to it). */
  const parsed = unique(
    all(/^ {4}([A-Z][A-Z0-9_]*): /gm, read("lib/config/env.ts")).map(([, name]) => name!),
  );
  // Next sets NEXT_PHASE itself while it builds; nobody configures it.
  const SET_BY_NEXT = ["NEXT_PHASE"];

  it("are read by lib/config/env.ts", () => {
    expect(documented.length).toBeGreaterThan(5);
    expect(documented.filter((name) => !parsed.includes(name))).toEqual([]);
  });

  it("include every variable lib/config/env.ts reads", () => {
    expect(parsed).toContain("DATABASE_URL");
    const undocumented = parsed.filter((name) => !documented.includes(name));
    expect(undocumented.filter((name) => !SET_BY_NEXT.includes(name))).toEqual([]);
  });
});

describe("the README's addresses", () => {
  // The paths of the file system the README names in code: where the tests find Chromium, and
  // the image's data folder.
  const NOT_ADDRESSES = ["/usr/bin/chromium", "/app/data"];
  const addresses = unique(
    all(/`(?:(?:GET|POST|PUT|PATCH|DELETE) )?(\/[^`\s]*)`/g)
      .map(([, address]) => address!)
      .filter((address) => !NOT_ADDRESSES.includes(address)),
  );

  it("each have a page or a route handler under app/", () => {
    const routes = routesOf(path.join(root, "app"));
    expect(addresses.length).toBeGreaterThan(15);
    expect(addresses.filter((address) => !routes.some(matches(address)))).toEqual([]);
  });

  it("are matched segment by segment, placeholders only by [parameters]", () => {
    const routes = [
      ["solicitacoes", "[number]"],
      ["admin", "emails"],
      ["api", "[...rest]"],
    ];
    const found = (address: string) => routes.some(matches(address));
    expect(found("/solicitacoes/CS0000123")).toBe(true);
    expect(found("/solicitacoes/<numero>?aba=1")).toBe(true);
    expect(found("/api/anexos/<id>")).toBe(true);
    expect(found("/admin/<tab>")).toBe(false);
    expect(found("/admin/email")).toBe(false);
    expect(found("/solicitacoes")).toBe(false);
  });
});

/**
 * The addresses Next serves from `folder`, as segment lists: each folder holding a page.tsx or a
 * route.ts, with route groups — "(portal)" — left out of the address.
 */
function routesOf(folder: string, segments: string[] = []): string[][] {
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  const served = entries.some((e) => e.isFile() && /^(page\.tsx|route\.ts)$/.test(e.name));
  return [
    ...(served ? [segments] : []),
    ...entries
      .filter((e) => e.isDirectory())
      .flatMap((e) =>
        routesOf(
          path.join(folder, e.name),
          /^\(.*\)$/.test(e.name) ? segments : [...segments, e.name],
        ),
      ),
  ];
}

/**
 * Whether an address of the README ("/catalogo/item/<slug>", "/agente?fila=…") is served by a
 * route: a [parameter] takes any one segment, [...rest] the remaining ones, and a README
 * placeholder (<slug>) only a parameter.
 */
function matches(address: string) {
  const wanted = address
    .replace(/[?…].*$/, "")
    .split("/")
    .filter(Boolean);
  return (route: string[]) =>
    route.every((segment, i) => {
      if (segment.startsWith("[...")) return i < wanted.length;
      const part = wanted[i];
      if (part === undefined) return false;
      return segment.startsWith("[") || (segment === part && !part.startsWith("<"));
    }) &&
    (route.length === wanted.length || !!route.at(-1)?.startsWith("[..."));
}

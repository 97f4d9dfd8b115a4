import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LIMIT_EXCEPTIONS } from "./list-limit-exceptions";

/**
 * No list without a limit (issue 19): a query whose rows grow with a table is a page that gets
 * slower every year. Every Prisma `findMany` in lib/, and every to-many relation a query loads
 * through `select`/`include`, must say `take`, unless it is one of the exceptions in
 * list-limit-exceptions.ts, each with its reason (a small table, or rows bounded by a key).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("generated") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The schema's to-many relation fields (`events TicketEvent[]`) by name, less the names some
 * model also uses for a single row (`requestedFor User` on a ticket, `Ticket[]` on a user).
 */
function listRelationNames(): Set<string> {
  const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const fields = [...schema.matchAll(/^\s+(\w+)\s+(\w+)(\[\])?/gm)];
  const single = new Set(fields.filter((m) => !m[3]).map((m) => m[1]!));
  return new Set(fields.filter((m) => m[3] && !single.has(m[1]!)).map((m) => m[1]!));
}

/**
 * The name of the function a query is written in: a declaration, a method, `const f = () =>`, or
 * one wrapped as it is declared (`const f = cache(async () => …)`).
 */
function enclosingName(node: ts.Node): string {
  let fn: ts.Expression | undefined;
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at)) && at.name)
      return at.name.getText();
    if (ts.isArrowFunction(at) || ts.isFunctionExpression(at)) fn = at;
    if (fn && ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && at.initializer) {
      // A wrapper named by itself (`cache(…)`), not a method of some value (`rows.map(…)`).
      const init = at.initializer;
      const wrapped =
        ts.isCallExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.arguments.includes(fn);
      if (init === fn || wrapped) return at.name.text;
    }
  }
  return "(module)";
}

const hasTake = (node: ts.Node | undefined) =>
  !!node &&
  ts.isObjectLiteralExpression(node) &&
  node.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "take");

/**
 * "lib/x/y.ts#fn#ticket" for a findMany on db.ticket in function fn without `take`;
 * "lib/x/y.ts#fn#events" for a to-many relation loaded without `take`.
 */
function unlimitedLists(): string[] {
  const relations = listRelationNames();
  const found: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, "lib"))) {
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node, inSelection: boolean): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "findMany" &&
        !hasTake(node.arguments[0])
      ) {
        const receiver = node.expression.expression;
        const model = ts.isPropertyAccessExpression(receiver) ? receiver.name.text : "?";
        found.push(`${relative}#${enclosingName(node)}#${model}`);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        const name = node.name.text;
        // Counting a relation (_count) reads no rows; select/include open a selection.
        if (name === "_count") return;
        if (inSelection && relations.has(name) && !hasTake(node.initializer) && !isFalse(node))
          found.push(`${relative}#${enclosingName(node)}#${name}`);
        const opens = name === "select" || name === "include";
        ts.forEachChild(node, (child) =>
          visit(child, opens || (inSelection && relations.has(name))),
        );
        return;
      }
      ts.forEachChild(node, (child) => visit(child, inSelection && !ts.isCallExpression(node)));
    };
    visit(source, false);
  }
  return found;
}

const isFalse = (node: ts.PropertyAssignment) =>
  node.initializer.kind === ts.SyntaxKind.FalseKeyword;

describe("lists have a limit", () => {
  it("every list query in lib/ takes a limited number of rows, or is a listed exception", () => {
    const unexplained = [...new Set(unlimitedLists())].filter((key) => !(key in LIMIT_EXCEPTIONS));
    expect(unexplained).toEqual([]);
  });

  it("lists no exception that no longer exists", () => {
    const found = new Set(unlimitedLists());
    expect(Object.keys(LIMIT_EXCEPTIONS).filter((key) => !found.has(key))).toEqual([]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAdapterFactory } from "@/lib/db/adapter";
import { databaseTarget } from "@/lib/db/target";

// SQLite only (this folder is not in the PostgreSQL project): the adapter's kept statements.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "prepared-"));
const prepare = vi.spyOn(Database.prototype, "prepare");
let adapter: SqlDriverAdapter;

const text = { scalarType: "string", arity: "scalar" } as const;
const int = { scalarType: "int", arity: "scalar" } as const;
const query = (sql: string, args: (string | number)[] = []): SqlQuery => ({
  sql,
  args,
  argTypes: args.map((a) => (typeof a === "number" ? int : text)),
});
const READ = 'SELECT "value" FROM "Kept" WHERE "name" = ?';
const WRITE = 'INSERT INTO "Kept" ("name", "value") VALUES (?, ?)';
const valueOf = async (name: string) => (await adapter.queryRaw(query(READ, [name]))).rows;

beforeAll(async () => {
  const url = `file:${path.join(folder, "kept.db")}`;
  adapter = await createAdapterFactory(databaseTarget(url)).connect();
  await adapter.executeScript('CREATE TABLE "Kept" ("name" TEXT PRIMARY KEY, "value" INTEGER)');
});

afterAll(async () => {
  await adapter.dispose();
  prepare.mockRestore();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("the SQLite adapter's statements", () => {
  it("are prepared once and run with each call's own values", async () => {
    prepare.mockClear();
    for (const [name, value] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      await adapter.executeRaw(query(WRITE, [name, value]));
    for (const name of ["c", "a", "b", "a"]) {
      expect(await valueOf(name)).toEqual([[{ a: 1, b: 2, c: 3 }[name]]]);
    }
    expect(await valueOf("nobody")).toEqual([]);
    // One preparation for the write and one for the read, however often each ran.
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it("read a statement's result columns on its first run only", async () => {
    const scratch = new Database(":memory:");
    const statementPrototype = Object.getPrototypeOf(scratch.prepare("SELECT 1")) as {
      columns: () => unknown;
    };
    scratch.close();
    const columns = vi.spyOn(statementPrototype, "columns");
    try {
      const sql = 'SELECT "name", "value" FROM "Kept" WHERE "value" >= ? ORDER BY "name"';
      for (const least of [1, 2, 3]) {
        const result = await adapter.queryRaw(query(sql, [least]));
        expect(result.columnNames).toEqual(["name", "value"]);
        expect(result.rows.length).toBe(4 - least);
      }
      expect(columns).toHaveBeenCalledTimes(1);
    } finally {
      columns.mockRestore();
    }
  });

  it("stay usable after one of their runs failed", async () => {
    await expect(adapter.executeRaw(query(WRITE, ["a", 9]))).rejects.toThrow();
    expect(await adapter.executeRaw(query(WRITE, ["d", 4]))).toBe(1);
    expect(await valueOf("d")).toEqual([[4]]);
    expect(await valueOf("a")).toEqual([[1]]);
  });

  it("are kept for the most recent shapes only, and a dropped one is prepared again", async () => {
    const shapes = 700; // more than a connection keeps
    for (let i = 0; i < shapes; i++) {
      const { rows } = await adapter.queryRaw(query(`SELECT ${i} + ? AS "n"`, [1]));
      expect(rows).toEqual([[i + 1]]);
    }
    prepare.mockClear();
    expect((await adapter.queryRaw(query(`SELECT ${shapes - 1} + ? AS "n"`, [2]))).rows).toEqual([
      [shapes + 1],
    ]);
    expect(prepare).not.toHaveBeenCalled(); // recent: still kept
    expect(await valueOf("b")).toEqual([[2]]);
    expect(prepare).toHaveBeenCalledTimes(1); // pushed out by the 700 shapes
  });

  it("begin transactions that take the write lock at once", async () => {
    const transaction = await adapter.startTransaction();
    // Another connection cannot write while the transaction holds the lock, even before its
    // first write: BEGIN IMMEDIATE.
    const other = new Database(path.join(folder, "kept.db"), { timeout: 0 });
    try {
      const write = other.prepare(`INSERT INTO "Kept" ("name", "value") VALUES ('x', 0)`);
      expect(() => write.run()).toThrow(/locked|busy/i);
    } finally {
      other.close();
      await transaction.rollback();
    }
  });
});

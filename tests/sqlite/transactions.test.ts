import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseTarget } from "@/lib/db/target";

// SQLite only (this folder is not in the PostgreSQL project): several processes on one file.

/** Another process that takes the write lock, writes a row and commits 300 ms later. */
const OTHER_WRITER = `
const Database = require("better-sqlite3");
const other = new Database(process.argv[1]);
other.prepare("BEGIN IMMEDIATE").run();
other.prepare('INSERT INTO "Counter" ("name", "value") VALUES (\\'outro\\', 1)').run();
console.log("locked");
setTimeout(() => { other.prepare("COMMIT").run(); other.close(); }, 300);
`;

describe("SQLite transactions across processes", () => {
  it("wait for another process's write instead of failing with SQLITE_BUSY_SNAPSHOT", async () => {
    const file = databaseTarget(process.env.DATABASE_URL!);
    if (file.provider !== "sqlite") throw new Error("This file runs on SQLite only.");
    const writer = spawn(process.execPath, ["-e", OTHER_WRITER, file.filePath], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await once(writer.stdout, "data"); // it holds the lock now

    // Reads, then writes: with a plain BEGIN its snapshot would predate the other commit and
    // its write would fail at once.
    const seen = await db.$transaction(async (tx) => {
      const row = await tx.counter.findUnique({ where: { name: "outro" } });
      await tx.counter.upsert({
        where: { name: "meu" },
        create: { name: "meu", value: (row?.value ?? 0) + 1 },
        update: {},
      });
      return row?.value;
    });
    expect(seen).toBe(1); // it began after the other process's commit
    await once(writer, "exit");
  });
});

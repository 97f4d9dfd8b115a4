import fs from "node:fs";
import path from "node:path";

/**
 * One schema source (prisma/schema.prisma, written for SQLite) and its PostgreSQL twin, derived
 * from it by changing only the datasource provider and the client's output folder. Each database
 * has its own migration history, in its own SQL dialect.
 */
export type Provider = "sqlite" | "postgresql";

export const PRISMA_DIR = path.resolve("prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");

export function schemaPath(provider: Provider): string {
  return provider === "sqlite" ? SCHEMA_PATH : path.join(PRISMA_DIR, "schema.postgresql.prisma");
}

export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, "migrations", provider);
}

/** The schema text for a provider. */
export function schemaFor(provider: Provider): string {
  const source = fs.readFileSync(SCHEMA_PATH, "utf8");
  if (provider === "sqlite") return source;
  const derived = source
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, `$1"postgresql"`)
    .replace(
      /output(\s*)= "\.\.\/lib\/db\/generated"/,
      `output$1= "../lib/db/generated-postgresql"`,
    );
  if (!derived.includes('"postgresql"') || !derived.includes("generated-postgresql")) {
    throw new Error(
      "prisma/schema.prisma: could not derive the PostgreSQL schema (datasource or generator changed shape).",
    );
  }
  return `// Generated from schema.prisma by \`npm run db:generate\`: edit schema.prisma instead.\n${derived}`;
}

/** Writes the PostgreSQL twin next to the source, where `prisma generate` resolves its output. */
export function writeDerivedSchema(): string {
  const file = schemaPath("postgresql");
  fs.writeFileSync(file, schemaFor("postgresql"));
  return file;
}

import pg from "pg";

/** The migrated database each PostgreSQL test file copies. */
export const POSTGRES_TEMPLATE = "portal_template";

/** Creates a database on a test server, optionally as a copy of a template (fast in PostgreSQL). */
export async function createDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await client.end();
  }
}

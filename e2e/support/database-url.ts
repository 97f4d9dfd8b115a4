/** Where e2e/support/web-server.ts writes the URL of the database the portal under test uses. */
export const E2E_DATABASE_URL_FILE = "data/e2e-database-url";
/** Where it writes the folder of its throwaway PostgreSQL server, for the teardown to stop it. */
export const E2E_POSTGRES_FOLDER_FILE = "data/e2e-postgres-folder";

/**
 * `npm run db:generate` (and `npm install`): writes the PostgreSQL twin of prisma/schema.prisma
 * and generates both Prisma clients. Imports nothing generated, since it runs before anything is.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { SCHEMA_PATH, writeDerivedSchema } from "../lib/db/schemas";

const prisma = path.resolve("node_modules/.bin/prisma");
const env = {
  ...process.env,
  // `prisma generate` only checks that a schema engine exists; ours cannot be downloaded here.
  PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("prisma/no-native-schema-engine.sh"),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

for (const schema of [SCHEMA_PATH, writeDerivedSchema()]) {
  execFileSync(prisma, ["generate", "--schema", schema], { stdio: "inherit", env });
}

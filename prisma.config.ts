import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. Migrations run through the WebAssembly schema engine
// (lib/db/migrations.ts) because the native one cannot be downloaded on our machines.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/web/security-headers";

const nextConfig: NextConfig = {
  // Next's standalone output (a folder with only the files the server needs) is for the Docker
  // image, through `npm run build:standalone`, which sets PORTAL_STANDALONE. Not the default:
  // `npm start` serves from the project folder, where Next warns on every start that a standalone
  // build must be started from its own folder, and the copy costs every build time and space.
  // eslint-disable-next-line no-restricted-properties -- a build switch, not the portal's configuration
  output: process.env.PORTAL_STANDALONE === "1" ? "standalone" : undefined,
  // Native and WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@node-rs/argon2", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // forbidden(): pages answer 403 with app/forbidden.tsx when a role may not see them.
  // Server actions carry at most 1 MB by default; the users' CSV import sends up to 5 MB of text
  // (CSV_IMPORT_MAX_BYTES in lib/admin/user-schema.ts), a few thousand rows.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // The same on every response, assets included; scripts/server.ts adds the per-request ones.
  headers: async () => [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }],
};

export default nextConfig;

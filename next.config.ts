import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/web/security-headers";

const nextConfig: NextConfig = {
  // Native and WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@node-rs/argon2", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // forbidden(): pages answer 403 with app/forbidden.tsx when a role may not see them.
  // Server actions carry at most 1 MB by default; the users' CSV import sends up to 5 MB of text
  // (CSV_IMPORT_MAX_BYTES in lib/admin/user-schema.ts), a few thousand rows.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // The same on every response, assets included; proxy.ts adds the per-request ones.
  headers: async () => [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }],
};

export default nextConfig;

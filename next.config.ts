import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@node-rs/argon2", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // forbidden(): pages answer 403 with app/forbidden.tsx when a role may not see them.
  experimental: { authInterrupts: true },
};

export default nextConfig;

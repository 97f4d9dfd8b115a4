import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * For `npm start` on a machine where nobody set AUTH_SECRET (a demo, an evaluation): a random
 * secret kept in the git-ignored data folder, so that sessions survive restarts. Production sets
 * AUTH_SECRET itself; the portal refuses to start in production without one otherwise.
 */
export function localAuthSecret(file = path.resolve("data/.auth-secret")): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

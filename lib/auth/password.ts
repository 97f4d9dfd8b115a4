import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are stored as argon2id hashes (the library's defaults follow OWASP's recommended
 * memory and time costs). @node-rs/argon2 ships prebuilt binaries in npm, so nothing is compiled
 * or downloaded at install.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

export { PASSWORD_MIN_LENGTH, passwordSchema } from "./password-rules";

import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/config/env";
import { sessionCookieClaims } from "@/lib/auth/session-cookie";

const HOUR = 3600;
const seal = (claims: Record<string, unknown>, maxAge = HOUR, secret = env.authSecret) =>
  encode({ token: { uid: "u1", role: "REQUESTER", sid: "s1", ...claims }, secret, maxAge });

describe("the session cookie's claims", () => {
  it("names the user and the session row of a cookie the portal sealed", async () => {
    const cookie = await seal({ uid: "user-a", sid: "session-a" });
    expect(await sessionCookieClaims(cookie)).toMatchObject({ uid: "user-a", sid: "session-a" });
  });

  it("decrypts a cookie once and keeps what it says, up to its expiry", async () => {
    const cookie = await seal({ uid: "user-b", sid: "session-b" }, 60);
    const now = Date.now();
    const at = (ms: number) => () => new Date(now + ms);
    const first = await sessionCookieClaims(cookie, at(0));
    // The same object: the second request did not decrypt again.
    expect(await sessionCookieClaims(cookie, at(30_000))).toBe(first);
    // Kept, yet refused once it has expired.
    expect(await sessionCookieClaims(cookie, at(61_000))).toBeNull();
  });

  it("refuses a cookie sealed with another secret, a tampered one and one without a session", async () => {
    expect(
      await sessionCookieClaims(await seal({}, HOUR, "another-secret-of-32-characters!")),
    ).toBeNull();
    const cookie = await seal({ uid: "user-c", sid: "session-c" });
    const tampered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionCookieClaims(tampered)).toBeNull();
    expect(await sessionCookieClaims(await seal({ sid: undefined }))).toBeNull();
    expect(await sessionCookieClaims("not-a-cookie")).toBeNull();
  });
});

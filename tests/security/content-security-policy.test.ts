import { describe, expect, it } from "vitest";
import { API_CSP, contentSecurityPolicy } from "@/lib/web/security-headers";

const options = { https: false, dev: false };

describe("contentSecurityPolicy", () => {
  it("gives every page a policy with a nonce of its own", () => {
    const first = contentSecurityPolicy("/solicitacoes", options)!;
    const second = contentSecurityPolicy("/solicitacoes", options)!;
    const nonce = /'nonce-([A-Za-z0-9+/=]{24})'/.exec(first)?.[1];
    expect(nonce).toBeTruthy();
    expect(second).not.toContain(nonce);
    expect(first).toContain("frame-ancestors 'none'");
  });

  it("gives API answers the policy that runs nothing", () => {
    expect(contentSecurityPolicy("/api/health", options)).toBe(API_CSP);
    expect(contentSecurityPolicy("/api/anexos", options)).toBe(API_CSP);
  });

  it("leaves built assets alone, and only them", () => {
    expect(contentSecurityPolicy("/_next/static/chunks/a.js", options)).toBeNull();
    expect(contentSecurityPolicy("/_next/image", options)).toBeNull();
    expect(contentSecurityPolicy("/_next/static-looking-page", options)).toContain("nonce-");
  });

  it("asks browsers to upgrade to https when the portal is served over it", () => {
    expect(contentSecurityPolicy("/", { https: true, dev: false })).toContain(
      "upgrade-insecure-requests",
    );
    expect(contentSecurityPolicy("/", options)).not.toContain("upgrade-insecure-requests");
  });
});

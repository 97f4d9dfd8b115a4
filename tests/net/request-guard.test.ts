import { describe, expect, it } from "vitest";
import { clientAddressOf, isAllowedOrigin, isHttps, secureCookies } from "@/lib/net/request-guard";

describe("the client's address", () => {
  it("is the connection's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(clientAddressOf("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("is the entry N hops from the right behind N trusted proxies", () => {
    // The client wrote "6.6.6.6"; nginx appended the address it saw.
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddressOf("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(clientAddressOf("10.0.0.2", ["6.6.6.6", "198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("falls back to the connection or the leftmost entry when the chain is short", () => {
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.3", "198.51.100.7", 2)).toBe("198.51.100.7");
  });
});

describe("https", () => {
  it("trusts X-Forwarded-Proto only from trusted proxies", () => {
    expect(isHttps(false, "https", 0)).toBe(false);
    expect(isHttps(false, "https", 1)).toBe(true);
    expect(isHttps(false, "http", 1)).toBe(false);
    expect(isHttps(true, undefined, 0)).toBe(true);
  });

  it("marks cookies Secure once", () => {
    expect(secureCookies("a=1; Path=/; HttpOnly")).toBe("a=1; Path=/; HttpOnly; Secure");
    expect(secureCookies(["a=1; Secure", "b=2"])).toEqual(["a=1; Secure", "b=2; Secure"]);
  });
});

describe("the origin of a change", () => {
  const app = "https://atendimento.example.gov.br";

  it("lets reads through and writes from the portal's own origin", () => {
    expect(isAllowedOrigin("GET", undefined, app)).toBe(true);
    expect(isAllowedOrigin("POST", app, app)).toBe(true);
  });

  it("refuses writes from another origin or with none", () => {
    expect(isAllowedOrigin("POST", "https://evil.example", app)).toBe(false);
    expect(isAllowedOrigin("POST", undefined, app)).toBe(false);
    expect(isAllowedOrigin("DELETE", "null", app)).toBe(false);
    expect(isAllowedOrigin("post", "https://atendimento.example.gov.br.evil.example", app)).toBe(
      false,
    );
  });
});

import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config/env";

const secret = "x".repeat(32);

describe("parseEnv", () => {
  it("gives safe development defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      nodeEnv: "development",
      port: 3000,
      databaseUrl: "file:./data/portal.db",
      appUrl: "http://localhost:3000",
      smtpUrl: undefined,
      runJobs: true,
      admission: { maxInFlight: 10, maxWaitMs: 2000 },
    });
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads the variables it is given", () => {
    const env = parseEnv({
      PORT: "8080",
      DATABASE_URL: "postgresql://portal:senha@db:5432/portal",
      APP_URL: "https://atendimento.example.gov.br/",
      SMTP_URL: "smtp://user:pass@mail:587",
      MAIL_FROM: "Portal <nao-responda@example.gov.br>",
      RUN_JOBS: "false",
      MAX_REQUESTS_IN_FLIGHT: "4",
      REQUEST_QUEUE_TIMEOUT_MS: "500",
    });
    expect(env).toMatchObject({
      admission: { maxInFlight: 4, maxWaitMs: 500 },
      port: 8080,
      databaseUrl: "postgresql://portal:senha@db:5432/portal",
      appUrl: "https://atendimento.example.gov.br",
      smtpUrl: "smtp://user:pass@mail:587",
      runJobs: false,
    });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ PORT: "", SMTP_URL: "" })).toMatchObject({ port: 3000, smtpUrl: undefined });
  });

  it.each([
    [{ PORT: "abc" }, /^Invalid configuration: PORT must be a whole number.*\(got "abc"\)$/],
    [{ PORT: "70000" }, /PORT must be a whole number/],
    [
      { DATABASE_URL: "foo://x" },
      /^Invalid configuration: DATABASE_URL must be a SQLite file URL.*\(got "foo:\/\/x"\)$/,
    ],
    [{ APP_URL: "localhost" }, /APP_URL must be an http\(s\) URL/],
    [
      { SMTP_URL: "http://mail" },
      /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL[^"]*$/,
    ],
    [{ MAIL_FROM: "Portal\r\nBcc: x@y" }, /MAIL_FROM must be an address/],
    [{ MAX_REQUESTS_IN_FLIGHT: "0" }, /MAX_REQUESTS_IN_FLIGHT must be a whole number from 1/],
    [{ REQUEST_QUEUE_TIMEOUT_MS: "2s" }, /REQUEST_QUEUE_TIMEOUT_MS must be a whole number/],
    [{ NODE_ENV: "production" }, /AUTH_SECRET is required in production/],
    [
      { NODE_ENV: "production", AUTH_SECRET: "short" },
      /AUTH_SECRET must have at least 32 characters$/,
    ],
  ])("refuses %o with one line naming the variable", (raw, message) => {
    expect(() => parseEnv(raw)).toThrow(ConfigError);
    expect(() => parseEnv(raw)).toThrow(message);
    expect(() => parseEnv(raw)).not.toThrow(/\n/);
  });

  it.each([
    [
      { NODE_ENV: "production", AUTH_SECRET: secret },
      /^Invalid configuration: APP_URL must be an https:\/\/ address/,
    ],
    [
      { NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "http://portal.example.gov.br" },
      /APP_URL must be an https:\/\/ address in production \(or set ALLOW_HTTP=1/,
    ],
    [{ TRUSTED_PROXY_HOPS: "-1" }, /TRUSTED_PROXY_HOPS must be a whole number/],
    [{ DEMO_DATA: "yes" }, /DEMO_DATA/],
  ])("refuses %o in production-like settings", (raw, message) => {
    expect(() => parseEnv(raw)).toThrow(message);
  });

  it("writes the demo only on the embedded database outside production", () => {
    expect(parseEnv({}).demoData).toBe(true);
    expect(parseEnv({ DATABASE_URL: "postgresql://p:s@db:5432/portal" }).demoData).toBe(false);
    expect(parseEnv({ DATABASE_URL: "file:./data/outro.db" }).demoData).toBe(false);
    expect(
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://a.gov.br" })
        .demoData,
    ).toBe(false);
    expect(parseEnv({ DEMO_DATA: "false" }).demoData).toBe(false);
    // The demo on the embedded database may run over plain http (npm start on a laptop).
    expect(
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, DEMO_DATA: "true" }).appUrl,
    ).toBe("http://localhost:3000");
  });

  it("accepts production with a secret and https, or http on purpose, and a build without either", () => {
    const https = { NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://a.gov.br" };
    expect(parseEnv(https)).toMatchObject({
      isProduction: true,
      httpsOnly: true,
      trustedProxyHops: 0,
    });
    expect(
      parseEnv({
        ...https,
        APP_URL: "http://intranet:3000",
        ALLOW_HTTP: "1",
        TRUSTED_PROXY_HOPS: "2",
      }),
    ).toMatchObject({ httpsOnly: false, trustedProxyHops: 2 });
    expect(
      parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).isProduction,
    ).toBe(true);
  });
});

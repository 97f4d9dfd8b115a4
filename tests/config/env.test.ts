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
    });
    expect(env).toMatchObject({
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

  it("accepts production with a secret, and a production build without one", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).isProduction).toBe(true);
    expect(
      parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).isProduction,
    ).toBe(true);
  });
});

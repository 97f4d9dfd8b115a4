import { z } from "zod";
import { storageConfig } from "./storage-url";

/**
 * The portal's configuration, read from the environment once. This is the only module that reads
 * `process.env` (enforced by ESLint); everything else imports `env`.
 */

/** The embedded SQLite file of the README: the only database that gets demo data by default. */
export const DEFAULT_DATABASE_URL = "file:./data/portal.db";
const DEV_AUTH_SECRET = "development-only-secret-do-not-use-in-production";

const port = z
  .string()
  .regex(/^\d+$/, "must be a whole number between 1 and 65535")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, "must be a whole number between 1 and 65535");

const databaseUrl = z
  .string()
  .refine(
    (url) => /^file:.+/.test(url) || /^postgres(ql)?:\/\/.+/.test(url),
    "must be a SQLite file URL (file:./data/portal.db) or a PostgreSQL URL (postgresql://user:pass@host:5432/db)",
  );

const httpUrl = z
  .string()
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), "must be an http(s) URL")
  .transform((s) => s.replace(/\/+$/, ""));

const smtpUrl = z
  .string()
  .refine(
    (s) => URL.canParse(s) && /^smtps?:$/.test(new URL(s).protocol),
    "must be an smtp:// or smtps:// URL (smtp://user:pass@host:587)",
  );

/**
 * The support mailboxes the inbound reader reads: one or more imap:// or imaps:// URLs with the
 * folder as path (imaps://user:pass@host:993/INBOX), separated by spaces or commas.
 */
const imapUrls = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .refine(
    (urls) => urls.every((s) => URL.canParse(s) && /^imaps?:$/.test(new URL(s).protocol)),
    "must be imap:// or imaps:// URLs (imaps://user:pass@host:993/INBOX), separated by spaces",
  );

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port.default(3000),
    DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
    APP_URL: httpUrl.optional(),
    AUTH_SECRET: z.string().min(32, "must have at least 32 characters").optional(),
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: z
      .string()
      .regex(/^[^\r\n]+@[^\r\n]+$/, "must be an address like Portal <nao-responda@example.gov.br>")
      .default("Portal de Atendimento <nao-responda@localhost>"),
    /** The most e-mails sent per minute, so that a backlog does not look like spam to the provider. */
    MAIL_RATE_PER_MINUTE: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, "must be a whole number from 1 to 999999")
      .transform(Number)
      .default(120),
    /** The longest wait between two connection attempts while the SMTP server is unreachable. */
    SMTP_RETRY_MAX_SECONDS: z
      .string()
      .regex(/^[1-9]\d{0,4}$/, "must be a whole number of seconds from 1 to 99999")
      .transform(Number)
      .default(300),
    IMAP_URL: imapUrls.optional(),
    /** The support mailbox's address, the Reply-To of ticket mails; default: IMAP_URL's user. */
    INBOUND_ADDRESS: z
      .string()
      .regex(/^[^\s<>@]+@[^\s<>@]+$/, "must be an address like suporte@example.gov.br")
      .optional(),
    STORAGE_DIR: z.string().min(1).default("./data/uploads"),
    /** Object storage instead of STORAGE_DIR (lib/config/storage-url.ts): s3://bucket?endpoint=… */
    STORAGE_URL: z.string().optional(),
    AWS_ACCESS_KEY_ID: z.string().optional(),
    AWS_SECRET_ACCESS_KEY: z.string().optional(),
    AWS_SESSION_TOKEN: z.string().optional(),
    /** Set to "false" in processes that must not run the scheduled jobs (auto-close, mail). */
    RUN_JOBS: z.enum(["true", "false"]).default("true"),
    /** "true" logs one line per database query (no values): how benchmarks count them per page. */
    LOG_QUERIES: z.enum(["true", "false"]).default("false"),
    /** Writes the demo accounts and shows the demo banner; default: the embedded default only. */
    DEMO_DATA: z.enum(["true", "false"]).optional(),
    /** "1" allows an http APP_URL in production: a deliberate choice, never a default. */
    ALLOW_HTTP: z.enum(["0", "1"]).default("0"),
    /** Proxies in front of the portal whose X-Forwarded-For entries are trusted (0: none). */
    TRUSTED_PROXY_HOPS: z
      .string()
      .regex(/^\d{1,2}$/, "must be a whole number from 0 to 99")
      .transform(Number)
      .default(0),
    /**
     * Requests one portal process works on at once; more wait in line (lib/net/admission.ts).
     * A page costs CPU, so more at once on two cores only makes each slower and the memory
     * bigger; 10 is also the PostgreSQL pool's size, which page requests then cannot exhaust.
     */
    MAX_REQUESTS_IN_FLIGHT: z
      .string()
      .regex(/^[1-9]\d{0,3}$/, "must be a whole number from 1 to 9999")
      .transform(Number)
      .default(10),
    /** How long a request may wait in that line before it is answered 503 (busy, try again). */
    REQUEST_QUEUE_TIMEOUT_MS: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, "must be a whole number of milliseconds from 1 to 999999")
      .transform(Number)
      .default(2000),
    /** How much the portal logs (one JSON line per event on standard output). */
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).optional(),
    /** Next sets this while building; production-only requirements do not apply then. */
    NEXT_PHASE: z.string().optional(),
  })
  .transform((raw, ctx) => {
    const production = raw.NODE_ENV === "production";
    const building = raw.NEXT_PHASE === "phase-production-build";
    const embedded = raw.DATABASE_URL === DEFAULT_DATABASE_URL;
    const demoData = raw.DEMO_DATA ? raw.DEMO_DATA === "true" : embedded && !production;
    const appUrl = raw.APP_URL ?? `http://localhost:${raw.PORT}`;
    // The demo on the embedded database may run on http://localhost with a local secret file
    // (scripts/prepare-start.ts); anything else in production must be set up on purpose.
    const relaxed = demoData && embedded;
    if (production && !building) {
      if (!raw.AUTH_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_SECRET"],
          message: "is required in production (generate one with: openssl rand -base64 32)",
        });
      }
      if (!relaxed && !appUrl.startsWith("https://") && raw.ALLOW_HTTP !== "1") {
        ctx.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message:
            "must be an https:// address in production (or set ALLOW_HTTP=1 to serve over http on purpose)",
        });
      }
    }
    const imap = raw.IMAP_URL ?? [];
    const inboundAddress = raw.INBOUND_ADDRESS ?? inboundAddressOf(imap[0]);
    if (imap.length > 0 && !inboundAddress) {
      ctx.addIssue({
        code: "custom",
        path: ["INBOUND_ADDRESS"],
        message: "is required when IMAP_URL's user is not an e-mail address",
      });
    }
    const storage = storageConfig(raw, ctx);
    return {
      nodeEnv: raw.NODE_ENV,
      isProduction: production,
      port: raw.PORT,
      databaseUrl: raw.DATABASE_URL,
      isEmbeddedDatabase: embedded,
      demoData,
      appUrl,
      authSecret: raw.AUTH_SECRET ?? DEV_AUTH_SECRET,
      smtpUrl: raw.SMTP_URL,
      mailFrom: raw.MAIL_FROM,
      mailRatePerMinute: raw.MAIL_RATE_PER_MINUTE,
      smtpRetryMaxMs: raw.SMTP_RETRY_MAX_SECONDS * 1000,
      imapUrls: imap,
      /** Set only when inbound mail is configured: replies to ticket mails go there. */
      inboundAddress: imap.length > 0 ? (inboundAddress ?? null) : null,
      storage,
      runJobs: raw.RUN_JOBS === "true",
      logQueries: raw.LOG_QUERIES === "true",
      trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
      admission: {
        maxInFlight: raw.MAX_REQUESTS_IN_FLIGHT,
        maxWaitMs: raw.REQUEST_QUEUE_TIMEOUT_MS,
      },
      logLevel: raw.LOG_LEVEL ?? (raw.NODE_ENV === "test" ? "warn" : "info"),
      /** Cookies are Secure whenever the address people use is https. */
      httpsOnly: appUrl.startsWith("https://"),
    };
  });

/** The user of an IMAP URL when it is an e-mail address (the usual for hosted mailboxes). */
function inboundAddressOf(url: string | undefined): string | undefined {
  const user = url ? decodeURIComponent(new URL(url).username) : "";
  return /^[^\s<>@]+@[^\s<>@]+$/.test(user) ? user.toLowerCase() : undefined;
}

export type Env = z.output<typeof schema>;

/** A configuration error users can act on: one line naming each bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type RawEnv = Record<string, string | undefined>;

export function parseEnv(raw: RawEnv): Env {
  // Empty strings are how shells and compose files say "unset".
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const value = cleaned[name];
    const shown =
      value === undefined || /SECRET|SMTP_URL|IMAP_URL|AWS_|STORAGE_URL/.test(name)
        ? ""
        : ` (got ${JSON.stringify(value)})`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}

let parsed: Env | undefined;

/**
 * The configuration, parsed from `process.env` on first use (so that a command can catch a
 * ConfigError and print it as one line) and never again.
 */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => (parsed ??= parseEnv(process.env))[key as keyof Env],
});

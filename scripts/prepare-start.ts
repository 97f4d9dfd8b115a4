/**
 * The preparing half of `npm start` and `npm run dev` (scripts/start.mjs runs it, then serves):
 * checks the configuration, migrates, writes the demo data into an empty demo database and builds
 * when the sources changed. Tells its parent, over the IPC channel, how to start the server and
 * what to print once it answers; then exits, and the memory it took (the TypeScript loader,
 * Prisma's migrations, the bundler) goes with it.
 */
import { DEFAULT_DATABASE_URL, parseEnv, type Env } from "../lib/config/env";
import { localAuthSecret } from "../lib/config/local-secret";
import { formatCpf } from "../lib/auth/cpf";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { DEMO_LOGINS } from "../prisma/demo/people";
import { SERVER_BUNDLE, buildJobsThread, buildWhenStale } from "./portal-build";
import { prepareDatabase } from "./prepare-database";
import { runCommand } from "./run-command";

const dev = process.argv.includes("--dev");

function serverEnvironment(): { env: Env; vars: NodeJS.ProcessEnv } {
  const vars: NodeJS.ProcessEnv = {
    NEXT_TELEMETRY_DISABLED: "1", // the portal makes no calls home
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
  };
  // Decided on what the operator asked for, before NODE_ENV is forced to production: the demo
  // is the README's embedded database on a machine not marked as production, unless said otherwise.
  vars.DEMO_DATA ||=
    (process.env.DATABASE_URL || DEFAULT_DATABASE_URL) === DEFAULT_DATABASE_URL &&
    process.env.NODE_ENV !== "production"
      ? "true"
      : "false";
  const embeddedDemo =
    vars.DEMO_DATA === "true" &&
    (vars.DATABASE_URL || DEFAULT_DATABASE_URL) === DEFAULT_DATABASE_URL;
  if (!dev && !vars.AUTH_SECRET && embeddedDemo) {
    vars.AUTH_SECRET = localAuthSecret();
    console.log("AUTH_SECRET is not set: the demo uses the secret kept in data/.auth-secret.");
  }
  const env = parseEnv(vars);
  // next-auth builds its redirects from this address.
  vars.NEXTAUTH_URL ??= env.appUrl;
  return { env, vars };
}

/**
 * The production server's old-generation heap, in MB (the Dockerfile sets the same). Node sizes it
 * from the machine's memory (4 GB on a 24 GB machine) and, under load, lets garbage grow towards
 * that before collecting it: under bench:load the server held 740 MB for a live heap of about
 * 110 MB. Capped, it held 455 MB; the extra collections cost up to a fifth more CPU per page at
 * 100 people (17.5 → 20.7 ms) and nothing measurable at saturation. An operator's own
 * --max-old-space-size in NODE_OPTIONS wins.
 */
const SERVER_HEAP_MB = 256;

/** Production runs the compiled server; development its source, reloaded by tsx. */
function serverArgs(): string[] {
  if (dev) return ["--import", "tsx", new URL("./server.ts", import.meta.url).pathname, "--dev"];
  const ownHeap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "");
  return [...(ownHeap ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`]), SERVER_BUNDLE];
}

function welcome(env: Env): string {
  const demo = env.demoData
    ? [
        `Demo logins (password ${DEMO_PASSWORD}):`,
        ...DEMO_LOGINS.map(
          (u) => `  ${formatCpf(u.cpf).padEnd(16)} ${u.role.padEnd(52)} ${u.name}`,
        ),
        '  (README.md, "Primeiros passos": what to try with each one.)',
      ]
    : [];
  return [
    "",
    `Portal de Atendimento: ${env.appUrl}`,
    ...demo,
    env.smtpUrl
      ? `E-mail: sent through ${new URL(env.smtpUrl).host}.`
      : "E-mail: SMTP_URL is not set, so e-mails are kept, not sent: see them at Admin > E-mails (/admin/emails).",
    "",
  ].join("\n");
}

runCommand(async () => {
  const { env, vars } = serverEnvironment();
  await prepareDatabase(env, "npm run admin:create --");

  if (dev) await buildJobsThread();
  else await buildWhenStale(vars);

  if (!process.send) throw new Error("Run through scripts/start.mjs (npm start), not alone.");
  process.send({
    serverArgs: serverArgs(),
    env: vars,
    healthUrl: `http://localhost:${env.port}/api/health`,
    welcome: welcome(env),
  });
});

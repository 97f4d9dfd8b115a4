/**
 * `npm start` (production server) and `npm run dev` (hot reload): check the configuration,
 * migrate, write the demo data into an empty database, build when the sources changed, then serve
 * and print the address and the demo logins.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { parseEnv, type Env } from "../lib/config/env";
import { localAuthSecret } from "../lib/config/local-secret";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { formatCpf } from "../lib/auth/cpf";
import { isDatabaseEmpty, seedDemoData } from "../prisma/seed";
import { DEMO_PASSWORD, demoUsers } from "../prisma/demo-data";
import { buildIsCurrent, recordBuild, sourceHash } from "./build-stamp";
import { CommandError, runCommand } from "./run-command";

const dev = process.argv.includes("--dev");

function serverEnvironment(): { env: Env; vars: NodeJS.ProcessEnv } {
  const vars: NodeJS.ProcessEnv = {
    NEXT_TELEMETRY_DISABLED: "1", // the portal makes no calls home
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
  };
  if (!dev && !vars.AUTH_SECRET) {
    vars.AUTH_SECRET = localAuthSecret();
    console.log(
      "AUTH_SECRET is not set: using the secret kept in data/.auth-secret (set AUTH_SECRET in production).",
    );
  }
  const env = parseEnv(vars);
  // next-auth builds its redirects from this address.
  vars.NEXTAUTH_URL ??= env.appUrl;
  return { env, vars };
}

async function prepareDatabase(env: Env) {
  const applied = await applyMigrations(env.databaseUrl);
  if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
  const db = createPrismaClient(env.databaseUrl);
  try {
    if (await isDatabaseEmpty(db)) {
      await seedDemoData(db);
      console.log("Empty database: demo data written.");
    }
  } finally {
    await db.$disconnect();
  }
}

function run(args: string[], vars: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin(), ...args], { stdio: "inherit", env: vars });
}

function nextBin(): string {
  return new URL("../node_modules/next/dist/bin/next", import.meta.url).pathname;
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

async function waitUntilHealthy(env: Env, child: ChildProcess) {
  const url = `http://localhost:${env.port}/api/health`;
  while (child.exitCode === null) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function printWelcome(env: Env) {
  const rows = demoUsers.map(
    (u) => `  ${formatCpf(u.cpf).padEnd(16)} ${u.role.padEnd(10)} ${u.name}`,
  );
  console.log(
    [
      "",
      `Portal de Atendimento: ${env.appUrl}`,
      `Demo logins (password ${DEMO_PASSWORD}):`,
      ...rows,
      env.smtpUrl
        ? `E-mail: sent through ${new URL(env.smtpUrl).host}.`
        : "E-mail: SMTP_URL is not set, so e-mails are kept, not sent: see them at Admin > E-mails (/admin/emails).",
      "",
    ].join("\n"),
  );
}

runCommand(async () => {
  const { env, vars } = serverEnvironment();
  await prepareDatabase(env);

  if (!dev) {
    const hash = sourceHash();
    if (!buildIsCurrent(hash)) {
      console.log("Building the portal (first run or sources changed)...");
      const code = await finished(run(["build"], vars));
      if (code !== 0) throw new CommandError(`next build failed with exit code ${code}`);
      recordBuild(hash);
    }
  }

  const server = run([dev ? "dev" : "start", "--port", String(env.port)], vars);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => server.kill(signal));
  if (await waitUntilHealthy(env, server)) printWelcome(env);
  process.exitCode = await finished(server);
});

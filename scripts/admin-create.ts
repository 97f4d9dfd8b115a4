/**
 * `npm run admin:create -- --cpf 123.456.789-09 --email ti@prefeitura.gov.br [--name "Maria"]`:
 * the first administrator of a production database (which starts with no users at all), or
 * another one when nobody can sign in as admin any more. No password is ever typed here: the
 * command e-mails a single-use "Definir senha" link, or prints it when no SMTP server is set.
 */
import { parseArgs } from "node:util";
import { env } from "../lib/config/env";
import { db } from "../lib/db";
import { createAdministrator } from "../lib/admin/create-administrator";
import { closeMailTransport, runMailWorker } from "../lib/notifications/worker";
import { CommandError, runCommand } from "./run-command";

runCommand(async () => {
  const { values } = parseArgs({
    options: {
      cpf: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
    },
  });
  try {
    const result = await createAdministrator(values);
    if (!result.ok) {
      const details = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
      throw new CommandError([result.message, ...details].join(" "));
    }
    if (env.smtpUrl) {
      await runMailWorker();
      console.log(
        `Administrator created. The "Definir senha" link was e-mailed to ${result.value.email}.`,
      );
    } else {
      console.log("Administrator created. SMTP_URL is not set, so here is the single-use link");
      console.log(`(valid for 48 hours) to set the password: ${result.value.link}`);
    }
  } finally {
    closeMailTransport();
    await db.$disconnect();
  }
});

import "server-only";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { queueEmails } from "@/lib/notifications/outbox";
import { passwordMail } from "./password-reset";
import { newLink, storeLink } from "./password-tokens";

/**
 * "Definir senha" for an account an admin just created (the first admin included, by
 * `npm run admin:create`): a 48-hour, single-use link that voids the user's older links, queued
 * as an e-mail. The link is returned too, so a command can print it where no SMTP server is set
 * up; print it only to the person running the command.
 */
export async function issueSetPasswordLink(
  userId: string,
  clock: Clock = systemClock,
): Promise<{ link: string }> {
  const now = clock();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true },
  });
  const { tokenHash, link } = newLink("SET");
  await db.$transaction(async (tx) => {
    await storeLink(tx, { userId: user.id, tokenHash, purpose: "SET" }, now);
    await queueEmails(tx, [passwordMail(user, user.email, link, "SET")], now);
  });
  return { link };
}

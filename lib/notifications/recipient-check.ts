import type { Db, Tx } from "@/lib/db/client";
import type { OutboxMessage } from "@/lib/db/generated/client";
import { partiesSelect } from "@/lib/tickets/relations";
import { recipientStanding, type RecipientRefusal } from "@/lib/tickets/notifications";

/**
 * The recipient of an outbox row, checked again just before it is sent: a row may wait in the
 * outbox for hours (SMTP down, retries), and in the meantime its recipient may have been removed
 * from the ticket, moved to another organization or deactivated. Such a row is dropped, never
 * sent, with the reason for the admin page.
 */

const REASONS: Record<RecipientRefusal | "gone" | "addressChanged", string> = {
  inactive: "O destinatário foi desativado.",
  otherOrganization: "O destinatário mudou de organização e não vê mais a solicitação.",
  notOnTicket: "O destinatário não acompanha mais a solicitação.",
  cannotSee: "O destinatário não pode mais ver a solicitação.",
  notSupport: "O destinatário não faz mais parte do suporte da solicitação.",
  gone: "O destinatário não existe mais.",
  addressChanged: "O e-mail do destinatário mudou depois que a mensagem foi criada.",
};

type Row = Pick<OutboxMessage, "userId" | "notificationId" | "sensitive" | "toAddress">;

/** Why `row` must not be sent now, in Portuguese, or null when it may go. */
export async function dropReasonOf(db: Db | Tx, row: Row): Promise<string | null> {
  if (!row.userId) {
    // A ticket mail or a sign-in link whose user was deleted; other rows were addressed to an
    // address, not to a user (benchmarks), and have nobody to check.
    return row.notificationId || row.sensitive ? REASONS.gone : null;
  }
  const user = await db.user.findUnique({
    where: { id: row.userId },
    select: {
      id: true,
      active: true,
      email: true,
      role: true,
      organizationId: true,
      groups: { select: { groupId: true } },
    },
  });
  if (!user) return REASONS.gone;
  if (!user.active) return REASONS.inactive;
  // A changed address may now be someone else's mailbox: the old one gets nothing more.
  if (user.email.toLowerCase() !== row.toAddress.toLowerCase()) return REASONS.addressChanged;
  if (!row.notificationId) return null; // an account mail: an active user is enough

  const notification = await db.notification.findUnique({
    where: { id: row.notificationId },
    select: { event: { select: { visibility: true } }, ticket: { select: partiesSelect } },
  });
  if (!notification) return REASONS.cannotSee;
  const { ticket, event } = notification;
  const standing = recipientStanding(
    { ...user, groupIds: user.groups.map((g) => g.groupId) },
    { ...ticket, followerIds: ticket.followers.map((f) => f.userId) },
    event.visibility,
  );
  return "refused" in standing ? REASONS[standing.refused] : null;
}

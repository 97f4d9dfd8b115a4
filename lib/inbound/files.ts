import { discardStagedUpload } from "@/lib/attachments/staging";
import { stageUploads } from "@/lib/attachments/uploads";
import type { Actor } from "@/lib/tickets/actor";
import type { InboundMail } from "./parse";

/**
 * A mail's files go through the same checks and limits as the form's uploads (kind by content,
 * size, count, the person's staging quota): staged as the sender's, then linked by the service.
 */
export async function stageMailFiles(
  actor: Actor,
  mail: InboundMail,
): Promise<{ ok: true; ids: string[] } | { ok: false; reason: string }> {
  if (mail.attachments.length === 0) return { ok: true, ids: [] };
  const staged = await stageUploads(actor, mail.attachments);
  if (!staged.ok) return { ok: false, reason: `Anexo recusado: ${staged.message}` };
  return { ok: true, ids: staged.value.map((file) => file.id) };
}

/** Files staged for a message the service then refused: they would only wait for the clean-up. */
export async function discardMailFiles(actor: Actor, ids: readonly string[]): Promise<void> {
  for (const id of ids) await discardStagedUpload(actor, id);
}

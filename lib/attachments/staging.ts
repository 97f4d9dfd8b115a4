import "server-only";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { PortalSettings } from "@/lib/settings";
import type { Actor } from "@/lib/tickets/actor";
import { fileStorage, type FileStorage } from "@/lib/storage";

/**
 * Staged files: uploaded, not yet part of a ticket or an article (ticketId and articleId null),
 * seen only by their uploader.
 * Each person may keep only so many of them (the settings' staging quota), so that nobody can
 * fill the disk with files no ticket will ever hold; those left behind go after a day.
 */

const STAGED_FOR_MS = 24 * 60 * 60_000;
/** Neither a ticket's nor an article's: what the quota counts and the clean-up removes. */
const STAGED = { ticketId: null, articleId: null } as const;

type Quota = Pick<PortalSettings, "stagingQuotaMb" | "stagingQuotaFiles">;

/**
 * Why adding these files would take the person over the quota, or null. Called before storing
 * (the usual refusal) and again after committing with nothing added: two uploads racing each
 * other both see both rows then, so at most they are both refused, never both let through.
 */
export async function stagingQuotaProblem(
  uploaderId: string,
  adding: { files: number; bytes: number },
  quota: Quota,
): Promise<string | null> {
  const staged = await db.attachment.aggregate({
    where: { uploaderId, ...STAGED },
    _count: { _all: true },
    _sum: { size: true },
  });
  const files = staged._count._all + adding.files;
  const bytes = (staged._sum.size ?? 0) + adding.bytes;
  if (files <= quota.stagingQuotaFiles && bytes <= quota.stagingQuotaMb * 1024 * 1024) return null;
  return (
    `Limite de anexos pendentes atingido: até ${quota.stagingQuotaFiles} arquivos e ` +
    `${quota.stagingQuotaMb} MB enviados e ainda não incluídos em uma solicitação. ` +
    "Envie a solicitação em andamento ou tente de novo amanhã."
  );
}

/**
 * Deletes one of the person's own staged files, removed from the form before sending, so that it
 * stops counting against the quota. A file already linked to a ticket is not staged any more.
 */
export async function discardStagedUpload(
  actor: Actor,
  attachmentId: string,
  storage: FileStorage = fileStorage(),
): Promise<ServiceResult<null>> {
  const mine = { id: attachmentId, uploaderId: actor.id, ...STAGED };
  const staged = await db.attachment.findFirst({ where: mine, select: { storageKey: true } });
  const { count } = await db.attachment.deleteMany({ where: mine });
  if (!staged || count === 0) return notFound("Anexo não encontrado.");
  await storage.delete(staged.storageKey);
  return ok(null);
}

/** Removes staged files nobody used within a day (an abandoned form): rows and stored bytes. */
export async function deleteStaleUploads(
  clock: Clock = systemClock,
  storage: FileStorage = fileStorage(),
): Promise<{ removed: number }> {
  const before = new Date(clock().getTime() - STAGED_FOR_MS);
  const stale = await db.attachment.findMany({
    where: { ...STAGED, createdAt: { lt: before } },
    select: { id: true, storageKey: true },
    take: 1_000,
  });
  if (stale.length === 0) return { removed: 0 };
  const ids = stale.map((s) => s.id);
  // Rows first: a file without a row is harmless, a row without its file is a broken download.
  // A file linked to a ticket or an article meanwhile no longer matches STAGED: it is kept.
  const { count } = await db.attachment.deleteMany({ where: { id: { in: ids }, ...STAGED } });
  const kept = new Set(
    (await db.attachment.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  await Promise.all(stale.filter((s) => !kept.has(s.id)).map((s) => storage.delete(s.storageKey)));
  return { removed: count };
}

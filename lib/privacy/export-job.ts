import "server-only";
import { db, Prisma } from "@/lib/db";
import { claimRows, enumValue } from "@/lib/db/sql";
import { env } from "@/lib/config/env";
import { systemClock, type Clock } from "@/lib/clock";
import { log } from "@/lib/log";
import { fileStorage, storeBytes, type FileStorage } from "@/lib/storage";
import { getSettings } from "@/lib/settings";
import { renderMail } from "@/lib/notifications/layout";
import { queueEmails } from "@/lib/notifications/outbox";
import { collectPersonalData } from "./export-data";
import { renderPersonalDataHtml } from "./export-html";

/** A build taking longer than this is taken for dead and started again by any process. */
const LEASE_MS = 10 * 60_000;
const PER_RUN = 5;

/**
 * The data-export job: claims waiting exports (or ones whose builder died), writes the JSON and
 * HTML files to the storage folder and, in one transaction, marks the export ready and queues the
 * e-mail. Safe with several processes: the claim takes each row once (claimRows), and the
 * finishing update only succeeds while the lease is still this run's.
 */
export async function buildDataExports(
  clock: Clock = systemClock,
  storage: FileStorage = fileStorage(),
): Promise<{ built: number; failed: number }> {
  const now = clock();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const running = enumValue("DataExportState", "RUNNING");
  const claimed = await claimRows<{ id: string; userId: string }>(db, {
    table: "DataExport",
    set: Prisma.sql`"state" = ${running}, "leaseUntil" = ${leaseUntil}`,
    where: Prisma.sql`("state" = ${enumValue("DataExportState", "PENDING")}
        OR ("state" = ${running} AND "leaseUntil" < ${now})) AND "expiresAt" > ${now}`,
    orderBy: "createdAt",
    limit: PER_RUN,
    returning: ["id", "userId"],
  });
  let built = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      if (await buildOne(row, leaseUntil, now, storage)) built++;
    } catch (error) {
      failed++;
      log.error({ event: "privacy.export_failed", exportId: row.id, err: error });
      await db.dataExport.updateMany({
        where: { id: row.id, state: "RUNNING", leaseUntil },
        data: { state: "FAILED" },
      });
    }
  }
  return { built, failed };
}

async function buildOne(
  row: { id: string; userId: string },
  leaseUntil: Date,
  now: Date,
  storage: FileStorage,
): Promise<boolean> {
  const [data, settings] = await Promise.all([collectPersonalData(row.userId), getSettings(db)]);
  const json = new TextEncoder().encode(JSON.stringify(data, null, 2));
  const html = new TextEncoder().encode(renderPersonalDataHtml(data, settings.timeZone));
  const [jsonKey, htmlKey] = await Promise.all([
    storeBytes(storage, json, { area: "exports", contentType: "application/json" }),
    storeBytes(storage, html, { area: "exports", contentType: "text/html" }),
  ]);
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.dataExport.updateMany({
      where: { id: row.id, state: "RUNNING", leaseUntil },
      data: { state: "READY", jsonKey, htmlKey, readyAt: now, leaseUntil: null },
    });
    if (count === 0) return false; // another process took it over: its files win
    await queueEmails(tx, [exportReadyMail(row.userId, data.profile)], now);
    return true;
  });
  if (!done) await Promise.all([storage.delete(jsonKey), storage.delete(htmlKey)]);
  return done;
}

/** Says the files are ready and where: the profile, behind sign-in; never the file's address. */
function exportReadyMail(userId: string, person: { name: string; email: string }) {
  return {
    kind: "privacy.export_ready",
    to: { address: person.email, name: person.name, userId },
    subject: "Seus dados estão prontos para download – Portal de Atendimento",
    body: renderMail({
      preheader: "O arquivo com os seus dados pode ser baixado no seu perfil.",
      heading: "Seus dados estão prontos",
      paragraphs: [
        `Olá, ${person.name}.`,
        "O arquivo com os seus dados, que você pediu em “Baixar meus dados”, está pronto. Entre no portal e baixe-o em Perfil > Meus dados: cada arquivo pode ser baixado uma vez, até a data indicada no perfil.",
        "Se você não fez esse pedido, avise o encarregado de dados do portal.",
      ],
      action: { label: "Abrir meu perfil", url: `${env.appUrl}/perfil#meus-dados` },
      footer: "Você recebe este e-mail porque pediu uma cópia dos seus dados no portal.",
    }),
  };
}

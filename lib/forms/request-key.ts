import "server-only";
import { z } from "zod";
import { inSlices } from "@/lib/jobs/slices";
import { db, isUniqueViolation, Prisma } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { conflict, type ServiceResult } from "@/lib/result";

/**
 * Makes a form's submission happen once. The form carries a random key made when it was drawn;
 * the first request with that key runs and stores its result, and a double click, a retried
 * request or a replay gets the stored result instead of a second record. A refused submission
 * forgets its key, so the person can correct the form and send it again.
 */
export const requestKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{16,64}$/, "Recarregue a página e envie de novo.");

/** After this long without a result, the first run is taken for dead and the key runs again. */
const IN_FLIGHT_MS = 60_000;
const IN_PROGRESS = "Este envio já está sendo processado. Aguarde um instante.";

export async function once<T>(
  request: { key: string; userId: string; action: string },
  run: () => Promise<ServiceResult<T>>,
  clock: Clock = systemClock,
): Promise<ServiceResult<T>> {
  // Scoped by person and action: a key seen in someone else's form is worth nothing.
  const key = `${request.userId}:${request.action}:${request.key}`;
  const now = clock();
  const claimed = await db.requestKey
    .create({ data: { key, userId: request.userId, action: request.action, createdAt: now } })
    .then(
      () => true,
      (error: unknown) => {
        if (isUniqueViolation(error)) return false;
        throw error;
      },
    );
  if (!claimed) {
    const row = await db.requestKey.findUnique({ where: { key } });
    if (row?.result) return row.result as ServiceResult<T>;
    if (row && now.getTime() - row.createdAt.getTime() < IN_FLIGHT_MS) return conflict(IN_PROGRESS);
    await db.requestKey.deleteMany({ where: { key, result: { equals: Prisma.DbNull } } });
    return once(request, run, clock);
  }
  try {
    const result = await run();
    if (result.ok)
      await db.requestKey.update({
        where: { key },
        data: { result: result as Prisma.InputJsonValue },
      });
    else await db.requestKey.delete({ where: { key } });
    return result;
  } catch (error) {
    await db.requestKey.delete({ where: { key } }).catch(() => undefined);
    throw error;
  }
}

/** Keys older than a day are of no use: no browser retries a submission that long. */
export async function forgetOldRequestKeys(clock: Clock = systemClock): Promise<number> {
  const old = { createdAt: { lt: new Date(clock().getTime() - 24 * 60 * 60_000) } };
  const { done } = await inSlices(
    "forget-old-records",
    "form keys forgotten",
    async (limit) => {
      const rows = await db.requestKey.findMany({ where: old, select: { key: true }, take: limit });
      const keys = rows.map((r) => r.key);
      return (await db.requestKey.deleteMany({ where: { key: { in: keys }, ...old } })).count;
    },
    { budgetMs: 30_000 },
  );
  return done;
}

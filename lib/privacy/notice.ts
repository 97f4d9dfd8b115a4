import "server-only";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { ok, type ServiceResult } from "@/lib/result";

/** The first-login privacy notice: acknowledged once, kept with when. */
export async function acknowledgePrivacyNotice(
  userId: string,
  clock: Clock = systemClock,
): Promise<ServiceResult<null>> {
  await db.user.updateMany({
    where: { id: userId, privacyAckAt: null },
    data: { privacyAckAt: clock() },
  });
  return ok(null);
}

import "server-only";
import { db } from "@/lib/db";
import { accessesOf } from "./access-log";
import { exportsOf } from "./export";
import { RIGHTS_ITEM_SLUG } from "./rights-queue";
import { getPortalPrivacy } from "./portal-privacy";

/** What "Meus dados" shows the signed-in person about themself (and no one else). */
export async function myDataOverview(userId: string) {
  const [exports, accesses, requests, privacy] = await Promise.all([
    exportsOf(userId),
    accessesOf(userId, 50),
    db.ticket.findMany({
      where: { requestedForId: userId, item: { slug: RIGHTS_ITEM_SLUG } },
      select: { number: true, state: true, createdAt: true, resolutionDueAt: true },
      orderBy: { createdAt: "desc" },
      take: 10,
    }),
    getPortalPrivacy(),
  ]);
  return {
    exports,
    accesses,
    requests,
    controller: { name: privacy.controllerName, contact: privacy.controllerContact },
  };
}

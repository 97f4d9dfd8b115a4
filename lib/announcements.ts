import "server-only";
import { db } from "@/lib/db";

/** The "Comunicado" in force now: the latest started one that has not ended. */
export function currentAnnouncement(now = new Date()) {
  return db.announcement.findFirst({
    where: { startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    // Of two starting the same day, the one written last is the news.
    orderBy: [{ startsAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, body: true, startsAt: true },
  });
}

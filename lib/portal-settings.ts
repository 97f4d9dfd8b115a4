import "server-only";
import { db } from "@/lib/db";
import { getSettings, type PortalSettings } from "@/lib/settings";

/**
 * How long a process keeps the settings it read. Nearly every page reads them, and they change
 * only when an admin saves them: the process that saves forgets them at once
 * (forgetPortalSettings), and other portal processes (several, on PostgreSQL) see the change
 * within this time.
 */
export const SETTINGS_KEPT_MS = 10_000;

let kept: { settings: Promise<Readonly<PortalSettings>>; until: number } | null = null;

/**
 * The portal's settings as pages show and use them, kept between requests (SETTINGS_KEPT_MS).
 * Services inside a transaction read them with getSettings(tx) instead, to see their own writes,
 * and so does the settings editor.
 */
export function getPortalSettings(): Promise<Readonly<PortalSettings>> {
  const now = Date.now();
  if (!kept || kept.until <= now) {
    const settings = getSettings(db).then((read) => Object.freeze(read));
    kept = { settings, until: now + SETTINGS_KEPT_MS };
    // A failed read is not kept: the next request tries again.
    settings.catch(() => {
      if (kept?.settings === settings) kept = null;
    });
  }
  return kept.settings;
}

/** After a save: this process reads the settings afresh. */
export function forgetPortalSettings(): void {
  kept = null;
}

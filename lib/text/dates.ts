/**
 * Dates as our users read them: Brazilian format, in the portal's time zone (Settings.timeZone)
 * whatever the server's zone. Pages get these through getPortalTime() (lib/time/portal-time.ts),
 * which passes the setting; jobs and mails pass it themselves.
 */
const cached = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "short" | "seconds", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = cached.get(key);
  if (!format) {
    format =
      kind === "short"
        ? new Intl.DateTimeFormat("pt-BR", { dateStyle: "short", timeStyle: "short", timeZone })
        : new Intl.DateTimeFormat("pt-BR", {
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            second: "2-digit",
            timeZone,
          });
    cached.set(key, format);
  }
  return format;
}

/** "25/11/2026, 14:47". */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatter("short", timeZone).format(date);
}

/** The lists' format, as in the old portal: "25/11/2026 14:47:05". */
export function formatDateTimeSeconds(date: Date, timeZone: string): string {
  return formatter("seconds", timeZone).format(date).replace(",", "");
}

/**
 * How long ago, as the old portal's timeline said it: "agora mesmo", "25m atrás", "3h atrás",
 * "2 dia(s) atrás", "2 mês(es) atrás", "1 ano(s) atrás".
 */
export function formatRelative(date: Date, now: Date): string {
  const seconds = Math.max(0, (now.getTime() - date.getTime()) / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (minutes < 1) return "agora mesmo";
  if (hours < 1) return `${minutes}m atrás`;
  if (days < 1) return `${hours}h atrás`;
  if (days < 30) return `${days} dia(s) atrás`;
  if (days < 365) return `${Math.floor(days / 30)} mês(es) atrás`;
  return `${Math.floor(days / 365)} ano(s) atrás`;
}

/**
 * Dates as our users read them: Brazilian format, in Brasília time whatever the server's zone
 * (a server in UTC would otherwise show every time three hours off).
 */
const dateTime = new Intl.DateTimeFormat("pt-BR", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "America/Sao_Paulo",
});

export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

const withSeconds = new Intl.DateTimeFormat("pt-BR", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "America/Sao_Paulo",
});

/** The lists' format, as in the old portal: "25/11/2026 14:47:05". */
export function formatDateTimeSeconds(date: Date): string {
  return withSeconds.format(date).replace(",", "");
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

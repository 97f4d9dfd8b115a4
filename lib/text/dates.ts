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

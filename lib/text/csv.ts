/**
 * The portal's CSV files (the hours export, the reports): semicolon-separated, as Excel in
 * Portuguese expects, with a byte-order mark so that Excel (the usual reader here) opens them as
 * UTF-8, lines ended with CR LF.
 */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  const csv = rows.map((row) => row.map(csvCell).join(";")).join("\r\n");
  return `\uFEFF${csv}\r\n`;
}

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula
 * (=, +, -, @) defused with a leading quote.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

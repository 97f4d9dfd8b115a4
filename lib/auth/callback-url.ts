/**
 * Where to go after signing in: only a path of this site ("/solicitacoes?estado=OPEN"), never
 * another origin ("https://evil.example", "//evil.example", "/\\evil.example").
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  try {
    const url = new URL(value, "http://portal.invalid");
    return url.origin === "http://portal.invalid"
      ? `${url.pathname}${url.search}${url.hash}`
      : fallback;
  } catch {
    return fallback;
  }
}

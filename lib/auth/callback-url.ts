/**
 * Where to go after signing in: only a path of this site ("/solicitacoes?estado=OPEN"), never
 * another origin ("https://evil.example", "//evil.example", "/\\evil.example"), nor anything with
 * control characters (which URL parsing would silently drop) or of unreasonable length.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (
    !value ||
    value.length > 2000 ||
    /[\u0000-\u001f\u007f]/.test(value) ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
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

export const CALLBACK_REFUSED =
  "O endereço de retorno não é válido; você será levado à página inicial.";

/**
 * The login page's `callbackUrl` query parameter, as given by the browser: where to go after
 * signing in, and whether a given value had to be refused (another site, a repeated parameter,
 * a malformed path), which the page says instead of failing.
 */
export function loginTarget(callbackUrl: string | string[] | undefined): {
  target: string;
  refused: boolean;
} {
  if (callbackUrl === undefined || callbackUrl === "") return { target: "/", refused: false };
  const target = typeof callbackUrl === "string" ? safeCallbackUrl(callbackUrl, "") : "";
  return target ? { target, refused: false } : { target: "/", refused: true };
}

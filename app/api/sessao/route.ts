import { z } from "zod";
import { currentSession } from "@/lib/auth/session";
import { extendSession } from "@/lib/auth/session-expiry";

/** The one input: the person's answer to the warning. Nothing else is accepted. */
const extendInput = z.strictObject({ extend: z.literal(true) });

/**
 * POST /api/sessao {"extend": true}: "Continuar conectado". Gives the caller's own live session a
 * full lifetime again and answers how long it now lasts ({ remainingMs }, counted on the
 * browser's own clock); the browser then asks next-auth for its session, which renews the cookie
 * for as long.
 */
export async function POST(request: Request) {
  const session = await currentSession();
  if (!session) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
  const input = extendInput.safeParse(await request.json().catch(() => null));
  if (!input.success) return answer(400, { message: "Pedido inválido." });
  const now = new Date();
  const expiresAt = await extendSession(session.sessionId, session.user.id, now);
  if (!expiresAt) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
  return answer(200, { remainingMs: expiresAt.getTime() - now.getTime() });
}

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

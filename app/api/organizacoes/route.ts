import { z } from "zod";
import { isSupport } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { findOrganizations } from "@/lib/tickets/queue-options";

/** The one input: what the person typed, at least two characters. */
const searchInput = z.strictObject({ busca: z.string().trim().min(2).max(100) });

/**
 * GET /api/organizacoes?busca=: the organizations whose name contains the text, for support's
 * "Organização" filter, as [{ id, name }]. Requesters and visitors get nothing of the list.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
  if (!isSupport(user)) return answer(403, { message: "Só o atendimento procura organizações." });
  const input = searchInput.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!input.success) return answer(400, { message: "Digite ao menos duas letras do nome." });
  return answer(200, await findOrganizations(user, input.data.busca));
}

function answer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}

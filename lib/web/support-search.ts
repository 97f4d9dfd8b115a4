import "server-only";
import { z } from "zod";
import { isSupport } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/tickets/actor";

/** The one input of a search: what the person typed, at least two characters. */
const searchInput = z.strictObject({ busca: z.string().trim().min(2).max(100) });

/**
 * The GET handler of a support filter's search as the person types (components/ui/search-picker):
 * `?busca=` answered by `find` as [{ id, name }]. Requesters and visitors get nothing of the list;
 * `find` checks the reader again, as every service does.
 */
export function supportSearch(
  find: (actor: Actor, text: string) => Promise<{ id: string; name: string }[]>,
  refusal: string,
) {
  return async function GET(request: Request): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
    if (!isSupport(user)) return answer(403, { message: refusal });
    const input = searchInput.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!input.success) return answer(400, { message: "Digite ao menos duas letras do nome." });
    return answer(200, await find(user, input.data.busca));
  };
}

function answer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}

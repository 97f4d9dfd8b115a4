import { z } from "zod";
import { TICKET_STATES } from "./states";

/**
 * A list's filters, sort and page as they appear in the address (Portuguese, so that a link says
 * what it shows: /solicitacoes?estado=OPEN&pagina=2), and back. The service re-validates them.
 */
const SORTS = ["number", "item", "state", "createdAt", "resolvedAt", "closedAt"] as const;
export type ListSort = (typeof SORTS)[number];

const fromAddress = z.object({
  numero: z.string().trim().max(20).optional().catch(undefined),
  estado: z.enum(TICKET_STATES).optional().catch(undefined),
  ordem: z.enum(SORTS).optional().catch(undefined),
  direcao: z.enum(["asc", "desc"]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type ListParams = {
  number?: string;
  state?: (typeof TICKET_STATES)[number];
  sort: ListSort;
  direction: "asc" | "desc";
  page: number;
};

export function parseListParams(raw: Record<string, string | string[] | undefined>): ListParams {
  const single = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = fromAddress.parse(single);
  return {
    number: parsed.numero || undefined,
    state: parsed.estado,
    sort: parsed.ordem ?? "createdAt",
    direction: parsed.direcao ?? "desc",
    page: parsed.pagina ?? 1,
  };
}

export function listAddress(path: string, params: ListParams): string {
  const query = new URLSearchParams();
  if (params.number) query.set("numero", params.number);
  if (params.state) query.set("estado", params.state);
  if (params.sort !== "createdAt" || params.direction !== "desc") {
    query.set("ordem", params.sort);
    query.set("direcao", params.direction);
  }
  if (params.page > 1) query.set("pagina", String(params.page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

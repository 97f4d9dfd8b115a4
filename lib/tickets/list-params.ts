import { z } from "zod";
import { TICKET_STATES } from "./states";

/**
 * A list's filters, sort and page as they appear in the address (Portuguese, so that a link says
 * what it shows: /solicitacoes?estado=OPEN&pagina=2), and back. The services re-validate them.
 */
export const LIST_SORTS = [
  "number",
  "item",
  "state",
  "createdAt",
  "updatedAt",
  "resolvedAt",
  "closedAt",
  "resolutionDueAt",
] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Extra filters of the agent queues, by address name. */
const QUEUE_FILTERS = {
  grupo: "groupId",
  responsavel: "assigneeId",
  organizacao: "organizationId",
  servico: "itemId",
} as const;
type QueueFilterName = (typeof QUEUE_FILTERS)[keyof typeof QUEUE_FILTERS];

const optionalText = z.string().trim().max(64).optional().catch(undefined);
const fromAddress = z.object({
  numero: z.string().trim().max(20).optional().catch(undefined),
  estado: z.enum(TICKET_STATES).optional().catch(undefined),
  ordem: z.enum(LIST_SORTS).optional().catch(undefined),
  direcao: z.enum(["asc", "desc"]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  grupo: optionalText,
  responsavel: optionalText,
  organizacao: optionalText,
  servico: optionalText,
});

export type ListParams = {
  number?: string;
  state?: (typeof TICKET_STATES)[number];
  sort: ListSort;
  direction: "asc" | "desc";
  page: number;
  /** The agent queues' filters (ignored by the requester lists). */
  filters?: Partial<Record<QueueFilterName, string>>;
};

type RawParams = Record<string, string | string[] | undefined>;

export function parseListParams(raw: RawParams, defaultSort: ListSort = "createdAt"): ListParams {
  const single = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = fromAddress.parse(single);
  const filters = Object.fromEntries(
    Object.entries(QUEUE_FILTERS).flatMap(([name, key]) => {
      const value = parsed[name as keyof typeof QUEUE_FILTERS];
      return value ? [[key, value]] : [];
    }),
  );
  return {
    number: parsed.numero || undefined,
    state: parsed.estado,
    sort: parsed.ordem ?? defaultSort,
    direction: parsed.direcao ?? "desc",
    page: parsed.pagina ?? 1,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}

export function listAddress(
  path: string,
  params: ListParams,
  defaultSort: ListSort = "createdAt",
): string {
  const [base, existing] = path.split("?");
  const query = new URLSearchParams(existing);
  if (params.number) query.set("numero", params.number);
  if (params.state) query.set("estado", params.state);
  for (const [name, key] of Object.entries(QUEUE_FILTERS)) {
    const value = params.filters?.[key];
    if (value) query.set(name, value);
  }
  if (params.sort !== defaultSort || params.direction !== "desc") {
    query.set("ordem", params.sort);
    query.set("direcao", params.direction);
  }
  if (params.page > 1) query.set("pagina", String(params.page));
  const text = query.toString();
  return text ? `${base}?${text}` : base!;
}

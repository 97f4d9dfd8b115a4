import { z } from "zod";
import {
  directionField,
  listHref,
  parseListAddress,
  type ParsedAddress,
  type RawSearchParams,
} from "@/lib/lists/address";
import { QUEUE_MENU } from "./queue-names";
import { LIST_SORTS, type ListSort } from "./list-sorts";
import { TICKET_STATES } from "./states";
import { slugOfTurn, TURN_SLUGS, type TurnSlug } from "./turns";

/**
 * A ticket list's filters, sort and page as its address says them (lib/lists/address.ts:
 * Portuguese names, a bad value dropped with a message), and back. The services re-validate them.
 */

/** A record's id in a filter (cuid): anything else is a bad address, not a query. */
const recordId = z
  .string()
  .trim()
  .regex(/^[\w-]{1,64}$/);

const ticketFields = {
  numero: z.string().trim().max(20),
  estado: z.enum(TICKET_STATES),
  vez: z.enum(Object.keys(TURN_SLUGS) as [TurnSlug, ...TurnSlug[]]),
  ordem: z.enum(LIST_SORTS),
  direcao: directionField,
};
const QUEUE_SLUGS = QUEUE_MENU.map((queue) => queue.slug) as [string, ...string[]];
const queueFields = {
  ...ticketFields,
  fila: z.enum(QUEUE_SLUGS),
  grupo: recordId,
  responsavel: recordId,
  organizacao: recordId,
  servico: recordId,
};

/** The agent queues' extra filters: address name → service name. */
const QUEUE_FILTERS = {
  grupo: "groupId",
  responsavel: "assigneeId",
  organizacao: "organizationId",
  servico: "itemId",
} as const;
type QueueFilterName = (typeof QUEUE_FILTERS)[keyof typeof QUEUE_FILTERS];

/** Which ticket list an address is for: its default sort, and whether it has the queue filters. */
export type TicketListKind = { defaultSort: ListSort; queueFilters: boolean };
/** "Minhas Solicitações" and "Meus Acompanhamentos". */
/** Rows per page of every ticket list, the requester's and the agent queues alike. */
export const TICKET_PAGE_SIZE = 20;

export const REQUEST_LIST: TicketListKind = { defaultSort: "createdAt", queueFilters: false };
/** The agent queues (/agente?fila=…). */
export const QUEUE_LIST: TicketListKind = { defaultSort: "updatedAt", queueFilters: true };

export type ListParams = {
  /** The agent queue's address name ("meus"); none for the requester lists. */
  queue?: string;
  number?: string;
  state?: (typeof TICKET_STATES)[number];
  /** Whose turn it is (`?vez=respondida|aguardando`). */
  turn?: (typeof TURN_SLUGS)[TurnSlug];
  sort: ListSort;
  direction: "asc" | "desc";
  page: number;
  /** The agent queues' filters. */
  filters?: Partial<Record<QueueFilterName, string>>;
};

type QueueAddress = ParsedAddress<z.output<z.ZodObject<typeof queueFields>>>;

/** The list's parameters from its address, and the message to show when a value was dropped. */
export function readTicketList(
  kind: TicketListKind,
  raw: RawSearchParams,
): { params: ListParams; problem?: string } {
  // A requester list ignores the queue filters: they are not its parameters.
  const parsed: QueueAddress = kind.queueFilters
    ? parseListAddress(queueFields, raw)
    : parseListAddress(ticketFields, raw);
  const address = parsed.params;
  const filters = Object.fromEntries(
    Object.entries(QUEUE_FILTERS).flatMap(([name, key]) => {
      const value = address[name as keyof typeof QUEUE_FILTERS];
      return value ? [[key, value]] : [];
    }),
  );
  const params: ListParams = {
    ...(address.fila ? { queue: address.fila } : {}),
    number: address.numero || undefined,
    state: address.estado,
    ...(address.vez ? { turn: TURN_SLUGS[address.vez] } : {}),
    sort: address.ordem ?? kind.defaultSort,
    direction: address.direcao ?? "desc",
    page: address.pagina,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
  return parsed.problem ? { params, problem: parsed.problem } : { params };
}

/** The address of the list at `path` showing `params` (defaults left out). */
export function ticketListHref(kind: TicketListKind, path: string, params: ListParams): string {
  const filters = Object.fromEntries(
    Object.entries(QUEUE_FILTERS).map(([name, key]) => [name, params.filters?.[key]]),
  );
  return listHref(
    path,
    {
      fila: params.queue,
      numero: params.number,
      estado: params.state,
      vez: params.turn ? slugOfTurn(params.turn) : undefined,
      ...filters,
      ordem: params.sort,
      direcao: params.direction,
      pagina: params.page,
    },
    { pagina: 1, ordem: kind.defaultSort, direcao: "desc" },
  );
}

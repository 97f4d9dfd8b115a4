import { findAgents } from "@/lib/tickets/queue-options";
import { supportSearch } from "@/lib/web/support-search";

/** GET /api/analistas?busca=: the analysts whose name contains the text, for the queue's "Responsável" filter. */
export const GET = supportSearch(findAgents, "Só o atendimento procura analistas.");

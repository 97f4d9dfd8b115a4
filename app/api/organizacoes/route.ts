import { findOrganizations } from "@/lib/tickets/queue-options";
import { supportSearch } from "@/lib/web/support-search";

/** GET /api/organizacoes?busca=: the organizations whose name contains the text, for support's "Organização" filter. */
export const GET = supportSearch(findOrganizations, "Só o atendimento procura organizações.");

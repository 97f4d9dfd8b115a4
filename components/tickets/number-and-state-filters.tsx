import type { ListParams } from "@/lib/tickets/list-params";
import { STATE_LABELS, TICKET_STATES } from "@/lib/tickets/states";
import { slugOfTurn, TURN_LABELS, TURN_SLUGS } from "@/lib/tickets/turns";
import { FilterSelect } from "@/components/ui/filter-select";

const STATE_OPTIONS = TICKET_STATES.map((state) => [state, STATE_LABELS[state]] as const);
const TURN_OPTIONS = Object.entries(TURN_SLUGS).map(
  ([slug, side]) => [slug, TURN_LABELS[side]] as const,
);

/** "Número", "Estado" and "Resposta" (whose turn): the first filters of every ticket list's GET form. */
export function NumberAndStateFilters({
  params,
  stateFilter = true,
}: {
  params: Pick<ListParams, "number" | "state" | "turn">;
  /** False for a list of closed tickets ("Avaliar Atendimento"): no state to pick, nobody's turn. */
  stateFilter?: boolean;
}) {
  return (
    <>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Número
        <input
          name="numero"
          defaultValue={params.number ?? ""}
          className="w-32 rounded-md border border-slate-300 bg-white px-2 py-1.5"
        />
      </label>
      {stateFilter ? (
        <>
          <FilterSelect name="estado" label="Estado" value={params.state} options={STATE_OPTIONS} />
          <FilterSelect
            name="vez"
            label="Resposta"
            value={params.turn ? slugOfTurn(params.turn) : undefined}
            options={TURN_OPTIONS}
          />
        </>
      ) : null}
    </>
  );
}

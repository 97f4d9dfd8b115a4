import type { ListParams } from "@/lib/tickets/list-params";
import { STATE_LABELS, TICKET_STATES } from "@/lib/tickets/states";
import { FilterSelect } from "@/components/ui/filter-select";

const STATE_OPTIONS = TICKET_STATES.map((state) => [state, STATE_LABELS[state]] as const);

/** "Número" and "Estado": the first filters of every ticket list's GET form. */
export function NumberAndStateFilters({
  params,
  stateFilter = true,
}: {
  params: Pick<ListParams, "number" | "state">;
  /** False for a list of one state ("Avaliar Atendimento": closed tickets). */
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
        <FilterSelect name="estado" label="Estado" value={params.state} options={STATE_OPTIONS} />
      ) : null}
    </>
  );
}

import { BUCKETS, PERIODS, type ReportFilters, type PeriodPreset } from "@/lib/reports/filters";
import { FilterSelect } from "@/components/ui/filter-select";
import { SubmitButton } from "@/components/ui/submit-button";

type Options = readonly (readonly [string, string])[];

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5";

/**
 * The reports' filters: a GET form, so the filters are the address (bookmarked, shared, and the
 * CSV links carry them). A preset period wins over the dates; "Período personalizado" uses them.
 */
export function ReportFiltersForm({
  filters,
  preset,
  options,
}: {
  filters: ReportFilters;
  preset: PeriodPreset | undefined;
  options: { groups: Options; organizations: Options; items: Options; analysts: Options };
}) {
  return (
    <form
      method="get"
      action="/relatorios"
      aria-label="Filtros dos relatórios"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden"
    >
      <FilterSelect
        name="periodo"
        label="Período"
        value={preset}
        all="Período personalizado"
        options={Object.entries(PERIODS)}
      />
      <label className="flex flex-col gap-1 text-sm font-medium">
        De
        <input type="date" name="de" defaultValue={filters.from} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Até
        <input type="date" name="ate" defaultValue={filters.to} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Agrupar por
        <select name="agrupar" defaultValue={filters.bucket} className={field}>
          {Object.entries(BUCKETS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <FilterSelect name="grupo" label="Grupo" value={filters.groupId} options={options.groups} />
      <FilterSelect
        name="organizacao"
        label="Organização (município ou estado)"
        value={filters.organizationId}
        all="Todas"
        options={options.organizations}
      />
      <FilterSelect name="item" label="Serviço" value={filters.itemId} options={options.items} />
      <FilterSelect
        name="analista"
        label="Analista"
        value={filters.assigneeId}
        options={options.analysts}
      />
      <SubmitButton>Filtrar</SubmitButton>
    </form>
  );
}

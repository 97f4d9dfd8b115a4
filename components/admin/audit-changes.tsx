import { ENTITY_LABELS, listAudit, type AuditFilter } from "@/lib/admin/audit";
import { shown } from "@/lib/admin/shown";
import type { Actor } from "@/lib/tickets/actor";
import { listHref } from "@/lib/lists/address";
import { getPortalTime } from "@/lib/time/portal-time";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { LogFilter } from "./log-filter";

const show = (value: unknown) => (value == null ? "—" : JSON.stringify(value, null, 1));

/** The "Alterações" tab: every admin change, who, when, what, before and after. */
export async function AuditChanges({ user, filter }: { user: Actor; filter: AuditFilter }) {
  const { rows, total, pages } = shown(await listAudit(user, filter));
  const link = (pagina: number) =>
    listHref("/admin/auditoria", { tipo: filter.tipo, de: filter.de, ate: filter.ate, pagina });
  const time = await getPortalTime();
  return (
    <>
      <LogFilter from={filter.de} to={filter.ate}>
        <FilterSelect
          name="tipo"
          label="Registro"
          value={filter.tipo}
          options={Object.entries(ENTITY_LABELS)}
        />
      </LogFilter>
      <ListTable
        caption="Alterações feitas por administradores"
        headers={["Quando", "Quem", "O quê", "Antes", "Depois"]}
        empty="Nenhuma alteração registrada."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 whitespace-nowrap">{time.dateTimeSeconds(row.createdAt)}</td>
            <td className="px-3 py-2">{row.actor.name}</td>
            <td className="px-3 py-2">
              {ENTITY_LABELS[row.entityType] ?? row.entityType}: {row.action}
            </td>
            <td className="px-3 py-2">
              <pre className="max-w-xs text-xs whitespace-pre-wrap">{show(row.before)}</pre>
            </td>
            <td className="px-3 py-2">
              <pre className="max-w-xs text-xs whitespace-pre-wrap">{show(row.after)}</pre>
            </td>
          </tr>
        ))}
      </ListTable>
      <Pager
        summary={`${total} ${total === 1 ? "alteração" : "alterações"}`}
        previous={filter.pagina > 1 ? link(filter.pagina - 1) : null}
        next={filter.pagina < pages ? link(filter.pagina + 1) : null}
      />
    </>
  );
}

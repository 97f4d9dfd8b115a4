import {
  SECURITY_KIND_LABELS,
  listSecurityEvents,
  securityKindLabel,
  type SecurityFilter,
} from "@/lib/admin/security-log";
import { shown } from "@/lib/admin/shown";
import type { Actor } from "@/lib/tickets/actor";
import { listHref } from "@/lib/lists/address";
import { getPortalTime } from "@/lib/time/portal-time";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { LogFilter } from "./log-filter";

/**
 * The "Segurança" tab: refused permission checks, throttled and failed sign-ins, refused
 * cross-origin posts and uploads; who, what was aimed at, and from which address.
 */
export async function SecurityLog({ user, filter }: { user: Actor; filter: SecurityFilter }) {
  const { rows, total, pages } = shown(await listSecurityEvents(user, filter));
  const time = await getPortalTime();
  const link = (pagina: number) =>
    listHref("/admin/auditoria", {
      aba: "seguranca",
      evento: filter.evento,
      de: filter.de,
      ate: filter.ate,
      pagina,
    });
  return (
    <>
      <LogFilter tab="seguranca" from={filter.de} to={filter.ate}>
        <FilterSelect
          name="evento"
          label="Evento"
          value={filter.evento}
          options={Object.entries(SECURITY_KIND_LABELS)}
        />
      </LogFilter>
      <ListTable
        caption="Eventos de segurança, do mais recente ao mais antigo"
        headers={["Quando", "Evento", "Quem", "O quê", "De onde"]}
        empty="Nenhum evento de segurança registrado."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 whitespace-nowrap">{time.dateTimeSeconds(row.createdAt)}</td>
            <td className="px-3 py-2">{securityKindLabel(row.kind)}</td>
            <td className="px-3 py-2">{row.actor?.name ?? "—"}</td>
            <td className="px-3 py-2 break-words">{row.subject ?? "—"}</td>
            <td className="px-3 py-2">{row.address ?? "—"}</td>
          </tr>
        ))}
      </ListTable>
      <Pager
        summary={`${total} ${total === 1 ? "evento" : "eventos"}`}
        previous={filter.pagina > 1 ? link(filter.pagina - 1) : null}
        next={filter.pagina < pages ? link(filter.pagina + 1) : null}
      />
    </>
  );
}

import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { ENTITY_LABELS, auditFilter, listAudit } from "@/lib/admin/audit";
import { formatDateTimeSeconds } from "@/lib/text/dates";
import { FilterSelect } from "@/components/ui/filter-select";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Auditoria" };

const show = (value: unknown) => (value == null ? "—" : JSON.stringify(value, null, 1));

/** The audit log: every admin change, who, when, what, before and after. */
export default async function AuditPage({ searchParams }: PageProps<"/admin/auditoria">) {
  await requireRole("/admin/auditoria", "ADMIN");
  const filter = auditFilter.parse(await searchParams);
  const { rows, total, pages } = await listAudit(filter);
  const link = (page: number) => {
    const params = new URLSearchParams();
    if (filter.tipo) params.set("tipo", filter.tipo);
    if (filter.de) params.set("de", filter.de);
    if (filter.ate) params.set("ate", filter.ate);
    params.set("page", String(page));
    return `/admin/auditoria?${params}`;
  };
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5";
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Auditoria" />
      <h1 className="text-2xl font-semibold">Auditoria</h1>
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <FilterSelect
          name="tipo"
          label="Registro"
          value={filter.tipo}
          options={Object.entries(ENTITY_LABELS)}
        />
        <label className="text-sm font-medium">
          De
          <input type="date" name="de" defaultValue={filter.de ?? ""} className={field} />
        </label>
        <label className="text-sm font-medium">
          Até
          <input type="date" name="ate" defaultValue={filter.ate ?? ""} className={field} />
        </label>
        <SubmitButton>Filtrar</SubmitButton>
      </form>
      <ListTable
        caption="Alterações feitas por administradores"
        headers={["Quando", "Quem", "O quê", "Antes", "Depois"]}
        empty="Nenhuma alteração registrada."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 whitespace-nowrap">{formatDateTimeSeconds(row.createdAt)}</td>
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
        previous={filter.page > 1 ? link(filter.page - 1) : null}
        next={filter.page < pages ? link(filter.page + 1) : null}
      />
    </div>
  );
}

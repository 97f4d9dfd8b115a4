import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { getPortalTime } from "@/lib/time/portal-time";
import { billingOrganizations } from "@/lib/tickets/time-entries";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SubmitButton } from "@/components/ui/submit-button";
import { SUPPORT_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Horas para faturamento" };

/** The billing export: an organization's logged time in a period, as a CSV for a spreadsheet. */
export default async function BillingPage() {
  const user = await requireRole("/agente/horas", ...SUPPORT_ROLES);
  const [organizations, { today }] = await Promise.all([
    billingOrganizations(user),
    getPortalTime(),
  ]);
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2";
  return (
    <div className="max-w-2xl space-y-6">
      <Breadcrumb trail={[{ name: "Filas", href: "/agente" }]} current="Horas" />
      <h1 className="text-2xl font-semibold">Horas para faturamento</h1>
      <p className="text-slate-700">
        Exporta, em CSV, as horas lançadas nos chamados de uma organização no período (uma linha por
        lançamento, com o total em horas e se é faturável).
      </p>
      <form
        method="get"
        action="/agente/horas/exportar"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Organização
          <select name="organizacao" required className={field}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          De
          <input
            type="date"
            name="de"
            required
            defaultValue={`${today.slice(0, 8)}01`}
            className={field}
          />
        </label>
        <label className="text-sm font-medium">
          Até
          <input type="date" name="ate" required defaultValue={today} className={field} />
        </label>
        <SubmitButton>Exportar CSV</SubmitButton>
      </form>
    </div>
  );
}

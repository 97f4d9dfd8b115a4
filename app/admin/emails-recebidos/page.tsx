import type { Metadata } from "next";
import Link from "next/link";
import { shown } from "@/lib/admin/shown";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { inboundListFields, listInbound } from "@/lib/inbound/admin";
import { INBOUND_STATES, INBOUND_STATE_LABELS } from "@/lib/inbound/labels";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import { InboundStateBadge } from "@/components/admin/inbound-state-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ListNotice } from "@/components/ui/list-notice";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "E-mails recebidos" };

/** Every e-mail read from the support mailboxes, and what became of it. */
export default async function InboundPage({ searchParams }: PageProps<"/admin/emails-recebidos">) {
  const admin = await requireRole("/admin/emails-recebidos", "ADMIN");
  const { params: filter, problem } = parseListAddress(inboundListFields, await searchParams);
  const { rows, total, byState, pages } = shown(await listInbound(admin, filter));
  const time = await getPortalTime();
  const pageLink = (pagina: number) => listHref("/admin/emails-recebidos", { ...filter, pagina });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Breadcrumb
            trail={[{ name: "Administração", href: "/admin" }]}
            current="E-mails recebidos"
          />
          <h1 className="text-2xl font-semibold">E-mails recebidos</h1>
        </div>
        <Link href="/admin/emails-recebidos/enderecos" className="text-brand-700 underline">
          Endereços que abrem solicitações
        </Link>
      </div>

      {env.imapUrls.length > 0 ? null : (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          A leitura de e-mails não está configurada (variável IMAP_URL). Respostas aos e-mails do
          portal não são lidas.
        </p>
      )}

      <ListNotice problem={problem} />
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          Situação
          <select
            name="estado"
            defaultValue={filter.estado ?? ""}
            className="rounded-md border border-slate-300 px-3 py-2"
          >
            <option value="">Todas ({Object.values(byState).reduce((a, b) => a + b, 0)})</option>
            {INBOUND_STATES.map((state) => (
              <option key={state} value={state}>
                {INBOUND_STATE_LABELS[state]} ({byState[state] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium">
          Remetente, assunto ou número da solicitação
          <input
            name="busca"
            type="search"
            defaultValue={filter.busca ?? ""}
            className="rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <SubmitButton>Filtrar</SubmitButton>
      </form>

      <ListTable
        caption="E-mails recebidos, do mais recente ao mais antigo"
        headers={["Recebido em", "De", "Assunto", "Resultado", "Solicitação", "Motivo"]}
        empty="Nenhum e-mail recebido encontrado."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 whitespace-nowrap">{time.dateTime(row.createdAt)}</td>
            <td className="px-3 py-2">
              <span className="block">{row.fromName}</span>
              <span className="text-slate-600">{row.fromAddress}</span>
            </td>
            <td className="px-3 py-2">
              <Link href={`/admin/emails-recebidos/${row.id}`} className="text-brand-700 underline">
                {row.subject || "(sem assunto)"}
              </Link>
            </td>
            <td className="px-3 py-2">
              <InboundStateBadge state={row.state} />
            </td>
            <td className="px-3 py-2">
              {row.ticket ? (
                <Link href={ticketUrl(row.ticket.number)} className="text-brand-700 underline">
                  {row.ticket.number}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className="max-w-xs px-3 py-2 break-words text-slate-700">{row.reason ?? "—"}</td>
          </tr>
        ))}
      </ListTable>

      <Pager
        summary={`${total} ${total === 1 ? "e-mail" : "e-mails"} · página ${filter.pagina} de ${pages}`}
        previous={filter.pagina > 1 ? pageLink(filter.pagina - 1) : null}
        next={filter.pagina < pages ? pageLink(filter.pagina + 1) : null}
      />
    </div>
  );
}

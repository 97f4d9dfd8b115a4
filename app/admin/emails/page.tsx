import type { Metadata } from "next";
import Link from "next/link";
import { shown } from "@/lib/admin/shown";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { listHref, parseListAddress } from "@/lib/lists/address";
import { OUTBOX_STATES, listOutbox, outboxListFields } from "@/lib/notifications/outbox-admin";
import { OUTBOX_STATE_LABELS } from "@/lib/notifications/outbox-labels";
import { getPortalTime } from "@/lib/time/portal-time";
import { RetryEmailsButton } from "@/components/admin/retry-emails-button";
import { OutboxStateBadge } from "@/components/admin/outbox-state-badge";
import { ListNotice } from "@/components/ui/list-notice";
import { ListTable } from "@/components/ui/list-table";
import { Pager } from "@/components/ui/pager";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "E-mails" };

/**
 * The outbox: every e-mail the portal sent or will send. Without SMTP it is where a demo shows
 * what would have been sent; in production, where failures are seen and sent again.
 */
export default async function OutboxPage({ searchParams }: PageProps<"/admin/emails">) {
  const admin = await requireRole("/admin/emails", "ADMIN");
  const { params: filter, problem } = parseListAddress(outboxListFields, await searchParams);
  const { rows, total, byState, outage, preparing, pages } = shown(await listOutbox(admin, filter));
  const time = await getPortalTime();
  const pageLink = (pagina: number) => listHref("/admin/emails", { ...filter, pagina });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="E-mails" />
          <h1 className="text-2xl font-semibold">E-mails</h1>
        </div>
        {byState.FAILED ? (
          <RetryEmailsButton label={`Reenviar todos com falha (${byState.FAILED})`} />
        ) : null}
      </div>

      {env.smtpUrl ? null : (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          O envio de e-mails não está configurado (variável SMTP_URL). Os e-mails ficam guardados
          aqui, como seriam enviados, e saem assim que o envio for configurado.
        </p>
      )}

      {outage ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <p className="font-medium">
            Servidor de e-mail indisponível desde {time.dateTime(outage.since)}.
          </p>
          <p>
            O portal tenta uma conexão por vez, em intervalos crescentes; nenhum e-mail se perde.{" "}
            {outage.error ? `Último erro: ${outage.error}` : null}
          </p>
        </div>
      ) : null}
      {preparing ? (
        <p className="text-sm text-slate-700">
          Em preparo: {preparing.toLocaleString("pt-BR")}{" "}
          {preparing === 1 ? "aviso ainda vai virar e-mail" : "avisos ainda vão virar e-mails"}.
        </p>
      ) : null}
      {byState.PENDING ? (
        <p className="text-sm text-slate-700">
          Na fila de envio: {byState.PENDING.toLocaleString("pt-BR")}{" "}
          {byState.PENDING === 1 ? "e-mail" : "e-mails"}, enviados a no máximo{" "}
          {env.mailRatePerMinute} por minuto.
        </p>
      ) : null}

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
            {OUTBOX_STATES.map((state) => (
              <option key={state} value={state}>
                {OUTBOX_STATE_LABELS[state]} ({byState[state] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium">
          Destinatário ou número da solicitação
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
        caption="E-mails do portal, do mais recente ao mais antigo"
        headers={["Criado em", "Para", "Assunto", "Situação", "Tentativas", "Erro ou motivo"]}
        empty="Nenhum e-mail encontrado."
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 whitespace-nowrap">{time.dateTime(row.createdAt)}</td>
            <td className="px-3 py-2">
              <span className="block">{row.toName}</span>
              <span className="text-slate-600">{row.toAddress}</span>
            </td>
            <td className="px-3 py-2">
              <Link href={`/admin/emails/${row.id}`} className="text-brand-700 underline">
                {row.subject}
              </Link>
            </td>
            <td className="px-3 py-2">
              <OutboxStateBadge state={row.state} />
            </td>
            <td className="px-3 py-2 text-right">{row.attempts}</td>
            <td className="max-w-xs px-3 py-2 break-words text-slate-700">
              {row.dropReason ?? row.lastError ?? "—"}
            </td>
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

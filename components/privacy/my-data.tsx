import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { DATA_INVENTORY } from "@/lib/privacy/data-inventory";
import type { myDataOverview } from "@/lib/privacy/my-data";
import { formatDateTime } from "@/lib/text/dates";
import { STATE_LABELS } from "@/lib/tickets/states";
import { ListTable } from "@/components/ui/list-table";
import { ExportPanel } from "./export-panel";
import { RightsRequestForm } from "./rights-request-form";

type Overview = Awaited<ReturnType<typeof myDataOverview>>;

/** "Meus dados" on the profile: what the portal holds and why, the export, requests, the access log. */
export function MyData({
  overview,
  timeZone,
  mayRequest,
}: {
  overview: Overview;
  timeZone: string;
  /** Requesters open rights requests; support staff write to the controller. */
  mayRequest: boolean;
}) {
  const when = (date: Date) => formatDateTime(date, timeZone);
  const { controller } = overview;
  return (
    <section id="meus-dados" aria-labelledby="meus-dados-titulo" className="space-y-4">
      <h2 id="meus-dados-titulo" className="text-xl font-semibold">
        Meus dados
      </h2>
      <p className="text-sm text-slate-700">
        O que o portal guarda sobre você, por quê e quem vê, conforme a Lei Geral de Proteção de
        Dados (Lei 13.709/2018). Leia a{" "}
        <Link href="/privacidade" className="text-brand-700 underline">
          Política de privacidade
        </Link>
        {controller.contact ? `; encarregado de dados: ${controller.contact}` : ""}.
      </p>
      <ListTable
        caption="Dados pessoais guardados"
        headers={["Dados", "Base legal e finalidade", "Quem vê"]}
        empty="Nenhum dado."
      >
        {DATA_INVENTORY.map((row) => (
          <tr key={row.what} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2 font-medium">{row.what}</td>
            <td className="px-3 py-2">{row.why}</td>
            <td className="px-3 py-2">{row.who}</td>
          </tr>
        ))}
      </ListTable>
      <ExportPanel
        exports={overview.exports.map((e) => ({
          id: e.id,
          ready: e.state === "READY",
          json: e.json,
          html: e.html,
          createdAt: when(e.createdAt),
          expiresAt: when(e.expiresAt),
        }))}
      />
      {mayRequest ? <RightsRequestForm /> : null}
      {overview.requests.length > 0 ? (
        <ListTable
          caption="Meus pedidos de correção ou exclusão"
          headers={["Pedido", "Situação", "Aberto em", "Prazo"]}
          empty="Nenhum pedido."
        >
          {overview.requests.map((r) => (
            <tr key={r.number} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link href={`/solicitacoes/${r.number}`} className="text-brand-700 underline">
                  {r.number}
                </Link>
              </td>
              <td className="px-3 py-2">{STATE_LABELS[r.state]}</td>
              <td className="px-3 py-2">{when(r.createdAt)}</td>
              <td className="px-3 py-2">{r.resolutionDueAt ? when(r.resolutionDueAt) : "—"}</td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      <h3 className="text-lg font-semibold">Quem acessou meus dados</h3>
      <ListTable
        caption="Quem acessou meus dados"
        headers={["Quando", "Quem", "Papel", "O que abriu"]}
        empty="Ninguém além de você abriu seus dados."
      >
        {overview.accesses.map((a) => (
          <tr key={a.id} className="border-t border-slate-200">
            <td className="px-3 py-2 whitespace-nowrap">{when(a.createdAt)}</td>
            <td className="px-3 py-2">{a.actor.name}</td>
            <td className="px-3 py-2">{ROLE_LABELS[a.actor.role]}</td>
            <td className="px-3 py-2">{a.kind === "ticket" ? `Solicitação ${a.ref}` : "Perfil"}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { shown } from "@/lib/admin/shown";
import { requireRole } from "@/lib/auth/session";
import { getInbound } from "@/lib/inbound/admin";
import { formatSize } from "@/lib/text/sizes";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import { InboundStateBadge } from "@/components/admin/inbound-state-badge";
import { ReprocessInboundButton } from "@/components/admin/reprocess-inbound-button";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "E-mail recebido" };

/** One received e-mail: its envelope, what became of it and why, and its text as received. */
export default async function InboundMailPage({
  params,
}: PageProps<"/admin/emails-recebidos/[id]">) {
  const { id } = await params;
  const admin = await requireRole(`/admin/emails-recebidos/${id}`, "ADMIN");
  const mail = shown(await getInbound(admin, id));
  if (!mail) notFound();
  const time = await getPortalTime();

  const facts: [string, React.ReactNode][] = [
    ["De", `${mail.fromName} <${mail.fromAddress}>`],
    ["Para", mail.toAddresses || "—"],
    ["Assunto", mail.subject || "(sem assunto)"],
    ["Recebido em", time.dateTime(mail.createdAt)],
    ["Resultado", <InboundStateBadge key="state" state={mail.state} />],
  ];
  if (mail.reason) facts.push(["Motivo", mail.reason]);
  if (mail.ticket) {
    facts.push([
      "Solicitação",
      <Link key="ticket" href={ticketUrl(mail.ticket.number)} className="text-brand-700 underline">
        {mail.ticket.number}
      </Link>,
    ]);
  }
  if (mail.processedAt) facts.push(["Processado em", time.dateTime(mail.processedAt)]);
  facts.push(
    ["Caixa", mail.mailbox],
    ["Message-ID", mail.messageId],
    ["Tamanho", formatSize(mail.size)],
  );

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb
          trail={[
            { name: "Administração", href: "/admin" },
            { name: "E-mails recebidos", href: "/admin/emails-recebidos" },
          ]}
          current="E-mail recebido"
        />
        <h1 className="text-2xl font-semibold break-words">{mail.subject || "(sem assunto)"}</h1>
      </div>

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>

      {mail.reprocessable ? <ReprocessInboundButton id={mail.id} /> : null}

      <section aria-labelledby="received-text" className="space-y-3">
        <h2 id="received-text" className="text-lg font-semibold">
          Mensagem recebida
        </h2>
        {mail.text === null ? (
          <p className="text-sm text-slate-700">
            A mensagem não foi guardada: passava do tamanho que o portal aceita.
          </p>
        ) : (
          <pre className="rounded-lg border border-slate-200 bg-white p-4 text-sm whitespace-pre-wrap">
            {mail.text || "(sem texto)"}
          </pre>
        )}
        {mail.files.length > 0 ? (
          <ul className="list-disc pl-6 text-sm">
            {mail.files.map((file, i) => (
              <li key={i}>
                {file.name} ({formatSize(file.size)})
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

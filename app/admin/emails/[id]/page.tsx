import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { shown } from "@/lib/admin/shown";
import { requireRole } from "@/lib/auth/session";
import { getOutboxMessage } from "@/lib/notifications/outbox-admin";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import { OutboxStateBadge } from "@/components/admin/outbox-state-badge";
import { RetryEmailsButton } from "@/components/admin/retry-emails-button";

export const metadata: Metadata = { title: "E-mail" };

/** One e-mail as it was (or will be) sent: its envelope, its delivery and its rendered body. */
export default async function OutboxMessagePage({ params }: PageProps<"/admin/emails/[id]">) {
  const { id } = await params;
  const admin = await requireRole(`/admin/emails/${id}`, "ADMIN");
  const message = shown(await getOutboxMessage(admin, id));
  if (!message) notFound();
  const time = await getPortalTime();

  const facts: [string, React.ReactNode][] = [
    ["Para", `${message.toName} <${message.toAddress}>`],
    ["Assunto", message.subject],
    ["Situação", <OutboxStateBadge key="state" state={message.state} />],
    ["Criado em", time.dateTime(message.createdAt)],
    ["Tentativas", String(message.attempts)],
  ];
  if (message.state === "PENDING") {
    facts.push(["Próxima tentativa", time.dateTime(message.nextAttemptAt)]);
  }
  // Rows sent before acceptedAt existed have only sentAt; both are the server's 250.
  const accepted = message.acceptedAt ?? message.sentAt;
  if (accepted) facts.push(["Aceito pelo servidor em", time.dateTime(accepted)]);
  if (message.dropReason) facts.push(["Motivo do descarte", message.dropReason]);
  if (message.serverResponse) facts.push(["Resposta do servidor", message.serverResponse]);
  if (message.lastError) facts.push(["Último erro", message.lastError]);
  if (message.ticket) {
    facts.push([
      "Solicitação",
      <Link
        key="ticket"
        href={ticketUrl(message.ticket.number)}
        className="text-brand-700 underline"
      >
        {message.ticket.number}
      </Link>,
    ]);
  }
  facts.push(["Message-ID", message.messageId]);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/admin" className="text-brand-700 underline">
            Administração
          </Link>{" "}
          /{" "}
          <Link href="/admin/emails" className="text-brand-700 underline">
            E-mails
          </Link>
        </p>
        <h1 className="text-2xl font-semibold break-words">{message.subject}</h1>
      </div>

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>

      {message.state === "FAILED" && !message.sensitive ? (
        <RetryEmailsButton ids={[message.id]} label="Reenviar" />
      ) : null}

      {message.sensitive ? (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm">
          Conteúdo oculto: este e-mail leva um link pessoal de definição de senha, que só o
          destinatário deve ver (e que é apagado depois do envio). Se não chegou, a pessoa pode
          pedir outro em “Esqueci minha senha”.
        </p>
      ) : (
        <section aria-labelledby="rendered" className="space-y-3">
          <h2 id="rendered" className="text-lg font-semibold">
            Mensagem
          </h2>
          {/* The HTML version, sandboxed: no scripts, no access to the portal's page. */}
          <iframe
            title="Versão HTML do e-mail"
            sandbox=""
            srcDoc={message.html}
            className="h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
          />
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium">Versão em texto</summary>
            <pre className="mt-3 text-sm whitespace-pre-wrap">{message.text}</pre>
          </details>
        </section>
      )}
    </div>
  );
}

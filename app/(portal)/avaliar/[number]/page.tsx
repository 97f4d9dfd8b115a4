import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import { ratingView } from "@/lib/tickets/rating-reads";
import { ratingHref, SCORES, scoreText, type Score } from "@/lib/tickets/rating-words";
import { RatingFacts } from "@/components/tickets/rating-panel";
import { RatingForm } from "@/components/tickets/rating-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Avaliar Atendimento" };

/** The score an e-mail's link chose (?nota=4), or none for anything else. */
const chosenScore = (raw: string | string[] | undefined): Score | undefined =>
  SCORES.find((score) => String(score) === raw);

/**
 * Where a closing e-mail's "Avaliar Atendimento" links lead: the ticket and the chosen score, and
 * the button that records it. Opening the page records nothing (mail scanners follow links); it
 * needs the person signed in, as its requester or the person it was for.
 */
export default async function RateTicketPage({
  params,
  searchParams,
}: PageProps<"/avaliar/[number]">) {
  const { number } = await params;
  const score = chosenScore((await searchParams).nota);
  const user = await requireUser(ratingHref(number, score));
  const [view, time] = await Promise.all([ratingView(user, number), getPortalTime()]);
  if (!view) notFound();
  const { ticket, rating } = view;
  const canRate = view.may === "rate" || view.may === "change";

  return (
    <div className="max-w-2xl space-y-6">
      <Breadcrumb
        trail={[{ name: "Avaliar Atendimento", href: "/avaliar" }]}
        current={ticket.number}
      />
      <h1 className="text-2xl font-semibold">Avaliar Atendimento</h1>
      <p>
        Solicitação{" "}
        <Link href={ticketUrl(ticket.number)} className="font-medium text-brand-700 underline">
          {ticket.number}
        </Link>{" "}
        – {ticket.itemTitle}
        {ticket.closedAt ? `, fechada em ${time.dateTime(ticket.closedAt)}` : ""}.
      </p>
      {rating ? (
        <Panel title="Avaliação registrada">
          <RatingFacts rating={rating} time={time} />
        </Panel>
      ) : null}
      {canRate ? (
        <Panel title={rating ? "Alterar avaliação" : "Sua avaliação"}>
          {score ? (
            <p className="mb-3 text-sm">
              Nota escolhida: <strong>{scoreText(score)}</strong>. Confira, escreva um comentário se
              quiser e confirme.
            </p>
          ) : null}
          {view.until ? (
            <p className="mb-3 text-sm text-slate-600">
              Você pode alterar sua avaliação até {time.dateTime(view.until)}.
            </p>
          ) : null}
          <RatingForm
            ticketId={ticket.id}
            score={score ?? rating?.score}
            comment={rating?.comment ?? ""}
            submitLabel="Confirmar avaliação"
          />
        </Panel>
      ) : (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{view.reason}</p>
      )}
    </div>
  );
}

import type { PortalTime } from "@/lib/time/portal-time";
import type { RatingView } from "@/lib/tickets/rating-reads";
import { scoreText } from "@/lib/tickets/rating-words";
import { Panel } from "@/components/ui/panel";
import { Fact, FactList } from "./fact-list";
import { RatingForm } from "./rating-form";

/**
 * The rating beside a ticket: the form for its requester (or the person it was for) once it is
 * closed, their rating and until when they may change it, or the rating for support to read.
 * Nothing while there is no rating to show and none to give.
 */
export function RatingPanel({ view, time }: { view: RatingView | null; time: PortalTime }) {
  if (!view) return null;
  const { rating } = view;
  if (view.may === "rate") {
    return (
      <Panel title="Avaliar Atendimento">
        <RatingForm ticketId={view.ticket.id} submitLabel="Registrar avaliação" />
      </Panel>
    );
  }
  if (!rating) return null;
  return (
    <Panel title="Avaliação do atendimento">
      <RatingFacts rating={rating} time={time} />
      {view.may === "change" && view.until ? (
        <div className="mt-4 space-y-3 border-t border-slate-200 pt-3">
          <p className="text-sm text-slate-600">
            Você pode alterar sua avaliação até {time.dateTime(view.until)}.
          </p>
          <RatingForm
            ticketId={view.ticket.id}
            score={rating.score}
            comment={rating.comment ?? ""}
            submitLabel="Alterar avaliação"
          />
        </div>
      ) : null}
    </Panel>
  );
}

export function RatingFacts({
  rating,
  time,
}: {
  rating: NonNullable<RatingView["rating"]>;
  time: PortalTime;
}) {
  return (
    <FactList>
      <Fact label="Nota">{scoreText(rating.score)}</Fact>
      <Fact label="Comentário">
        <span className="whitespace-pre-wrap">{rating.comment || "—"}</span>
      </Fact>
      <Fact label="Avaliado por">
        {rating.raterName}, {time.dateTime(rating.updatedAt)}
      </Fact>
    </FactList>
  );
}

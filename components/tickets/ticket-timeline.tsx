import type { TicketDetail } from "@/lib/tickets/queries";
import { STATE_LABELS } from "@/lib/tickets/states";
import { formatDateTime } from "@/lib/text/dates";

type TimelineEvent = TicketDetail["events"][number];

/** What each kind of event says on the timeline. */
function describe(event: TimelineEvent): string {
  switch (event.type) {
    case "CREATED":
      return "abriu a solicitação";
    case "COMMENT":
      return event.visibility === "INTERNAL" ? "escreveu uma nota interna" : "respondeu";
    case "STATE_CHANGED":
      return `mudou a situação para “${event.toState ? STATE_LABELS[event.toState] : "—"}”`;
    case "ASSIGNED":
      return "mudou o responsável";
    case "TRANSFERRED":
      return "transferiu a solicitação de grupo";
    case "FOLLOWER_ADDED":
      return "incluiu um acompanhante";
    case "FOLLOWER_REMOVED":
      return "retirou um acompanhante";
  }
}

/** The ticket's history, newest first; internal notes are marked as such. */
export function TicketTimeline({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <section aria-labelledby="historico" className="space-y-3">
      <h2 id="historico" className="text-lg font-semibold">
        Histórico
      </h2>
      <ol className="space-y-3">
        {events.map((event) => (
          <li
            key={event.id}
            className={`rounded-lg border p-4 ${
              event.visibility === "INTERNAL"
                ? "border-amber-300 bg-amber-50"
                : "border-slate-200 bg-white"
            }`}
          >
            <p className="text-sm">
              <span className="font-semibold">{event.actor?.name ?? "Sistema"}</span>{" "}
              {describe(event)} ·{" "}
              <time dateTime={event.createdAt.toISOString()}>
                {formatDateTime(event.createdAt)}
              </time>
              {event.visibility === "INTERNAL" ? (
                <span className="ml-2 rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold">
                  {event.type === "COMMENT" ? "Nota interna" : "Interno"}
                </span>
              ) : null}
            </p>
            {event.body ? <p className="mt-2 whitespace-pre-wrap">{event.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

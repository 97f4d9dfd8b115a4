import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { STATE_LABELS, TEXT_DIALOGS } from "@/lib/tickets/states";
import { getPortalTime } from "@/lib/time/portal-time";
import { AttachmentLink } from "@/components/attachments/attachment-link";
import { NEWEST_EVENT_ID, NewEventFocus } from "./new-event-focus";

type TimelineEvent = TicketDetail["events"][number];
type TimelineAttachment = TicketDetail["attachments"][number];

/** The label put before the text of a state change (the solution, a reason): the dialog's own. */
function textLabel(action: string): string | undefined {
  if (!Object.hasOwn(TEXT_DIALOGS, action)) return undefined;
  return `${TEXT_DIALOGS[action as keyof typeof TEXT_DIALOGS].label}:`;
}

const actionOf = (event: TimelineEvent) => (event.data as { action?: string } | null)?.action ?? "";

/** The events of the system's sweeps and of the reply cycle, by their action. */
const SYSTEM_LINES: Record<string, string> = {
  accept: "Solução aceita",
  autoClose: "Fechada automaticamente por falta de resposta",
  infoClose: "Fechada sem retorno do usuário",
  infoReceived: "Resposta do usuário recebida: de volta ao atendimento",
  infoReminder: "Lembrete enviado ao usuário: aguardando informações",
  autoCloseReminder: "Lembrete enviado ao usuário: será fechada automaticamente",
};

/** What the event says, after the actor's name. */
function describe(event: TimelineEvent): string {
  const line = Object.hasOwn(SYSTEM_LINES, actionOf(event)) ? SYSTEM_LINES[actionOf(event)] : null;
  switch (event.type) {
    case "CREATED":
      return "Criado";
    case "COMMENT":
      if (line) return line;
      return event.visibility === "INTERNAL" ? "Nota interna" : "Comentários adicionais";
    case "STATE_CHANGED":
      if (line) return line;
      return `Estado alterado para “${event.toState ? STATE_LABELS[event.toState] : "—"}”`;
    case "ASSIGNED":
      return "Responsável alterado";
    case "TRANSFERRED":
      return "Transferida para outro grupo";
    case "FOLLOWER_ADDED":
      return "Acompanhante incluído";
    case "FOLLOWER_REMOVED":
      return "Acompanhante retirado";
  }
}

/** The ticket's history, newest first, with each message's files. */
export async function TicketTimeline({
  events,
  attachments,
}: {
  events: readonly TimelineEvent[];
  attachments: readonly TimelineAttachment[];
}) {
  const time = await getPortalTime();
  return (
    <section aria-labelledby="historico" className="space-y-3">
      <h2 id="historico" className="text-lg font-semibold">
        Histórico
      </h2>
      <NewEventFocus newestId={events[0]?.id} />
      <ol className="space-y-3">
        {events.map((event, index) => {
          const files = attachments.filter((a) => a.eventId === event.id);
          const label = event.type === "STATE_CHANGED" ? textLabel(actionOf(event)) : undefined;
          const internal = event.visibility === "INTERNAL";
          return (
            <li
              key={event.id}
              id={index === 0 ? NEWEST_EVENT_ID : undefined}
              tabIndex={index === 0 ? -1 : undefined}
              className={`rounded-lg border p-4 ${internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
            >
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold">{describe(event)}</span>
                <span className="text-slate-700">{event.actor?.name ?? "Sistema"}</span>
                <time
                  dateTime={event.createdAt.toISOString()}
                  title={time.dateTimeSeconds(event.createdAt)}
                  className="text-slate-600"
                >
                  {time.relative(event.createdAt)}
                </time>
                {internal ? (
                  <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold">
                    {event.type === "COMMENT" ? "Nota interna" : "Interno"}
                  </span>
                ) : null}
              </p>
              {event.body ? (
                <p className="mt-2 whitespace-pre-wrap">
                  {label ? <span className="font-medium">{label} </span> : null}
                  {event.body}
                </p>
              ) : null}
              {files.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm">
                  {files.map((file) => (
                    <li key={file.id}>
                      <AttachmentLink file={file} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

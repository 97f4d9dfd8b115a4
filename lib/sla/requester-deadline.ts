import type { TicketState } from "@/lib/db/generated/enums";
import { localTime } from "@/lib/time/zone";
import type { ServiceHours } from "./calendar";
import { clockRuns } from "./clock";

/**
 * The solution deadline as the requester reads it ("Prazo para solução"), in plain words: the
 * due date and the hours it counts in ("até 03/12 às 14h, em horário de atendimento: seg–sex
 * 8h–18h"), or why the clock is stopped. Pure: the zone and "now" are passed in, so the words are
 * tested without a database or the server's own zone.
 */

const WEEKDAYS = ["", "seg", "ter", "qua", "qui", "sex", "sáb", "dom"] as const;
const WEEKDAY_NAMES = [
  "",
  "segunda-feira",
  "terça-feira",
  "quarta-feira",
  "quinta-feira",
  "sexta-feira",
  "sábado",
  "domingo",
] as const;

/** 480 → "8h", 510 → "8h30". */
function hourText(minuteOfDay: number): string {
  const minutes = Math.floor(minuteOfDay) % 60;
  const hours = Math.floor(minuteOfDay / 60);
  return minutes ? `${hours}h${String(minutes).padStart(2, "0")}` : `${hours}h`;
}

/** "seg–sex 8h–18h"; separate runs of days are listed apart ("seg–qua, sex 8h–18h"). */
export function serviceHoursText(hours: ServiceHours): string {
  const days = [...hours.days].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const dayText = runs
    .map((run) =>
      run.length === 1 ? WEEKDAYS[run[0]!] : `${WEEKDAYS[run[0]!]}–${WEEKDAYS[run.at(-1)!]}`,
    )
    .join(", ");
  return `${dayText} ${hourText(hours.start)}–${hourText(hours.end)}`;
}

/** "03/12 às 14h" in the portal's zone, with the year when it is not the current one. */
function dueText(at: Date, now: Date, timeZone: string): string {
  const due = localTime(at, timeZone);
  const [year, month, day] = due.date.split("-");
  const sameYear = localTime(now, timeZone).date.startsWith(`${year}-`);
  return `${day}/${month}${sameYear ? "" : `/${year}`} às ${hourText(due.minute)}`;
}

export type DeadlineContext = {
  /** Whether the reader is the one asked to answer (a follower or manager: "do solicitante"). */
  readerAnswers?: boolean;
  hours: ServiceHours;
  pausedAwaitingSupport: boolean;
  timeZone: string;
  now: Date;
};

/** The "Prazo para solução" line of a ticket, or null when it has none (ended, or no SLA). */
export function requesterDeadline(
  ticket: { state: TicketState; resolutionDueAt: Date | null },
  context: DeadlineContext,
): string | null {
  const { state, resolutionDueAt } = ticket;
  if (state === "AWAITING_USER" || state === "AWAITING_INFO") {
    return context.readerAnswers === false
      ? "parado: aguardando a resposta do solicitante"
      : "parado: aguardando sua resposta";
  }
  if (state === "AWAITING_SUPPORT" && context.pausedAwaitingSupport) {
    return "parado: aguardando outra equipe";
  }
  if (!resolutionDueAt || !clockRuns(state, context)) return null;
  const due = dueText(resolutionDueAt, context.now, context.timeZone);
  if (resolutionDueAt < context.now) return `vencido desde ${due}`;
  return `até ${due}, em horário de atendimento: ${serviceHoursText(context.hours)}`;
}

/** A holiday's date as "Horário de atendimento" lists it: "25/12/2026 (sexta-feira)". */
export function holidayDateText(date: string): string {
  const [year, month, day] = date.split("-");
  // A calendar date, not an instant: its weekday is the same in every zone.
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
  return `${day}/${month}/${year} (${WEEKDAY_NAMES[weekday]})`;
}

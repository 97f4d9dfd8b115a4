/**
 * How the demo's month is told: a story is one ticket, opened some hours before the demo is
 * written, then the steps people took on it, each some hours after the opening. The writer
 * (replay.ts) asks the transition table for every step, as the services do, so a story that the
 * portal would refuse stops the demo instead of writing an impossible ticket.
 */
import type { Person } from "./people";

export type DemoFile = "pdf" | "png";

type At = {
  /** Hours after the ticket was opened. */
  at: number;
};

export type Step = At &
  (
    | { do: "start" | "waitForSupport" | "resume" | "accept"; by: Person; text?: string }
    | { do: "askForInfo" | "resolve" | "reject" | "cancel"; by: Person; text: string }
    | { do: "comment"; by: Person; text: string; file?: DemoFile }
    | { do: "note"; by: Person; text: string }
    | { do: "transfer"; by: Person; to: "Atendimento N1" | "Relacionamento"; text: string }
    | { do: "follow"; by: Person; who: Person }
    | { do: "autoClose" | "infoClose" | "autoCloseReminder" | "infoReminder" }
    | { do: "rate"; by: Person; score: number; text?: string }
    | { do: "time"; by: Person; minutes: number; text?: string }
  );

export type Story = {
  /** A name other stories use to link to it ("related tickets"). */
  key?: string;
  item: "gerid" | "portal-rede-atendimento";
  /** Who opened it: a requester, or an analyst on a customer's behalf (with `for`). */
  by: Person;
  for?: Person;
  followers?: Person[];
  priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  answers: Record<string, string>;
  description: string;
  /** A file sent with the request. */
  file?: DemoFile;
  /** Hours before the demo is written. */
  openedHoursAgo: number;
  steps: Step[];
  relatedTo?: string;
};

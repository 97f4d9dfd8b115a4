"use client";

import { useEffect, useRef } from "react";
import { announce } from "@/components/ui/live-region";

/** The newest event of the history, which receives focus after the person's own action. */
export const NEWEST_EVENT_ID = "evento-mais-recente";

/** What to say once the person's message or state change shows in the history. */
let awaited: string | null = null;

/** Called when a ticket action succeeded: its event is about to appear. */
export function expectNewEvent(announcement: string) {
  awaited = announcement;
}

/**
 * After a message is posted or the state changes, focus moves to the new event at the top of
 * the history (WCAG 2.4.3) and the live region says what happened; the page's refresh brings the
 * event, so this waits for the newest event to change rather than for the action to return.
 */
export function NewEventFocus({ newestId }: { newestId: string | undefined }) {
  const seen = useRef(newestId);
  useEffect(() => {
    if (newestId === seen.current) return;
    seen.current = newestId;
    if (awaited === null) return;
    document.getElementById(NEWEST_EVENT_ID)?.focus();
    announce(awaited);
    awaited = null;
  }, [newestId]);
  return null;
}

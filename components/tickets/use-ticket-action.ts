"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { ServiceResult } from "@/lib/result";

/**
 * Runs one of the ticket page's server actions: while it runs, `pending`; afterwards the page
 * reloads its data. A refusal is kept in `error` for the caller to show next to the action; a
 * conflict (someone changed the ticket meanwhile) also reloads, so the user sees the fresh state
 * with the message instead of overwriting it. A second run while one is under way (a double
 * click) is dropped; the forms that create records also send a key the server checks.
 */
export function useTicketAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(
    null,
  );

  const running = useRef(false);

  function run<T>(action: () => Promise<ServiceResult<T>>, onDone?: (value: T) => void): void {
    if (running.current) return;
    running.current = true;
    startTransition(async () => {
      setError(null);
      const result = await action().finally(() => {
        running.current = false;
      });
      if (result.ok) {
        onDone?.(result.value);
        router.refresh();
        return;
      }
      setError({
        message: result.message,
        fields: result.error === "invalid" ? result.fieldErrors : {},
      });
      if (result.error === "conflict") router.refresh();
    });
  }
  return { run, pending, error, clearError: () => setError(null) };
}

/**
 * Raised when the jobs are told to stop (the server is shutting down). A long run (a backlog's
 * slices, an outbox's batches) ends after the slice or batch under way instead of at its budget,
 * with what it did recorded; the next process carries on from there.
 */
const stopping = new AbortController();

export const jobsStopping: AbortSignal = stopping.signal;

export function stopJobRuns(): void {
  stopping.abort();
}

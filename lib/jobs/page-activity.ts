/**
 * The requests the server's thread serves, as the jobs thread sees them: two counters in shared
 * memory (requests begun, requests ended), counted by scripts/server.ts and read by the jobs after
 * each slice (lib/jobs/slices.ts), which rest longer while people are being served. Shared
 * memory rather than messages: a message would wait for the busy server's event loop, and the
 * jobs would learn of the load once it had passed.
 */
const BEGUN = 0;
const ENDED = 1;

export type PageActivity = {
  /** For the jobs thread (workerData). */
  buffer: SharedArrayBuffer;
  began: () => void;
  ended: () => void;
};

/** In the server's thread: the counters it keeps. */
export function createPageActivity(): PageActivity {
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const counts = new Int32Array(buffer);
  return {
    buffer,
    began: () => void Atomics.add(counts, BEGUN, 1),
    ended: () => void Atomics.add(counts, ENDED, 1),
  };
}

/** The server's counters, in the jobs thread; none when the jobs run from the command line. */
let watched: Int32Array | null = null;

export function watchPageActivity(buffer: SharedArrayBuffer | undefined): void {
  watched = buffer ? new Int32Array(buffer) : null;
}

/** A point in the server's requests, to ask servedSince about later. */
export function activityMark(): number {
  return watched ? Atomics.load(watched, BEGUN) : 0;
}

/**
 * Whether the server began a request since `mark`, or is still serving one. The counters wrap
 * around after 2^31 requests; they are only compared for equality.
 */
export function servedSince(mark: number): boolean {
  if (!watched) return false;
  const begun = Atomics.load(watched, BEGUN);
  return begun !== mark || begun !== Atomics.load(watched, ENDED);
}

/**
 * Reads a request body under limits, so that a client cannot hold an upload (and its connection)
 * open by sending slowly: after a grace period, the bytes received must keep up with a minimum
 * average rate, and the whole body must arrive within a time limit. The body streams through
 * (to storage, for an upload); a body cut off throws BodyRefused, which fails whatever was
 * reading it, so that nothing of it is kept.
 */
export type BodyLimits = {
  maxBytes: number;
  minBytesPerSecond: number;
  /** Connection set-up and a slow start are not held against the sender. */
  graceMs: number;
  timeoutMs: number;
};

export class BodyRefused extends Error {
  override name = "BodyRefused";
  constructor(readonly reason: "too-large" | "too-slow" | "timeout") {
    super(`Request body refused: ${reason}`);
  }
}

const LATE = Symbol("late");

export async function* limitBody(
  body: ReadableStream<Uint8Array> | null,
  limits: BodyLimits,
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let received = 0;
  const start = performance.now();
  try {
    for (;;) {
      // The moment the bytes so far stop being enough: the rate is an average since the start.
      const slowAt = Math.max(limits.graceMs, (received / limits.minBytesPerSecond) * 1000);
      const deadline = Math.min(slowAt, limits.timeoutMs);
      const next = await beforeDeadline(reader.read(), deadline - (performance.now() - start));
      if (next === LATE)
        throw new BodyRefused(deadline === limits.timeoutMs ? "timeout" : "too-slow");
      if (next.done) return;
      received += next.value.length;
      if (received > limits.maxBytes) throw new BodyRefused("too-large");
      yield next.value;
    }
  } finally {
    // Stops the transfer when cut off (a no-op once the body is complete).
    reader.cancel().catch(() => undefined);
  }
}

function beforeDeadline<T>(read: Promise<T>, remainingMs: number): Promise<T | typeof LATE> {
  if (remainingMs <= 0) return Promise.resolve(LATE);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), remainingMs);
  });
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}

/** The limits for an upload, from the settings (kbit/s: 1 kbit/s is 125 bytes per second). */
export function uploadBodyLimits(settings: {
  attachmentMaxMb: number;
  uploadMinKbps: number;
  uploadTimeoutSeconds: number;
}): BodyLimits {
  return {
    maxBytes: settings.attachmentMaxMb * 1024 * 1024 + FORM_OVERHEAD,
    minBytesPerSecond: settings.uploadMinKbps * 125,
    graceMs: 5_000,
    timeoutMs: settings.uploadTimeoutSeconds * 1000,
  };
}

/** Room for the multipart framing around the file. */
const FORM_OVERHEAD = 64 * 1024;

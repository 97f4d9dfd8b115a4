/**
 * Reads a request body under limits, so that a client cannot hold an upload (and its memory and
 * connection) open by sending slowly: after a grace period, the bytes received must keep up with
 * a minimum average rate, and the whole body must arrive within a time limit. Bytes are kept in
 * memory only, so a cut-off upload leaves nothing behind.
 */
export type BodyLimits = {
  maxBytes: number;
  minBytesPerSecond: number;
  /** Connection set-up and a slow start are not held against the sender. */
  graceMs: number;
  timeoutMs: number;
};

export type BodyRead =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" | "too-slow" | "timeout" };

const LATE = Symbol("late");

export async function readBodyWithin(
  body: ReadableStream<Uint8Array> | null,
  limits: BodyLimits,
): Promise<BodyRead> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const start = performance.now();
  try {
    for (;;) {
      // The moment the bytes so far stop being enough: the rate is an average since the start.
      const slowAt = Math.max(limits.graceMs, (received / limits.minBytesPerSecond) * 1000);
      const deadline = Math.min(slowAt, limits.timeoutMs);
      const next = await beforeDeadline(reader.read(), deadline - (performance.now() - start));
      if (next === LATE) {
        return { ok: false, reason: deadline === limits.timeoutMs ? "timeout" : "too-slow" };
      }
      if (next.done) return { ok: true, bytes: Buffer.concat(chunks) };
      received += next.value.length;
      if (received > limits.maxBytes) return { ok: false, reason: "too-large" };
      chunks.push(next.value);
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

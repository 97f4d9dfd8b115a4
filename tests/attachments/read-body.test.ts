import http from "node:http";
import net from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BodyRefused, limitBody, type BodyLimits } from "@/lib/attachments/read-body";

/**
 * Real HTTP: a server reads each request's body through limitBody (as POST /api/anexos does)
 * and answers what it got; a raw socket sends the body at the pace each test chooses.
 */
let limits: BodyLimits;
let port: number;
const server = http.createServer((request, response) => {
  void lengthWithin(Readable.toWeb(request) as ReadableStream<Uint8Array>).then((answer) => {
    response.setHeader("Connection", "close");
    response.end(answer);
  });
});
async function lengthWithin(body: ReadableStream<Uint8Array>): Promise<string> {
  let length = 0;
  try {
    for await (const chunk of limitBody(body, limits)) length += chunk.length;
    return `ok ${length}`;
  } catch (error) {
    if (error instanceof BodyRefused) return error.reason;
    throw error;
  }
}
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `length` bytes in chunks of `chunk` every `everyMs`; resolves to the server's answer. */
function send(length: number, chunk: number, everyMs: number) {
  return new Promise<{ answer: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const pump = () => {
      if (sent >= length || socket.destroyed) return;
      const size = Math.min(chunk, length - sent);
      socket.write(Buffer.alloc(size, 0x61));
      sent += size;
      timer = setTimeout(pump, everyMs);
    };
    socket.on("connect", () => {
      socket.write(`POST / HTTP/1.1\r\nHost: teste\r\nContent-Length: ${length}\r\n\r\n`);
      pump();
    });
    socket.on("data", (data) => (reply += data.toString()));
    socket.on("error", (error) => (reply ? undefined : reject(error)));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ answer: reply.split("\r\n\r\n")[1] ?? "", ms: performance.now() - started });
    });
  });
}

describe("limitBody over a real connection", () => {
  it("reads a body that arrives in time, whole", async () => {
    limits = { maxBytes: 100_000, minBytesPerSecond: 1_000, graceMs: 300, timeoutMs: 5_000 };
    expect((await send(50_000, 5_000, 10)).answer).toBe("ok 50000");
  });

  it("cuts off a body trickling below the minimum rate once the grace period is over", async () => {
    limits = { maxBytes: 100_000, minBytesPerSecond: 1_000, graceMs: 300, timeoutMs: 5_000 };
    // 10 bytes every 50 ms: 200 bytes per second, a fifth of the minimum.
    const { answer, ms } = await send(10_000, 10, 50);
    expect(answer).toBe("too-slow");
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(2_000);
  });

  it("cuts off a body still arriving at the time limit, even at a good rate", async () => {
    limits = { maxBytes: 1_000_000, minBytesPerSecond: 100, graceMs: 100, timeoutMs: 600 };
    const { answer, ms } = await send(100_000, 100, 20); // 5 KB/s: fast enough, never done
    expect(answer).toBe("timeout");
    expect(ms).toBeLessThan(2_000);
  });

  it("cuts off a body larger than the limit as soon as it passes it", async () => {
    limits = { maxBytes: 1_000, minBytesPerSecond: 100, graceMs: 100, timeoutMs: 5_000 };
    expect((await send(50_000, 500, 10)).answer).toBe("too-large");
  });
});

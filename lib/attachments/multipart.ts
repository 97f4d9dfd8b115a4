import "server-only";
import type { Readable, Writable } from "node:stream";
// busboy: the streaming multipart parser (Next itself parses server actions with a copy of it).
import busboy from "busboy";
import { BodyRefused } from "./read-body";
import type { UploadedFile } from "./uploads";

/** The body is not a form of files under the expected field (answered 400, like any bad form). */
export class NotAForm extends Error {
  override name = "NotAForm";
}

/**
 * The files of a multipart body as they arrive, each a stream the consumer reads before the next
 * one comes (the parser waits on it): no file is ever whole in memory. Any other field, or a
 * file under another name, makes the form invalid, as the route's strict input always did. A
 * body cut off (BodyRefused) or malformed fails the file being read and the iteration.
 */
export async function* multipartFiles(
  contentType: string,
  body: AsyncIterable<Uint8Array>,
  field = "files",
): AsyncGenerator<UploadedFile> {
  let parser: ReturnType<typeof busboy>;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send file names in UTF-8 ("relatório.pdf"), not in busboy's default Latin-1.
      defParamCharset: "utf8",
      limits: { fields: 0, parts: 100, fieldNameSize: 100, headerPairs: 20 },
    });
  } catch {
    throw new NotAForm("Not a multipart form");
  }
  const queue: UploadedFile[] = [];
  let current: Readable | undefined;
  let failure: Error | undefined;
  let finished = false;
  let stopped = false;
  let wake = () => {};
  // A cut-off body is what the sender is told, even when the form had already failed.
  const fail = (error: unknown) => {
    if (error instanceof BodyRefused) failure = error;
    else failure ??= new NotAForm(String(error));
    current?.destroy(failure);
    wake();
  };
  parser.on("file", (name, stream, info) => {
    if (name !== field) {
      stream.resume();
      return fail(`Unexpected file field ${name}`);
    }
    current = stream;
    queue.push({ name: info.filename ?? "", stream });
    wake();
  });
  parser.on("field", () => fail("Unexpected field"));
  parser.on("partsLimit", () => fail("Too many parts"));
  parser.on("fieldsLimit", () => fail("Unexpected field"));
  parser.on("error", fail);
  parser.on("close", () => {
    finished = true;
    wake();
  });
  const mode = () => (stopped ? "stop" : failure ? "skip" : "parse");
  const feeding = feed(parser, body, mode).then(() => parser.end(), fail);
  try {
    for (;;) {
      if (failure) {
        // Whatever the form's fault, the rest of the body is read under the same limits first,
        // so that a body trickling in is cut off as too slow, not answered as a bad form.
        await feeding;
        throw failure;
      }
      const next = queue.shift();
      if (next) yield next;
      else if (finished) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Done, or the consumer gave up (a failed store): the body is read no further.
    stopped = true;
    parser.destroy();
  }
}

/** Writes the body into the parser as it drains, reads past the rest once parsing failed. */
async function feed(
  parser: Writable,
  body: AsyncIterable<Uint8Array>,
  mode: () => "parse" | "skip" | "stop",
) {
  for await (const chunk of body) {
    if (mode() === "stop") return;
    if (mode() === "skip" || parser.write(chunk)) continue;
    await new Promise<void>((resolve) => {
      const go = () => {
        parser.off("drain", go).off("close", go);
        resolve();
      };
      parser.on("drain", go).on("close", go);
    });
  }
}

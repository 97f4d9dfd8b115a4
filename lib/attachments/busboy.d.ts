/** The part of busboy 1.x that multipart.ts uses (the copy Next ships has no types of its own). */
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";
  type Options = {
    headers: Record<string, string>;
    defParamCharset?: string;
    limits?: { fields?: number; parts?: number; fieldNameSize?: number; headerPairs?: number };
  };
  type Parser = Writable & {
    on(
      event: "file",
      listener: (name: string, stream: Readable, info: { filename?: string }) => void,
    ): Parser;
    on(event: "field" | "partsLimit" | "fieldsLimit", listener: () => void): Parser;
    on(event: "close", listener: () => void): Parser;
    on(event: "error", listener: (error: Error) => void): Parser;
  };
  export default function busboy(options: Options): Parser;
}

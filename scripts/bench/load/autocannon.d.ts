/** The part of autocannon (no types of its own) that the saturation step uses. */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: (Request & {
      setupRequest?: (request: Request, context: object) => Request;
      onResponse?: (status: number, body: string, context: object) => void;
    })[];
  };
  type Instance = EventEmitter &
    PromiseLike<{ errors: number; timeouts: number }> & { stop: () => void };

  export default function autocannon(options: Options): Instance;
}

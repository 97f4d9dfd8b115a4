import autocannon from "autocannon";
import type { Sample, Visitor } from "./paced";
import type { Call } from "./visitor";

/**
 * The saturation step: `connections` people with no time to read, each on a connection of its
 * own that sends their next request as soon as the last one is answered. One autocannon instance
 * per connection, so that each keeps its person (their cookies, their round through the portal).
 * Answers every request.
 */
export async function saturate(
  visitors: readonly Visitor[],
  connections: number,
  seconds: number,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const runs = visitors.slice(0, connections).map(({ vu, jar }) => {
    let current: Call | undefined;
    let ok = false;
    const instance = autocannon({
      url: vu.base,
      connections: 1,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          setupRequest: (request) => {
            current = vu.next();
            const { method, path, headers, body } = current;
            return {
              ...request,
              method,
              path,
              body,
              headers: { ...headers, cookie: jar.header() },
            };
          },
          onResponse: (status, body) => {
            ok = current!.check(status, body);
            if (ok) current!.observe?.(body);
          },
        },
      ],
    });
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) =>
      samples.push({ label: current!.label, ms, ok, status }),
    );
    return instance;
  });
  await Promise.all(runs);
  return samples;
}

import type { CookieJar } from "../http";
import type { Call, VirtualUser } from "./visitor";

/** One answered request: how long the person waited, and whether they got what they wanted. */
export type Sample = { label: string; ms: number; ok: boolean; status: number };

export type Visitor = { vu: VirtualUser; jar: CookieJar };

/**
 * Sends a call as the browser would (its cookies, no redirect followed: a redirect to the login
 * page is a failure) and reads the whole answer.
 */
export async function perform({ vu, jar }: Visitor, call: Call): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${vu.base}${call.path}`, {
      method: call.method,
      headers: { ...call.headers, cookie: jar.header() },
      body: call.body,
      redirect: "manual",
    });
    jar.store(response);
    const body = await response.text();
    const ok = call.check(response.status, body);
    if (ok) call.observe?.(body);
    return { label: call.label, ms: performance.now() - started, ok, status: response.status };
  } catch {
    return { label: call.label, ms: performance.now() - started, ok: false, status: 0 };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `visitors` people for `seconds`, each as a person: a request, then 1 to 3 s of reading before
 * the next. They arrive spread over the first 3 s. Answers the requests sent within the time.
 */
export async function pacedStep(visitors: readonly Visitor[], seconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    visitors.map(async (visitor) => {
      await sleep(Math.random() * 3000);
      while (performance.now() < end) {
        samples.push(await perform(visitor, visitor.vu.next()));
        await sleep(1000 + Math.random() * 2000);
      }
    }),
  );
  return samples;
}

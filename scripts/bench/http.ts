import readline from "node:readline";
import { CommandError } from "../run-command";

/** What the page benchmarks need to talk to the server as a browser and read its log. */

/** Cookies kept between requests, as a browser would. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export async function signIn(base: string, cpf: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // A browser's form post says where it comes from; the portal refuses one that does not.
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.header(),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, cpf, password, json: "true" }),
  });
  jar.store(response);
  if (!jar.header().includes("session-token")) throw new CommandError("Sign-in failed.");
  return jar;
}

/** Counts the server's log lines: queries, and requests answered. */
export class QueryCounter {
  private queries = 0;
  private answered: (() => void)[] = [];
  constructor(output: NodeJS.ReadableStream) {
    readline.createInterface({ input: output }).on("line", (line) => {
      if (line.includes('"event":"db.query"')) this.queries++;
      else if (line.includes('"event":"http"')) this.answered.shift()?.();
    });
  }
  /** The queries `request` caused, once the server has logged its answer. */
  async during(request: () => Promise<void>): Promise<number> {
    const before = this.queries;
    const logged = new Promise<void>((resolve) => this.answered.push(resolve));
    await request();
    await logged;
    return this.queries - before;
  }
}

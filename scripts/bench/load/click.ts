import crypto from "node:crypto";

/**
 * The RSC request a click on one of the portal's links makes, as Chromium sends it (captured
 * from the portal): `next-router-state-tree` holds the router state of the page it opens, with
 * the root layout kept (the person already has it) and everything below marked "refetch". So the
 * server renders the page without the root layout, as it does for a person. Without the header
 * it rendered the whole tree, layout included, which no click asks for.
 */
export function clickRequest(path: string): { path: string; headers: Record<string, string> } {
  const tree = encodeURIComponent(JSON.stringify(routerState(segmentsOf(path))));
  return {
    path: `${path}${path.includes("?") ? "&" : "?"}_rsc=${cacheBustingParam(tree)}`,
    headers: { rsc: "1", "next-router-state-tree": tree, accept: "*/*" },
  };
}

type Segment = string | [param: string, value: string, type: "d", null];

/** The route's segments below the root, for the pages the virtual users open. */
function segmentsOf(path: string): Segment[] {
  const pathname = path.split("?")[0]!;
  const dynamic = (param: string, value: string): Segment => [param, value, "d", null];
  const routes: [RegExp, (match: RegExpExecArray) => Segment[]][] = [
    [/^\/$/, () => ["(portal)"]],
    [/^\/solicitacoes$/, () => ["(portal)", "solicitacoes"]],
    [/^\/solicitacoes\/([^/]+)$/, (m) => ["(portal)", "solicitacoes", dynamic("number", m[1]!)]],
    [
      /^\/catalogo\/item\/([^/]+)$/,
      (m) => ["(portal)", "catalogo", "item", dynamic("slug", m[1]!)],
    ],
    [/^\/agente$/, () => ["agente"]],
  ];
  for (const [pattern, segments] of routes) {
    const match = pattern.exec(pathname);
    if (match) return segments(match);
  }
  throw new Error(`No router state for ${pathname}: add its route to segmentsOf.`);
}

/**
 * Next's FlightRouterState as the client sends it: [segment, { children }, url, refresh, hints].
 * The page's search parameters are left out, as the client leaves them out.
 */
function routerState(segments: readonly Segment[]): unknown {
  let node: unknown = ["__PAGE__", {}, null, null, 0];
  // Built from the page up; the segment right below the root is the one refetched.
  for (let i = segments.length - 1; i >= 0; i--)
    node = [segments[i], { children: node }, null, i === 0 ? "refetch" : null, 0];
  return ["", { children: node }, null, null, 16];
}

/**
 * The `_rsc` parameter the browser adds: the first 12 bytes of a SHA-256 of the router headers,
 * base64url (next/dist/shared/lib/router/utils/cache-busting-search-param.js). The server
 * answers a request whose parameter does not match with a redirect, which the benchmark counts as
 * an error: a change in Next shows at once.
 */
function cacheBustingParam(stateTree: string): string {
  // prefetch, segment prefetch, state tree, next-url: the headers absent are "0".
  const input = ["0", "0", stateTree, "0"].join(",");
  return crypto.createHash("sha256").update(input).digest().subarray(0, 12).toString("base64url");
}

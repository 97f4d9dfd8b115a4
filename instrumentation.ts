import type { Instrumentation } from "next";

/**
 * Every error a page, action or route throws: one log line with the request's id and the digest
 * the error page shows the person, so that support finds the line from the code they quote.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // eslint-disable-next-line no-restricted-properties -- Next's own runtime marker, not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const { REQUEST_ID_HEADER } = await import("@/lib/net/request-guard");
  const e = error as Error & { digest?: string };
  const requestId = request.headers[REQUEST_ID_HEADER];
  log.error({
    event: "request.error",
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    digest: e.digest,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    kind: context.routeType,
    error: { name: e.name, message: e.message, stack: e.stack },
  });
};

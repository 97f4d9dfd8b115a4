import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Role } from "@/lib/db";
import { log } from "@/lib/log";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/net/request-guard";
import { forbidden, invalid, type ServiceResult } from "@/lib/result";
import { recordSecurityEvent } from "@/lib/security/events";
import { fieldErrorsOf } from "@/lib/validation";
import { getCurrentUser, type CurrentUser } from "./session";

export const SESSION_EXPIRED = "Sua sessão expirou. Entre novamente.";

/**
 * Wraps a server action: a server action is a public HTTP endpoint, so the session and role are
 * checked before the input is even parsed, then the input is validated with `schema`; every
 * refusal is a typed result the form can show. Each call is logged once (request id, user,
 * action, duration, outcome); a role refused here also goes to the security log (a service that
 * refuses records its own refusal); a thrown error is logged by instrumentation.ts.
 * `currentUser` is replaceable for tests.
 */
export function authorizedAction<S extends z.ZodType, T>(
  options: { roles?: readonly Role[]; schema: S; currentUser?: () => Promise<CurrentUser | null> },
  handler: (user: CurrentUser, input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  const { roles, schema, currentUser = getCurrentUser } = options;
  const run = async (user: CurrentUser | null, input: unknown): Promise<ServiceResult<T>> => {
    if (!user) return forbidden(SESSION_EXPIRED);
    if (roles && !roles.includes(user.role)) {
      await recordRoleRefusal(user);
      return forbidden();
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return handler(user, parsed.data);
  };
  return async (input) => {
    const started = performance.now();
    const user = await currentUser();
    const result = await run(user, input);
    await report(result, user, Math.round(performance.now() - started));
    return result;
  };
}

async function report(
  result: ServiceResult<unknown>,
  user: CurrentUser | null,
  durationMs: number,
) {
  const request = await requestHeaders();
  const entry = {
    event: "action",
    requestId: request?.get(REQUEST_ID_HEADER) ?? undefined,
    userId: user?.id,
    // Next's id of the action: which form it was, without any of what was typed into it.
    action: request?.get("next-action") ?? undefined,
    durationMs,
    outcome: result.ok ? "ok" : result.error,
  };
  if (result.ok) log.info(entry);
  else log.warn(entry);
}

async function recordRoleRefusal(user: CurrentUser) {
  const request = await requestHeaders();
  const action = request?.get("next-action");
  await recordSecurityEvent({
    kind: "permission.refused",
    actorId: user.id,
    subject: action ? `ação ${action.slice(0, 12)}` : "ação",
    address: request?.get(CLIENT_ADDRESS_HEADER),
  });
}

/** The request's headers, or null outside a request (a test calling the action directly). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { settled, settledFor } from "@/lib/refusal";
import { log } from "@/lib/log";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/net/request-guard";
import { forbidden, invalid, type ServiceResult } from "@/lib/result";
import { recordSecurityEvent } from "@/lib/security/events";
import { fieldErrorsOf } from "@/lib/validation";
import type { Role } from "./roles";
import { getCurrentUser, type CurrentUser } from "./session";

export const SESSION_EXPIRED = "Sua sessão expirou. Entre novamente.";

/**
 * Wraps a server action: a server action is a public HTTP endpoint, so the session and role are
 * checked before the input is even parsed, then the input is validated with `schema`; every
 * refusal is a typed result the form can show, including a Refusal the service threw (which rolled
 * its transaction back, lib/refusal.ts): this is the boundary that turns it into the message. Each call is logged once (request id, user,
 * action, duration, outcome); a role refused here goes to the security log, and so does a
 * permission Refusal the service threw (settledFor, after the rollback); a thrown error is logged by instrumentation.ts. `name`
 * ("user.save") is how the logs call the action; without it, Next's id of the action stands in.
 * `currentUser` is replaceable for tests.
 */
export function authorizedAction<S extends z.ZodType, T>(
  options: {
    name?: string;
    roles?: readonly Role[];
    schema: S;
    currentUser?: () => Promise<CurrentUser | null>;
  },
  handler: (user: CurrentUser, input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  const { name, roles, schema, currentUser = getCurrentUser } = options;
  const run = async (user: CurrentUser | null, input: unknown): Promise<ServiceResult<T>> => {
    if (!user) return forbidden(SESSION_EXPIRED);
    if (roles && !roles.includes(user.role)) {
      await recordRoleRefusal(user, name);
      return forbidden();
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return settledFor(user, handler(user, parsed.data));
  };
  return async (input) => {
    const started = performance.now();
    const user = await currentUser();
    const result = await run(user, input);
    await report(result, user, name, Math.round(performance.now() - started));
    return result;
  };
}

/**
 * A server action for people who are not signed in ("Esqueci minha senha", "Redefinir senha"):
 * the same boundary as authorizedAction without a session: one strict schema parsed here, a
 * Refusal settled into the form's message, one log line. `message` is the form's message when
 * the input does not parse (the field errors come with it).
 */
export function publicAction<S extends z.ZodType, T>(
  options: { name: string; schema: S; message?: string },
  handler: (input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  const { name, schema, message } = options;
  return async (input) => {
    const started = performance.now();
    const parsed = schema.safeParse(input);
    const result = parsed.success
      ? await settled(handler(parsed.data))
      : invalid(fieldErrorsOf(parsed.error), message);
    await report(result, null, name, Math.round(performance.now() - started));
    return result;
  };
}

async function report(
  result: ServiceResult<unknown>,
  user: CurrentUser | null,
  name: string | undefined,
  durationMs: number,
) {
  const request = await requestHeaders();
  const entry = {
    event: "action",
    requestId: request?.get(REQUEST_ID_HEADER) ?? undefined,
    userId: user?.id,
    // Which form it was, without any of what was typed into it.
    action: name ?? actionId(request),
    durationMs,
    outcome: result.ok ? "ok" : result.error,
  };
  if (result.ok) log.info(entry);
  else log.warn(entry);
}

async function recordRoleRefusal(user: CurrentUser, name: string | undefined) {
  const request = await requestHeaders();
  await recordSecurityEvent({
    kind: "permission.refused",
    actorId: user.id,
    subject: name ?? actionId(request) ?? "ação",
    address: request?.get(CLIENT_ADDRESS_HEADER),
  });
}

/** Next's id of the action, shortened: enough to tell forms apart in a log. */
function actionId(request: Headers | null): string | undefined {
  const id = request?.get("next-action");
  return id ? `ação ${id.slice(0, 12)}` : undefined;
}

/** The request's headers, or null outside a request (a test calling the action directly). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/**
 * What a service returns: the value, or an error users can cause, with a message in Portuguese
 * that the UI shows next to the action (and field errors next to each field). Unexpected errors
 * are thrown, logged and shown as a generic message.
 */
export type ServiceError =
  | { ok: false; error: "forbidden"; message: string }
  | { ok: false; error: "not-found"; message: string }
  | { ok: false; error: "conflict"; message: string }
  | { ok: false; error: "invalid"; message: string; fieldErrors: Record<string, string> };

export type ServiceResult<T> = { ok: true; value: T } | ServiceError;

export const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value });

export const forbidden = (message = "Você não tem permissão para esta ação."): ServiceError => ({
  ok: false,
  error: "forbidden",
  message,
});

export const notFound = (message = "Solicitação não encontrada."): ServiceError => ({
  ok: false,
  error: "not-found",
  message,
});

export const conflict = (
  message = "Esta solicitação foi alterada por outra pessoa. Recarregue a página e tente de novo.",
): ServiceError => ({ ok: false, error: "conflict", message });

export const invalid = (
  fieldErrors: Record<string, string>,
  message = "Verifique os campos destacados.",
): ServiceError => ({ ok: false, error: "invalid", message, fieldErrors });

import { z } from "zod";

/**
 * The one way a list reads its filters, sort and page from the address. Names are Portuguese so
 * that a link says what it shows (`/solicitacoes?estado=OPEN&pagina=2`, `?busca=`, `?ordem=`,
 * `?direcao=`). Each list declares its fields with zod; a value that does not parse is dropped
 * (never a 500), the list goes back to its first page and the page shows `problem` next to it.
 * Parameters the list does not know are ignored: addresses carry tracking and old bookmarks.
 */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The page number every list uses, and the sort direction. */
export const pageField = z.coerce.number().int().min(1).max(100_000);
export const directionField = z.enum(["asc", "desc"]);
/** A free-text search ("busca"): one line, trimmed, empty means none. */
export const searchField = z
  .string()
  .trim()
  .max(100)
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text));

export const BAD_ADDRESS =
  "Alguns filtros do endereço eram inválidos e foram ignorados; mostramos a primeira página.";

export type ParsedAddress<T> = {
  /** The list's parameters, the invalid ones left out, `pagina` 1 when any was invalid. */
  params: Partial<T> & { pagina: number };
  /** The message to show, when a value was dropped. */
  problem?: string;
  /** The parameter names that were dropped. */
  dropped: string[];
};

export function parseListAddress<Shape extends z.ZodRawShape>(
  fields: Shape,
  raw: RawSearchParams,
): ParsedAddress<z.output<z.ZodObject<Shape>>> {
  const params: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [name, schema] of Object.entries({ pagina: pageField, ...fields })) {
    const value = Array.isArray(raw[name]) ? raw[name][0] : raw[name];
    if (value === undefined || value === "") continue;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) params[name] = parsed.data;
    else dropped.push(name);
  }
  if (dropped.length > 0 || params.pagina === undefined) params.pagina = 1;
  return {
    params: params as ParsedAddress<z.output<z.ZodObject<Shape>>>["params"],
    dropped,
    ...(dropped.length > 0 ? { problem: BAD_ADDRESS } : {}),
  };
}

/**
 * The address of a list with `params`, leaving out empty values and those equal to `defaults`
 * (so the first page is `/solicitacoes`, not `/solicitacoes?pagina=1`).
 */
export function listHref(
  path: string,
  params: Record<string, string | number | undefined | null>,
  defaults: Record<string, string | number> = { pagina: 1 },
): string {
  const [base, existing] = path.split("?");
  const query = new URLSearchParams(existing);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (defaults[name] !== undefined && String(defaults[name]) === String(value)) continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base!;
}

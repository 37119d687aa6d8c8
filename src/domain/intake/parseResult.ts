/**
 * The result of parsing one raw value: the typed value, or a stable error code (never NaN, never a throw).
 */

/** Either `{ ok: true, value }` or `{ ok: false, error }` with a stable error code. */
export type ParseResult<T, E extends string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A successful parse. */
export function parsed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed parse with its error code. */
export function failed<E extends string>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

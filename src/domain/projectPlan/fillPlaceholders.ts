/**
 * Fills `{name}` placeholders in a label template (the domain's own copy, so the core stays free
 * of the UI layer).
 */

/** Replaces `{name}` with params[name]; unknown placeholders stay visible. */
export function fillPlaceholders(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Filtering of the needs list: by validation status and by a free-text search over id, title,
 * unit, area and (for rejected needs) what was submitted and the error messages in the UI language.
 */
import type { PlanNeedEntry } from "../application/planResult";
import type { Locale } from "../i18n/locale";
import { unitName } from "./unitNames";

/** Which needs to show by validation status. */
export const STATUS_FILTERS = ["all", "accepted", "rejected"] as const;
/** A status filter value. */
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The user's current filter. */
export interface NeedsQuery {
  readonly status: StatusFilter;
  /** Free text; matched case-insensitively as a substring; blank matches everything. */
  readonly text: string;
}

/** The words a need can be found by (only what the table may show: redacted titles stay redacted). */
function searchableText(entry: PlanNeedEntry, locale: Locale): string {
  const need = entry.need;
  const parts = [entry.id];
  if (need) parts.push(need.title, need.unit, unitName(need.unit), need.area);
  // A rejected need is found by what was submitted (graded text is never kept there).
  for (const value of Object.values(entry.submitted ?? {})) parts.push(value);
  if (entry.submitted?.unit !== undefined) parts.push(unitName(entry.submitted.unit));
  for (const error of entry.errors) parts.push(error.field, error.message[locale]);
  return parts.join("\n").toLocaleLowerCase(locale);
}

/** The entries that pass the status filter and contain the search text, in their input order. */
export function filterNeeds(
  entries: readonly PlanNeedEntry[],
  query: NeedsQuery,
  locale: Locale,
): readonly PlanNeedEntry[] {
  const text = query.text.trim().toLocaleLowerCase(locale);
  return entries.filter(
    (entry) =>
      (query.status === "all" || entry.status === query.status) &&
      (text === "" || searchableText(entry, locale).includes(text)),
  );
}

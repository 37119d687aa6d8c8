/**
 * Matching our fields to an existing list's columns by name: internal and display names are folded
 * (lower case, no spaces or punctuation, æøå → ae/o/a, `_x0020_` dropped) and compared with the
 * names we would use. Used to suggest the mapping of an intake list and of a KAV list.
 */
import type { ColumnSpec } from "./listSchemas";

/** Folds a name for matching. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/_x0020_/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * The internal name of the first writable column (or Title) whose internal name, else whose display
 * name, folds to one of `wanted`; undefined when none does.
 */
export function matchColumn(columns: readonly ColumnSpec[], wanted: readonly string[]): string | undefined {
  const usable = columns.filter((c) => !c.readOnly || c.name === "Title");
  const names = new Set(wanted.map(foldName).filter((w) => w !== ""));
  return (
    usable.find((c) => names.has(foldName(c.name))) ?? usable.find((c) => names.has(foldName(c.displayName)))
  )?.name;
}

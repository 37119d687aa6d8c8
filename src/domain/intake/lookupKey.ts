/**
 * The key under which names and synonyms are matched leniently: case, surrounding and repeated
 * whitespace, hyphens/underscores and the letters æ ø å (vs ae o a) do not matter.
 */

/** Folds a name for lenient matching, e.g. "Sør-Øst politidistrikt" → "sor ost politidistrikt". */
export function lookupKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[\s_\-‐-―]+/g, " ")
    .trim();
}

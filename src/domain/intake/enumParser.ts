/**
 * Lenient parsing of closed value sets: each value is matched by its id or any of its Norwegian and
 * English synonyms, ignoring case, whitespace, hyphens and æ/ø/å spelling (see lookupKey).
 */
import { lookupKey } from "./lookupKey";

/** Value → the words (besides the value itself) that mean it, Norwegian first. */
export type SynonymTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Parses a text to one value of the set, or `undefined` when nothing matches. */
export type EnumParser<T extends string> = (text: string) => T | undefined;

/**
 * Builds a parser from a synonym table. Throws at construction when two values share a synonym
 * (a programming error in the table, caught by the first test that loads it).
 */
export function enumParser<T extends string>(synonyms: SynonymTable<T>): EnumParser<T> {
  const byKey = new Map<string, T>();
  for (const value of Object.keys(synonyms) as T[]) {
    for (const word of [value, ...synonyms[value]]) {
      const key = lookupKey(word);
      const existing = byKey.get(key);
      if (existing !== undefined && existing !== value) {
        throw new Error(`Synonym "${word}" means both "${existing}" and "${value}"`);
      }
      byKey.set(key, value);
    }
  }
  return (text) => byKey.get(lookupKey(text));
}

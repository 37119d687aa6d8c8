/**
 * Text similarity for short Norwegian need titles: character n-gram TF-IDF vectors compared by
 * cosine similarity. Before the n-grams the text is normalised: Unicode NFC, lower case,
 * æ/ø/å folded to ae/o/a (and "aa" to "a", so "båt", "baat" and "bat" meet), a small table of
 * common abbreviations expanded ("kjt." → "kjøretøy"), and everything but letters and digits made a
 * word break. N-grams are taken inside words padded with one space at each end (so word starts and
 * ends count, and compounds share the n-grams of their parts: "skuddsikker vest" ~ "skuddsikre vester").
 * Weights: sublinear tf (1 + ln tf) × smoothed idf (ln((1 + N) / (1 + df)) + 1), vectors L2-normalised.
 * Choice of n and the threshold: docs/insight.md (measured in test/domain/insight/jointProcurement.test.ts).
 */

/** The n of the character n-grams. */
export const NGRAM_N = 3;

/**
 * A Norwegian compound's head is its last part ("patrulje|bil" is a car, "patrulje|båt" a boat), so
 * the last HEAD_GRAMS n-grams of each word count HEAD_WEIGHT times.
 */
export const HEAD_GRAMS = 2;
/** Weight of the head n-grams. */
export const HEAD_WEIGHT = 3;

/** Common abbreviations in need titles, expanded before comparison (keys without the dot). */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["kjt", "kjoretoy"],
  ["utst", "utstyr"],
  ["tj", "tjenester"],
  ["tjen", "tjenester"],
  ["vedl", "vedlikehold"],
  ["adm", "administrasjon"],
  ["el", "elektrisk"],
  ["ktr", "kontor"],
  ["pc", "datamaskin"],
  ["pcer", "datamaskiner"],
  ["sw", "programvare"],
  ["hw", "maskinvare"],
  ["sikk", "sikkerhet"],
  ["komm", "kommunikasjon"],
]);

/** Words that say nothing about what is bought (folded forms). */
const STOPWORDS: ReadonlySet<string> = new Set([
  "av",
  "for",
  "til",
  "og",
  "i",
  "pa",
  "med",
  "fra",
  "om",
  "ved",
  "en",
  "et",
  "ei",
  "den",
  "det",
  "de",
  "ny",
  "nye",
  "nytt",
  "kjop",
  "innkjop",
  "anskaffelse",
  "anskaffelser",
  "levering",
  "behov",
]);

/** Inflection endings stripped from words longer than five letters, longest first. */
const ENDINGS = ["ene", "ane", "er", "en", "et", "a", "e"] as const;

/** A word without its inflection ending ("patruljebilene" → "patruljebil", "vester" → "vest"). */
export function stem(word: string): string {
  if (word.length <= 5) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/** Normalised words of a text (see the module comment). */
export function normaliseWords(text: string): string[] {
  const folded = text
    .normalize("NFC")
    .toLocaleLowerCase("nb")
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/[åä]/g, "a")
    .replace(/aa/g, "a")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

/** The character n-grams of a text with their counts. */
export function ngrams(text: string, n: number = NGRAM_N): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normaliseWords(text)) {
    const padded = ` ${word} `;
    const chars = Array.from(padded);
    if (chars.length <= n) {
      counts.set(padded, (counts.get(padded) ?? 0) + 1);
      continue;
    }
    const last = chars.length - n;
    for (let i = 0; i <= last; i += 1) {
      const gram = chars.slice(i, i + n).join("");
      const weight = i > last - HEAD_GRAMS ? HEAD_WEIGHT : 1;
      counts.set(gram, (counts.get(gram) ?? 0) + weight);
    }
  }
  return counts;
}

/** A sparse, L2-normalised TF-IDF vector. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * TF-IDF vectors of the texts, fitted on the texts themselves (the corpus). Equal texts get the
 * same vector object (a plan that repeats a title holds it once).
 */
export function tfidfVectors(texts: readonly string[], n: number = NGRAM_N): SparseVector[] {
  const byText = new Map<string, Map<string, number>>();
  const counts = texts.map((t) => {
    let c = byText.get(t);
    if (c === undefined) byText.set(t, (c = ngrams(t, n)));
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const total = texts.length;
  const vectors = new Map<Map<string, number>, SparseVector>();
  return counts.map((c) => vectors.get(c) ?? vectorOf(c, df, total, vectors));
}

/** The L2-normalised TF-IDF vector of one text's n-gram counts (remembered in `vectors`). */
function vectorOf(
  c: Map<string, number>,
  df: ReadonlyMap<string, number>,
  total: number,
  vectors: Map<Map<string, number>, SparseVector>,
): SparseVector {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [g, tf] of c) {
    const w = (1 + Math.log(tf)) * (Math.log((1 + total) / (1 + (df.get(g) ?? 0))) + 1);
    v.set(g, w);
    norm += w * w;
  }
  const len = Math.sqrt(norm);
  if (len > 0) for (const [g, w] of v) v.set(g, w / len);
  vectors.set(c, v);
  return v;
}

/** Cosine similarity of two L2-normalised vectors (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}

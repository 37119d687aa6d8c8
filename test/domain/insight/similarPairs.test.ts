// The joint proposals' pair search (similarPairs, All-Pairs with an n-gram index) finds exactly the
// pairs that comparing every two titles finds, with the same similarity, for random Norwegian-like
// titles (shared words, repeated titles, titles without letters) and thresholds from 0 to 1.
import fc from "fast-check";
import { similarPairs } from "../../../src/domain/insight/jointProcurement";
import { cosine, tfidfVectors } from "../../../src/domain/insight/textSimilarity";

const WORDS = [
  "patruljebil",
  "patruljebåt",
  "skuddsikker",
  "vest",
  "vester",
  "radio",
  "drift",
  "kjt.",
  "lås",
  "alarm",
  "sikring",
  "2027",
  "Æøå",
  "—",
];

/** Every pair (a < b) at or above the threshold by comparing every two. */
function bruteForce(titles: readonly string[], threshold: number) {
  const vectors = tfidfVectors(titles);
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let a = 0; a < vectors.length; a += 1)
    for (let b = a + 1; b < vectors.length; b += 1) {
      const similarity = cosine(vectors[a]!, vectors[b]!);
      if (similarity >= threshold) pairs.push({ a, b, similarity });
    }
  return pairs;
}

const title = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { minLength: 0, maxLength: 4 })
  .map((words) => words.join(" "));

describe("similarPairs", () => {
  it("equals comparing every two titles", () => {
    fc.assert(
      fc.property(
        fc.array(title, { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (titles, threshold) => {
          expect(similarPairs(tfidfVectors(titles), threshold)).toEqual(bruteForce(titles, threshold));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the similar titles among many without comparing every two (the default threshold)", () => {
    const titles = Array.from({ length: 400 }, (_, i) => `${WORDS[i % 11]} ${WORDS[(i * 7) % 13]} nr ${i}`);
    expect(similarPairs(tfidfVectors(titles), 0.4)).toEqual(bruteForce(titles, 0.4));
  });
});

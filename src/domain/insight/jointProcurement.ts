/**
 * Joint procurement proposals. Needs from different units for the same thing — same category and
 * subcategory, titles similar by character n-gram TF-IDF cosine (textSimilarity) at or above the
 * threshold — are grouped by complete linkage; each group with needs from at least two units is proposed as
 * one joint procurement with reach = the number of units involved (the submitting units and the
 * units a need names as sharing it). Needs flagged for a planned Nordic or Armed Forces procurement
 * are grouped per flag, category and subcategory and marked for coordination. Proposals carry ids,
 * units and numbers only, never a need's text, so security-graded content cannot leak through them.
 */
import type { Need } from "../model/need";
import { cosine, NGRAM_N, tfidfVectors, type SparseVector } from "./textSimilarity";

/** The default similarity threshold (docs/insight.md explains the choice). */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.4;

/** Why needs are proposed together. */
export type JointKind = "similar" | "nordic" | "armed-forces";

/** A proposed joint procurement. */
export interface JointProposal {
  /** `FELLES-001`, … (similar), `NORDISK-001`, … and `FORSVARET-001`, …, in order of the first need. */
  readonly id: string;
  readonly kind: JointKind;
  readonly category: string;
  readonly subcategory?: string;
  /** Need ids in input order. */
  readonly needIds: readonly string[];
  /** Units involved, sorted. */
  readonly units: readonly string[];
  readonly reach: number;
  /** Sum of the needs' estimated values (NOK). */
  readonly totalValue: number;
  /** Lowest similarity between two needs of the group (absent for flag groups). */
  readonly minSimilarity?: number;
  /** True for Nordic and Armed Forces groups: to coordinate with the other party's plan. */
  readonly coordinate: boolean;
  /** The decision recorded in the plan-year record for a proposal of these needs, if any. */
  readonly decision?: { readonly action: "accepted" | "dismissed"; readonly reason?: string };
}

/** Options of the grouping. */
export interface JointOptions {
  readonly threshold?: number;
  readonly n?: number;
}

const blockOf = (n: Need): string => `${n.category}\u0000${n.subcategory ?? ""}`;

function unitsOf(needs: readonly Need[]): string[] {
  const units = new Set<string>();
  for (const n of needs) {
    units.add(n.unit);
    for (const u of n.joint.sharedWithUnits) units.add(u);
  }
  return [...units].sort();
}

/**
 * Needs of one block with the same title: they share one vector (tfidfVectors), are similar to
 * each other and equally similar to everyone else, so the grouping works on these classes and
 * compares each pair of different titles once (a plan that repeats titles stays linear in them).
 */
interface TitleClass {
  /** Need indexes, ascending. */
  readonly members: number[];
  readonly vector: SparseVector;
}

/** The classes of each block, in order of their first need; needs whose title has no words are left out. */
function titleClasses(needs: readonly Need[], vectors: readonly SparseVector[]): TitleClass[][] {
  const blocks = new Map<string, Map<SparseVector, TitleClass>>();
  needs.forEach((n, i) => {
    const vector = vectors[i] as SparseVector;
    if (vector.size === 0) return; // similar to nothing, itself included
    const block = blocks.get(blockOf(n)) ?? new Map<SparseVector, TitleClass>();
    blocks.set(blockOf(n), block);
    const cls = block.get(vector) ?? { members: [], vector };
    block.set(vector, cls);
    cls.members.push(i);
  });
  return [...blocks.values()].map((block) => [...block.values()]);
}

/** Two titles (by index, a < b) at or above the similarity threshold. */
export interface SimilarPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * Every pair (a < b) of `vectors` whose cosine is at or above `threshold`, ordered by a then b —
 * the pairs comparing every two would give, found without comparing every two (All-Pairs: Bayardo,
 * Ma and Srikant, "Scaling up all pairs similarity search", WWW 2007). Each vector is indexed under
 * its rarer n-grams only: its n-grams are taken from the most common on, adding each one's weight
 * times the highest weight any vector gives it, and those before the sum reaches the threshold stay
 * out of the index. Two vectors that share no indexed n-gram then have a cosine below the threshold.
 * For those that do (`probe`), the exact dot product is added up from the index and the unindexed
 * n-grams, and only pairs at the threshold are compared with `cosine`, whose value is the one kept
 * (15 000 needs in three categories: 25 s comparing every two, 4,5 s).
 */
export function similarPairs(vectors: readonly SparseVector[], threshold: number): SimilarPair[] {
  if (threshold <= 0) return allPairs(vectors); // every two are similar, n-grams shared or not
  const { df, maxWeight } = gramStatistics(vectors);
  const commonFirst = (g: string, h: string) =>
    (df.get(h) as number) - (df.get(g) as number) || (g < h ? -1 : g > h ? 1 : 0);
  const reach = threshold - 1e-9; // rounding of the sums never keeps a pair from being compared
  const index = new Map<string, Postings>();
  const outside = new Float64Array(vectors.length); // per vector: the bound of its unindexed n-grams
  const unindexed = vectors.map(() => [] as [string, number][]);
  const shared = new Float64Array(vectors.length); // per earlier vector: dot product over indexed n-grams
  const pairs: SimilarPair[] = [];
  vectors.forEach((vector, b) => {
    for (const a of probe(vector, index, maxWeight, { outside, shared, reach }).sort((x, y) => x - y)) {
      let dot = shared[a] as number;
      shared[a] = 0;
      if (dot + (outside[a] as number) < reach) continue;
      for (const [g, w] of unindexed[a] as [string, number][]) dot += w * (vector.get(g) ?? 0);
      if (dot < reach) continue; // the exact dot product, summed in another order than `cosine`
      const similarity = cosine(vectors[a] as SparseVector, vector);
      if (similarity >= threshold) pairs.push({ a, b, similarity });
    }
    const grams = [...vector.keys()].sort(commonFirst);
    outside[b] = indexRareGrams(
      vector,
      b,
      grams,
      maxWeight,
      reach,
      index,
      unindexed[b] as [string, number][],
    );
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** How many vectors have each n-gram, and the highest weight any gives it. */
function gramStatistics(vectors: readonly SparseVector[]): {
  df: Map<string, number>;
  maxWeight: Map<string, number>;
} {
  const df = new Map<string, number>();
  const maxWeight = new Map<string, number>();
  for (const v of vectors)
    for (const [g, w] of v) {
      df.set(g, (df.get(g) ?? 0) + 1);
      maxWeight.set(g, Math.max(maxWeight.get(g) ?? 0, w));
    }
  return { df, maxWeight };
}

/**
 * The earlier vectors that may reach the threshold with `vector`, their dot product over their
 * indexed n-grams added up in `shared`. The n-grams are probed by their bound (weight × highest
 * weight) from the largest down; a vector first met when what is left of the bound plus its own
 * unindexed bound cannot reach the threshold is left out (All-Pairs' remaining-score bound).
 */
function probe(
  vector: SparseVector,
  index: ReadonlyMap<string, Postings>,
  maxWeight: ReadonlyMap<string, number>,
  state: { readonly outside: Float64Array; readonly shared: Float64Array; readonly reach: number },
): number[] {
  const { outside, shared, reach } = state;
  const grams = [...vector].map(([g, w]) => ({ g, w, bound: w * (maxWeight.get(g) as number) }));
  grams.sort((x, y) => y.bound - x.bound || (x.g < y.g ? -1 : x.g > y.g ? 1 : 0));
  let left = grams.reduce((sum, x) => sum + x.bound, 0);
  const found: number[] = [];
  for (const { g, w, bound } of grams) {
    const postings = index.get(g);
    const ids = postings?.ids ?? [];
    for (let k = 0; k < ids.length; k += 1) {
      const a = ids[k] as number;
      if (shared[a] === 0) {
        if (left + (outside[a] as number) < reach) continue;
        found.push(a);
      }
      shared[a] = (shared[a] as number) + w * (postings?.weights[k] as number);
    }
    left -= bound;
  }
  return found;
}

/** Every pair (a < b) with its cosine, ordered by a then b. */
function allPairs(vectors: readonly SparseVector[]): SimilarPair[] {
  return vectors.flatMap((x, a) =>
    vectors.slice(a + 1).map((y, k) => ({ a, b: a + 1 + k, similarity: cosine(x, y) })),
  );
}

/** The vectors (ids) indexed under one n-gram, with their weights for it. */
interface Postings {
  readonly ids: number[];
  readonly weights: number[];
}

/**
 * Indexes vector `id` under its n-grams from the point where the bound (weight × highest weight,
 * summed from the most common n-gram on) reaches `reach`; puts those left out in `unindexed` and
 * returns their bound: the smaller of that sum and their length (all vectors are unit vectors).
 */
function indexRareGrams(
  vector: SparseVector,
  id: number,
  commonFirst: readonly string[],
  maxWeight: ReadonlyMap<string, number>,
  reach: number,
  index: Map<string, Postings>,
  unindexed: [string, number][],
): number {
  let bound = 0;
  let outside = 0;
  let squares = 0;
  for (const g of commonFirst) {
    const w = vector.get(g) as number;
    bound += w * (maxWeight.get(g) as number);
    if (bound < reach) {
      outside = bound;
      squares += w * w;
      unindexed.push([g, w]);
      continue;
    }
    const postings = index.get(g) ?? { ids: [], weights: [] };
    index.set(g, postings);
    postings.ids.push(id);
    postings.weights.push(w);
  }
  // Cauchy–Schwarz: against a unit vector the left-out part gives at most its own length
  return Math.min(outside, Math.sqrt(squares));
}

/**
 * Complete linkage inside each block: pairs are taken from the most similar down, and two groups
 * merge only when every need of one is similar enough to every need of the other, so no chain of
 * small resemblances ("ventilasjon i Oslo" … "avfall i Oslo") pulls unrelated needs together.
 * Needs with the same title start in one group (they are alike); groups are lists of class indexes.
 */
function completeLinkage(
  size: number,
  pairs: readonly SimilarPair[],
  similar: ReadonlyMap<number, ReadonlyMap<number, number>>,
): number[][] {
  const groupOf = Array.from({ length: size }, (_, i) => i);
  const members = new Map<number, number[]>(groupOf.map((i) => [i, [i]]));
  const ordered = [...pairs].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const p of ordered) {
    const ga = groupOf[p.a] as number;
    const gb = groupOf[p.b] as number;
    if (ga === gb) continue;
    const left = members.get(ga) as number[];
    const right = members.get(gb) as number[];
    if (!left.every((i) => right.every((j) => similar.get(i)?.has(j)))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...left, ...right].sort((x, y) => x - y);
    members.set(keep, merged);
    members.delete(drop);
    for (const i of merged) groupOf[i] = keep;
  }
  return [...members.values()];
}

/** The similar groups of one block: need indexes (ascending) and the lowest similarity inside. */
function blockGroups(
  classes: readonly TitleClass[],
  threshold: number,
): { members: number[]; minSimilarity: number }[] {
  const pairs = similarPairs(
    classes.map((c) => c.vector),
    threshold,
  );
  const similar = new Map<number, Map<number, number>>();
  for (const p of pairs) {
    similar.set(p.a, (similar.get(p.a) ?? new Map<number, number>()).set(p.b, p.similarity));
    similar.set(p.b, (similar.get(p.b) ?? new Map<number, number>()).set(p.a, p.similarity));
  }
  return completeLinkage(classes.length, pairs, similar).map((group) => {
    const links = group.flatMap((a, x) => group.slice(x + 1).map((b) => similar.get(a)?.get(b) ?? 0));
    // two needs of one title are alike: cosine of a normalised vector with itself
    for (const c of group) {
      const cls = classes[c] as TitleClass;
      if (cls.members.length > 1) links.push(cosine(cls.vector, cls.vector));
    }
    const members = group.flatMap((c) => (classes[c] as TitleClass).members).sort((x, y) => x - y);
    return { members, minSimilarity: Math.min(...links) };
  });
}

function similarGroups(needs: readonly Need[], options: JointOptions): JointProposal[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const vectors = tfidfVectors(
    needs.map((n) => n.title),
    options.n ?? NGRAM_N,
  );
  const groups = titleClasses(needs, vectors)
    .flatMap((classes) => blockGroups(classes, threshold))
    .filter((g) => g.members.length >= 2)
    .sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
  const out: JointProposal[] = [];
  for (const { members, minSimilarity } of groups) {
    const group = members.map((i) => needs[i] as Need);
    if (new Set(group.map((n) => n.unit)).size < 2) continue;
    const id = `FELLES-${String(out.length + 1).padStart(3, "0")}`;
    out.push(proposal("similar", id, group, unitsOf(group), minSimilarity));
  }
  return out;
}

function proposal(
  kind: JointKind,
  id: string,
  group: readonly Need[],
  units: readonly string[],
  minSimilarity?: number,
): JointProposal {
  const first = group[0] as Need;
  return {
    id,
    kind,
    category: first.category,
    ...(first.subcategory !== undefined ? { subcategory: first.subcategory } : {}),
    needIds: group.map((n) => n.id),
    units,
    reach: units.length,
    totalValue: group.reduce((s, n) => s + n.estimatedValue, 0),
    ...(minSimilarity !== undefined ? { minSimilarity: Math.round(minSimilarity * 1000) / 1000 } : {}),
    coordinate: kind !== "similar",
  };
}

function flagGroups(
  needs: readonly Need[],
  kind: "nordic" | "armed-forces",
  prefix: string,
): JointProposal[] {
  const flagged = needs.filter((n) => (kind === "nordic" ? n.joint.nordic : n.joint.armedForces));
  const blocks = new Map<string, Need[]>();
  for (const n of flagged) blocks.set(blockOf(n), [...(blocks.get(blockOf(n)) ?? []), n]);
  return [...blocks.values()].map((group, i) =>
    proposal(kind, `${prefix}-${String(i + 1).padStart(3, "0")}`, group, unitsOf(group)),
  );
}

/** Proposes joint procurements among the accepted needs (withdrawn and declined ones left out). */
export function proposeJointProcurements(
  needs: readonly Need[],
  options: JointOptions = {},
): JointProposal[] {
  const open = needs.filter((n) => n.status !== "withdrawn" && n.status !== "declined");
  return [
    ...similarGroups(open, options),
    ...flagGroups(open, "nordic", "NORDISK"),
    ...flagGroups(open, "armed-forces", "FORSVARET"),
  ];
}

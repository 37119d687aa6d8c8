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

/** Pairs (x < y) of classes of one block whose titles are similar enough, with the similarity. */
function similarClassPairs(
  classes: readonly TitleClass[],
  threshold: number,
): { readonly a: number; readonly b: number; readonly similarity: number }[] {
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let x = 0; x < classes.length; x += 1) {
    for (let y = x + 1; y < classes.length; y += 1) {
      const similarity = cosine((classes[x] as TitleClass).vector, (classes[y] as TitleClass).vector);
      if (similarity >= threshold) pairs.push({ a: x, b: y, similarity });
    }
  }
  return pairs;
}

/**
 * Complete linkage inside each block: pairs are taken from the most similar down, and two groups
 * merge only when every need of one is similar enough to every need of the other, so no chain of
 * small resemblances ("ventilasjon i Oslo" … "avfall i Oslo") pulls unrelated needs together.
 * Needs with the same title start in one group (they are alike); groups are lists of class indexes.
 */
function completeLinkage(
  size: number,
  pairs: readonly { a: number; b: number; similarity: number }[],
): number[][] {
  const similar = new Map<number, Map<number, number>>();
  for (const p of pairs) {
    similar.set(p.a, (similar.get(p.a) ?? new Map<number, number>()).set(p.b, p.similarity));
    similar.set(p.b, (similar.get(p.b) ?? new Map<number, number>()).set(p.a, p.similarity));
  }
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
  const pairs = similarClassPairs(classes, threshold);
  const similarity = new Map(pairs.map((p) => [`${p.a}|${p.b}`, p.similarity]));
  return completeLinkage(classes.length, pairs).map((group) => {
    const links = group.flatMap((a, x) => group.slice(x + 1).map((b) => similarity.get(`${a}|${b}`) ?? 0));
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

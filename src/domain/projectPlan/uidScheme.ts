/**
 * Stable unique ids (UIDs) for the tasks, resources and assignments of the Project XML, so that
 * Project's Merge updates the tasks of an earlier plan version instead of duplicating them.
 *
 * Scheme (docs/project.md, "UID scheme"):
 * - UID 0 is the project summary task.
 * - Category summary tasks: 1 + FNV-1a(categoryId) mod 9 999 → 1…9 999.
 * - Each need owns a block of 16 UIDs: NEED_BASE + 16 × slot, slot = FNV-1a(needId) mod 2^24;
 *   the need's summary task takes the block's first UID, phase k (0-based in PHASES) takes 1 + k.
 *   Largest task UID: 10 000 + 16 × (2^24 − 1) + 8 < 2^28.
 * - Assignments: 2 × task UID + 0 for the lead, + 1 for the lawyer (unique because task UIDs are).
 * - Resources (a separate UID space in Project): 1 + FNV-1a(personId) mod (2^20 − 1).
 * Collisions are resolved deterministically: ids that were given a UID in the previous plan
 * version keep it; the rest are placed in sorted order, each at its hashed slot or the next free one.
 */
import { PHASES, type PhaseId } from "../scheduling/scheduleTypes";

/** First UID of the need blocks. */
export const NEED_BASE = 10_000;
/** UIDs per need block (need summary + up to 15 phases). */
export const NEED_BLOCK = 16;
/** Number of need slots. */
export const NEED_SLOTS = 2 ** 24;
/** Number of category slots (UIDs 1…CATEGORY_SLOTS). */
export const CATEGORY_SLOTS = 9_999;
/** Number of resource slots (UIDs 1…RESOURCE_SLOTS). */
export const RESOURCE_SLOTS = 2 ** 20 - 1;

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Id → slot (0-based) for a set of ids, collision-free, honouring previous slots. */
export function allocateSlots(
  ids: readonly string[],
  slots: number,
  previous: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const unique = [...new Set(ids)].sort();
  if (unique.length > slots) throw new RangeError(`${unique.length} ids do not fit in ${slots} slots`);
  const taken = new Set<number>();
  const result = new Map<string, number>();
  for (const id of unique) {
    const slot = previous.get(id);
    if (slot !== undefined && Number.isInteger(slot) && slot >= 0 && slot < slots && !taken.has(slot)) {
      taken.add(slot);
      result.set(id, slot);
    }
  }
  for (const id of unique) {
    if (result.has(id)) continue;
    let slot = fnv1a(id) % slots;
    while (taken.has(slot)) slot = (slot + 1) % slots;
    taken.add(slot);
    result.set(id, slot);
  }
  return result;
}

/** UIDs of one plan version, keyed by need id, category id and person id. */
export interface UidAssignment {
  /** Need id → UID of the need summary task. */
  readonly needs: ReadonlyMap<string, number>;
  /** Category id → UID of the category summary task. */
  readonly categories: ReadonlyMap<string, number>;
  /** Person id → resource UID. */
  readonly resources: ReadonlyMap<string, number>;
}

/** UIDs handed out by an earlier plan version (same keys as UidAssignment). */
export interface PreviousUids {
  readonly needs?: ReadonlyMap<string, number>;
  readonly categories?: ReadonlyMap<string, number>;
  readonly resources?: ReadonlyMap<string, number>;
}

function slotsFromUids(uids: ReadonlyMap<string, number> | undefined, toSlot: (uid: number) => number) {
  const slots = new Map<string, number>();
  for (const [id, uid] of uids ?? []) slots.set(id, toSlot(uid));
  return slots;
}

/** Allocates the UIDs for the given needs, categories and people. */
export function assignUids(
  ids: {
    readonly needs: readonly string[];
    readonly categories: readonly string[];
    readonly people: readonly string[];
  },
  previous: PreviousUids = {},
): UidAssignment {
  const needSlots = allocateSlots(
    ids.needs,
    NEED_SLOTS,
    slotsFromUids(previous.needs, (uid) => (uid - NEED_BASE) / NEED_BLOCK),
  );
  const categorySlots = allocateSlots(
    ids.categories,
    CATEGORY_SLOTS,
    slotsFromUids(previous.categories, (uid) => uid - 1),
  );
  const resourceSlots = allocateSlots(
    ids.people,
    RESOURCE_SLOTS,
    slotsFromUids(previous.resources, (uid) => uid - 1),
  );
  return {
    needs: new Map([...needSlots].map(([id, slot]) => [id, NEED_BASE + NEED_BLOCK * slot])),
    categories: new Map([...categorySlots].map(([id, slot]) => [id, 1 + slot])),
    resources: new Map([...resourceSlots].map(([id, slot]) => [id, 1 + slot])),
  };
}

/** UID of a phase task inside its need's block. */
export function phaseUid(needUid: number, phase: PhaseId): number {
  return needUid + 1 + PHASES.indexOf(phase);
}

/** UID of an assignment of the lead (role 0) or the lawyer (role 1) to a task. */
export function assignmentUid(taskUid: number, role: "lead" | "lawyer"): number {
  return 2 * taskUid + (role === "lead" ? 0 : 1);
}

// Tests of the UID scheme (stable, collision-free, honouring earlier versions) and the plan keys.
import {
  allocateSlots,
  assignmentUid,
  assignUids,
  fnv1a,
  NEED_BASE,
  NEED_BLOCK,
  phaseUid,
} from "../../../src/domain/projectPlan/uidScheme";
import { formatTaskKey, parseTaskKey, type TaskKey } from "../../../src/domain/projectPlan/taskKeys";
import { PHASES } from "../../../src/domain/scheduling/scheduleTypes";

describe("uidScheme", () => {
  it("hashes with 32-bit FNV-1a", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("gives every id its own slot, whatever the input order", () => {
    const ids = Array.from({ length: 60 }, (_, i) => `N-${i}`);
    const a = allocateSlots(ids, 64);
    const b = allocateSlots([...ids].reverse(), 64);
    expect(new Set(a.values()).size).toBe(60);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it("resolves collisions by probing and keeps earlier slots", () => {
    const slots = 8;
    const ids = Array.from({ length: 40 }, (_, i) => `id-${i}`);
    const home = (id: string) => fnv1a(id) % slots;
    const [x, y] = ids.filter((id) => home(id) === home(ids[0] as string));
    expect(x).toBeDefined();
    expect(y).toBeDefined();
    const first = allocateSlots([x as string, y as string], slots);
    expect(first.get(x as string)).toBe(home(x as string));
    expect(first.get(y as string)).toBe((home(y as string) + 1) % slots);
    // y keeps its probed slot even when x is gone and y's home slot is free again.
    const next = allocateSlots([y as string], slots, first);
    expect(next.get(y as string)).toBe(first.get(y as string));
  });

  it("keeps the UIDs of existing needs when a version adds needs", () => {
    const v1 = assignUids({ needs: ["N-1", "N-2"], categories: ["ikt"], people: ["p1"] });
    const v2 = assignUids(
      { needs: ["N-0", "N-1", "N-2", "N-3"], categories: ["ikt", "materiell"], people: ["p1"] },
      v1,
    );
    expect(v2.needs.get("N-1")).toBe(v1.needs.get("N-1"));
    expect(v2.needs.get("N-2")).toBe(v1.needs.get("N-2"));
    expect(v2.categories.get("ikt")).toBe(v1.categories.get("ikt"));
    expect(v2.resources.get("p1")).toBe(v1.resources.get("p1"));
  });

  it("places need blocks, phases and assignments in disjoint UID ranges", () => {
    const uids = assignUids({ needs: ["N-1"], categories: ["ikt"], people: [] });
    const need = uids.needs.get("N-1") as number;
    expect((need - NEED_BASE) % NEED_BLOCK).toBe(0);
    const phases = PHASES.map((p) => phaseUid(need, p));
    expect(phases[0]).toBe(need + 1);
    expect(Math.max(...phases)).toBeLessThan(need + NEED_BLOCK);
    expect(uids.categories.get("ikt")).toBeLessThan(NEED_BASE);
    expect(assignmentUid(phases[0] as number, "lead")).not.toBe(assignmentUid(phases[0] as number, "lawyer"));
    expect(assignmentUid(phases[0] as number, "lawyer")).not.toBe(assignmentUid(phases[1] as number, "lead"));
  });
});

describe("taskKeys", () => {
  it("round-trips every kind of key, ids with colons included", () => {
    const keys: TaskKey[] = [
      { kind: "project" },
      { kind: "category", categoryId: "ikt" },
      { kind: "need", needId: "N:2027:1" },
      { kind: "phase", needId: "N:2027:1", phase: "award-standstill" },
    ];
    for (const key of keys) expect(parseTaskKey(formatTaskKey(key))).toEqual(key);
  });

  it("does not claim other tasks", () => {
    expect(parseTaskKey("")).toBeUndefined();
    expect(parseTaskKey("Min egen oppgave")).toBeUndefined();
    expect(parseTaskKey("ap:phase:N-1:lunch")).toBeUndefined();
  });
});

// Three-way merge of the plan-year record: disjoint edits of both sides survive, conflicts only
// where both sides changed the same field to different values, and theirs is kept there.
import fc from "fast-check";
import { jsonEqual, threeWayMerge } from "../../../src/domain/planYear/threeWayMerge";
import { recordPlanEdits, type PlanEdit } from "../../../src/domain/planYear/planEdits";
import { emptyEdits } from "../../../src/domain/planYear/planYearDefaults";

const ann = { by: "ann@politiet.no", at: "2027-01-02T10:00:00.000Z" };
const bob = { by: "bob@politiet.no", at: "2027-01-02T10:00:01.000Z" };

describe("threeWayMerge", () => {
  it("merges edits to different fields and keeps theirs where both changed one field", () => {
    const base = recordPlanEdits(emptyEdits(), [{ kind: "weight", criterionId: "reach", to: 10 }], ann);
    const ours = recordPlanEdits(
      base,
      [
        { kind: "weight", criterionId: "reach", to: 15 },
        { kind: "note", needId: "B-1", to: "ours" },
      ],
      ann,
    );
    const theirs = recordPlanEdits(
      base,
      [
        { kind: "weight", criterionId: "reach", to: 20 },
        { kind: "feedback", needId: "B-2", to: "theirs" },
      ],
      bob,
    );
    const { merged, conflicts } = threeWayMerge(base, ours, theirs);
    expect(merged.notes["B-1"]?.text).toBe("ours");
    expect(merged.feedback["B-2"]?.text).toBe("theirs");
    expect(merged.weights["reach"]?.value).toBe(20);
    expect(conflicts).toEqual([
      { path: "/weights/reach", theirs: theirs.weights["reach"], ours: ours.weights["reach"] },
    ]);
    expect(Object.getPrototypeOf(merged.notes)).toBeNull();
  });

  it("takes a deletion on one side and reports delete-versus-change", () => {
    const base = recordPlanEdits(emptyEdits(), [{ kind: "note", needId: "B-1", to: "x" }], ann);
    const ours = recordPlanEdits(base, [{ kind: "note", needId: "B-1", to: "" }], ann);
    expect(threeWayMerge(base, ours, base).merged.notes["B-1"]).toBeUndefined();
    const theirs = recordPlanEdits(base, [{ kind: "note", needId: "B-1", to: "y" }], bob);
    const { merged, conflicts } = threeWayMerge(base, ours, theirs);
    expect(merged.notes["B-1"]?.text).toBe("y");
    expect(conflicts.map((c) => [c.path, c.ours])).toEqual([["/notes/B-1", undefined]]);
  });

  it("does not report the same value set by both sides, and merges versions by id", () => {
    const base = { versions: [{ id: "v001", status: "draft" }] };
    const ours = { versions: [{ id: "v001", status: "submitted" }] };
    const theirs = { versions: [...base.versions, { id: "v002", status: "draft" }] };
    const { merged, conflicts } = threeWayMerge<unknown>(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(jsonEqual(merged, { versions: [{ id: "v001", status: "submitted" }, theirs.versions[1]] })).toBe(
      true,
    );
    const a = recordPlanEdits(emptyEdits(), [{ kind: "weight", criterionId: "r", to: 5 }], ann);
    const b = recordPlanEdits(emptyEdits(), [{ kind: "weight", criterionId: "r", to: 5 }], bob);
    expect(threeWayMerge(emptyEdits(), a, b).conflicts).toEqual([]);
  });

  it("keeps every disjoint edit of both sides and reports conflicts only for fields both changed", () => {
    const key = fc.constantFrom("a", "b", "c", "d", "__proto__", "constructor", "x/y~z");
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant("weight" as const),
        criterionId: key,
        to: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({
        kind: fc.constant("score" as const),
        needId: key,
        criterionId: key,
        to: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({
        kind: fc.constantFrom("note" as const, "feedback" as const),
        needId: key,
        to: fc.string(),
      }),
      fc.record({
        kind: fc.constant("force" as const),
        needId: key,
        to: fc.option(
          fc.record({
            needId: fc.constant("n"),
            direction: fc.constantFrom("in" as const, "out" as const),
            reason: fc.constantFrom("legal-obligation" as const, "management-decision" as const),
          }),
          { nil: undefined },
        ),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit), fc.array(edit), fc.array(edit), (b, o, t) => {
        const fix = (list: PlanEdit[]) =>
          list.map((e) => (e.kind === "force" && e.to ? { ...e, to: { ...e.to, needId: e.needId } } : e));
        const base = recordPlanEdits(emptyEdits(), fix(b), ann);
        const ours = recordPlanEdits(base, fix(o), ann);
        const theirs = recordPlanEdits(base, fix(t), bob);
        const { merged, conflicts } = threeWayMerge(base, ours, theirs);
        const flat = (e: typeof base) => {
          const out = new Map<string, unknown>();
          for (const kind of ["weights", "forced", "notes", "feedback"] as const)
            for (const [k, v] of Object.entries(e[kind])) out.set(`${kind}|${k}`, v);
          for (const [need, row] of Object.entries(e.scores))
            for (const [c, v] of Object.entries(row)) out.set(`scores|${need}|${c}`, v);
          return out;
        };
        const [fb, fo, ft, fm] = [flat(base), flat(ours), flat(theirs), flat(merged)];
        const keys = new Set([...fb.keys(), ...fo.keys(), ...ft.keys()]);
        const strip = (v: unknown) => {
          if (v === undefined) return undefined;
          const { stamp: _s, ...rest } = v as { stamp: unknown };
          return rest;
        };
        let expectedConflicts = 0;
        for (const k of keys) {
          const [vb, vo, vt, vm] = [fb.get(k), fo.get(k), ft.get(k), fm.get(k)];
          const oursChanged = !jsonEqual(vo, vb);
          const theirsChanged = !jsonEqual(vt, vb);
          if (oursChanged && !theirsChanged) expect(jsonEqual(vm, vo)).toBe(true);
          else expect(jsonEqual(vm, vt)).toBe(true);
          if (oursChanged && theirsChanged && !jsonEqual(strip(vo), strip(vt))) expectedConflicts += 1;
        }
        // A score row both sides created or removed whole counts once per criterion above, and the
        // merge reports at that criterion too, so the counts agree.
        expect(conflicts.length).toBe(expectedConflicts);
      }),
      { numRuns: 300 },
    );
  });
});

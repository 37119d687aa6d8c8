// Edits read back from the workbook reach the planning input: weights, scores, force decisions, comments.
import { applyWorkbookEdits } from "../../../src/application/workbook/applyEdits";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { applyChanges, editStateOf } from "../../../src/application/workbook/readBack";
import { someNeeds, workbookInputFor } from "./workbookFixtures";

describe("applyWorkbookEdits", () => {
  it("puts changed scores into the raw records, and weights and forces into the configuration", () => {
    const needs = someNeeds(3);
    const written = editStateOf(workbookInputFor(needs));
    const edited = applyChanges(written, [
      { kind: "weight", criterionId: "maturity", from: 5, to: 10 },
      { kind: "weight", criterionId: "reach", from: 10, to: 5 },
      { kind: "score", needId: "B-0002", criterionId: "reach", from: needs[1]!.scores.reach, to: 5 },
      {
        kind: "force",
        needId: "B-0003",
        from: undefined,
        to: { needId: "B-0003", direction: "in", reason: "legal-obligation" },
      },
    ]);
    const raw = needs.map((n) => ({ id: ` ${n.id} `, title: n.title, score_reach: "" }));
    const input = { config: defaultPlanConfig(2027), needs: raw, contracts: [], spend: [], people: [] };
    const out = applyWorkbookEdits(input, written, edited);
    expect(out.needs[1]).toEqual({ ...raw[1], score_reach: "5" });
    expect(out.needs[0]).toBe(raw[0]);
    expect(out.needs[2]).toBe(raw[2]);
    const criteria = out.config.prioritisation?.criteria ?? [];
    expect(criteria.find((c) => c.id === "maturity")?.weight).toBe(10);
    expect(criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(out.config.prioritisation?.forced).toEqual([
      { needId: "B-0003", direction: "in", reason: "legal-obligation" },
    ]);
    expect(applyWorkbookEdits(input, written, written).needs).toEqual(raw);
  });
});

describe("comments typed in the workbook", () => {
  it("survive the next run: shown again in the sheets and added to the feedback written back", async () => {
    const { generateDemoTenant } = await import("../../../src/demo/demoTenant");
    const { runPlan } = await import("../../../src/application/runPlan");
    const { workbookInputFromPlan } = await import("../../../src/application/workbook/fromPlan");
    const { feedbackEntriesOf } = await import("../../../src/application/sharepoint/feedbackList");
    const input = generateDemoTenant();
    const first = await runPlan(input, { includeSecurityGraded: false });
    const written = editStateOf(workbookInputFromPlan(first, input));
    const rejected = first.needs.find((e) => e.status === "rejected");
    if (!rejected) throw new Error("the demo tenant has no rejected need");
    const edited = applyChanges(written, [
      { kind: "feedback", needId: rejected.id, from: "", to: "Ring oss gjerne, så retter vi det sammen." },
      { kind: "note", needId: rejected.id, from: "", to: "Avklar beløpet med enheten" },
      { kind: "feedback", needId: "BH-0001", from: "", to: "   " },
    ]);
    const next = applyWorkbookEdits(input, written, edited);
    expect(next.config.comments).toEqual({
      notes: { [rejected.id]: "Avklar beløpet med enheten" },
      feedback: { [rejected.id]: "Ring oss gjerne, så retter vi det sammen." },
    });
    const second = await runPlan(next, { includeSecurityGraded: false });
    const decision = second.decisions.find((d) => d.needId === rejected.id);
    expect(decision?.feedback).toMatch(
      /^Behovet kunne ikke behandles: .+\n\nRing oss gjerne, så retter vi det sammen\.$/s,
    );
    const sheet = workbookInputFromPlan(second, next);
    expect(sheet.feedback[rejected.id]).toBe("Ring oss gjerne, så retter vi det sammen.");
    expect(sheet.notes[rejected.id]).toBe("Avklar beløpet med enheten");
    // The units' shared feedback list never carries a graded need's text, comment or not.
    const graded = second.needs.find((e) => e.redacted);
    const entry = feedbackEntriesOf(second).find((e) => e.needId === graded?.id);
    expect(entry?.feedback).toBe("Behovet er skjermet. Tilbakemeldingen står i innmeldingen.");
    // Nor the errors of a rejected need (they quote what was typed): only a pointer to the submission.
    const rejectedEntry = feedbackEntriesOf(second).find((e) => e.needId === rejected.id);
    expect(rejectedEntry).toMatchObject({
      title: rejected.id,
      feedback: "Behovet kunne ikke behandles. Feilene står i innmeldingen.",
    });
  });
});

describe("edits of needs whose ids are built-in object properties", () => {
  const BUILT_INS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

  it("keep notes, feedback and scores per id, as own values, through the state and the next input", () => {
    const needs = someNeeds(5).map((n, i) => ({ ...n, id: BUILT_INS[i]! }));
    const written = editStateOf(workbookInputFor(needs));
    expect(Object.keys(written.scores).sort()).toEqual([...BUILT_INS].sort());
    const edited = applyChanges(
      written,
      BUILT_INS.flatMap((needId, i) => [
        { kind: "note" as const, needId, from: "", to: `note ${i}` },
        { kind: "feedback" as const, needId, from: "", to: `feedback ${i}` },
        { kind: "score" as const, needId, criterionId: "reach", from: needs[i]!.scores.reach, to: 5 },
      ]),
    );
    BUILT_INS.forEach((id, i) => {
      expect(Object.getOwnPropertyDescriptor(edited.notes, id)?.value).toBe(`note ${i}`);
      expect(Object.getOwnPropertyDescriptor(edited.feedback, id)?.value).toBe(`feedback ${i}`);
    });
    const raw = needs.map((n) => ({ id: n.id, title: n.title }));
    const input = { config: defaultPlanConfig(2027), needs: raw, contracts: [], spend: [], people: [] };
    const next = applyWorkbookEdits(input, written, edited);
    expect(next.needs.map((r) => (r as Record<string, unknown>)["score_reach"])).toEqual(
      needs.map((n) => (n.scores.reach === 5 ? undefined : "5")),
    );
    const comments = JSON.parse(JSON.stringify(next.config.comments)) as { feedback: Record<string, string> };
    expect(Object.keys(comments.feedback).sort()).toEqual([...BUILT_INS].sort());
    BUILT_INS.forEach((id) =>
      expect(Object.getOwnPropertyDescriptor(edited.scores, id)?.value?.reach).toBe(5),
    );
  });
});

// The insight catalogue: the same keys and placeholders in nb and en, and a name for every stage,
// milestone, joint kind and fast-track status the analyses emit.
import { WHEEL_MILESTONES } from "../../../src/domain/planYear/planYearDefaults";
import { INSIGHT_MESSAGES } from "../../../src/i18n/insightMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("insight messages", () => {
  it("has the same keys and placeholders in nb and en, none empty", () => {
    expect(Object.keys(INSIGHT_MESSAGES.en).sort()).toEqual(Object.keys(INSIGHT_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(INSIGHT_MESSAGES.nb)) {
      const en = INSIGHT_MESSAGES.en[key] as string;
      expect(nb.trim()).not.toBe("");
      expect(placeholders(en)).toEqual(placeholders(nb));
    }
  });

  it("names every stage, milestone, joint kind and fast-track status", () => {
    const keys = [
      ...["before", ...WHEEL_MILESTONES, "rolling"].map((s) => `stage.${s}`),
      ...[...WHEEL_MILESTONES, "revision"].map((m) => `milestone.${m}`),
      ...["similar", "nordic", "armed-forces"].map((k) => `joint.kind.${k}`),
      ...[
        "delivered-in-time",
        "delivered-late",
        "planned-in-time",
        "planned-late",
        "not-scheduled",
        "withdrawn",
      ].map((s) => `fastTrack.status.${s}`),
    ];
    for (const k of keys) expect(INSIGHT_MESSAGES.nb[k]).toBeDefined();
  });
});

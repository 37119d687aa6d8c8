// Tests of the re-plan input built from Project progress: finished phases with actual dates, the
// phase under way, the people kept, and needs not started reported as such.
import { replanProgress } from "../../../src/domain/projectPlan/replanProgress";
import type { PhaseId } from "../../../src/domain/scheduling/scheduleTypes";
import type { ProgressRecord } from "../../../src/domain/projectPlan/taskSync";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

const { schedule } = everyKindOfNeedPlan();
const found = schedule.find((s) => s.needId === "N-001");
if (!found) throw new Error("fixture");
const n1 = found;

function record(
  phase: PhaseId,
  percentComplete: number,
  extra: Partial<ProgressRecord> = {},
): ProgressRecord {
  return { key: `ap:phase:N-001:${phase}`, needId: "N-001", phase, percentComplete, ...extra };
}

describe("replanProgress", () => {
  it("lists finished phases with actual dates and the phase under way", () => {
    const [progress] = replanProgress(schedule, [
      record("preparation", 100, { actualStart: "2027-01-19", actualFinish: "2027-03-01" }),
      record("market-dialogue", 100),
      record("tender-documents", 40, { actualStart: "2027-04-07" }),
      record("tender-period", 0),
    ]);
    expect(progress).toEqual({
      needId: "N-001",
      leadId: "lead-1",
      lawyerId: "law-1",
      finished: [
        { phase: "preparation", start: "2027-01-19", finish: "2027-03-01" },
        { phase: "market-dialogue", start: n1.phases[1]?.start, finish: n1.phases[1]?.finish },
      ],
      current: { phase: "tender-documents", start: "2027-04-07", percentComplete: 0.4 },
    });
  });

  it("reports a need with nothing started as not started, and finishes every phase up to the last one done", () => {
    expect(replanProgress(schedule, [record("preparation", 0)])).toEqual([
      { needId: "N-001", leadId: "lead-1", lawyerId: "law-1", finished: [] },
    ]);
    // Market dialogue done while preparation shows 0 %: work moved on, preparation counts as done.
    const [skipped] = replanProgress(schedule, [record("preparation", 0), record("market-dialogue", 100)]);
    expect(skipped?.finished.map((f) => f.phase)).toEqual(["preparation", "market-dialogue"]);
    const [started] = replanProgress(schedule, [record("preparation", 0, { actualStart: "2027-01-20" })]);
    expect(started?.finished).toEqual([]);
    expect(started?.current).toEqual({ phase: "preparation", start: "2027-01-20", percentComplete: 0 });
  });
});

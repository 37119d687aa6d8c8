// Reading progress back from a Project XML file written by our writer: phase records with
// % complete and actual dates, the planned phase dates and the people assigned, the need's
// deadline; and a fuzz test (fast-check) of edited progress fields: any text in PercentComplete,
// ActualStart or ActualFinish either reads as a valid record or fails with a RangeError naming the
// task and the field — never another error, never a value outside 0–100.
import fc from "fast-check";
import { projectFileProgress } from "../../../src/adapters/mspdi/mspdiProgress";
import { writeMspdi } from "../../../src/adapters/mspdi/mspdiWriter";
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import { isIsoDate } from "../../../src/domain/time/isoDate";
import { projectFieldAliases, projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

const parts = everyKindOfNeedPlan();
const xml = writeMspdi(
  buildProjectPlan(parts, {
    redaction: { includeSecurityGraded: false },
    labels: projectPlanLabels("nb", 2027),
  }),
  { fieldAliases: projectFieldAliases("nb") },
);
const KEY = "ap:phase:N-001:preparation";

/** `xml` with progress fields set on the task with `key` (in MSPDI element order). */
function withProgress(key: string, fields: string): string {
  const at = xml.indexOf(`<Value>${key}</Value>`);
  const cut = xml.lastIndexOf("<ConstraintType>", at);
  return xml.slice(0, cut) + fields + xml.slice(cut);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("projectFileProgress", () => {
  it("reads the plan's phase tasks with their dates and people, and the progress recorded", () => {
    const file = projectFileProgress(
      withProgress(
        KEY,
        "<PercentComplete>100</PercentComplete><ActualStart>2027-01-19T08:00:00</ActualStart><ActualFinish>2027-03-01T16:00:00</ActualFinish>",
      ),
    );
    const n1 = parts.schedule.find((s) => s.needId === "N-001")!;
    const planned = file.planned.filter((t) => t.needId === "N-001");
    expect(planned.map((t) => [t.phase, t.start, t.finish])).toEqual(
      n1.phases.map((p) => [p.phase, p.start, p.finish]),
    );
    expect(planned[0]?.people).toContain(n1.leadId);
    expect(file.records.find((r) => r.key === KEY)).toEqual({
      key: KEY,
      needId: "N-001",
      phase: "preparation",
      percentComplete: 100,
      actualStart: "2027-01-19",
      actualFinish: "2027-03-01",
    });
    if (n1.deadline) expect(file.deadlines.get("N-001")).toBe(n1.deadline);
  });

  it("reads any edited progress field as a valid record or names the task and field", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer({ min: -50, max: 200 }).map(String),
      fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 19)),
    );
    fc.assert(
      fc.property(value, value, value, (percent, start, finish) => {
        const edited = withProgress(
          KEY,
          `<PercentComplete>${escape(percent)}</PercentComplete><ActualStart>${escape(start)}</ActualStart><ActualFinish>${escape(finish)}</ActualFinish>`,
        );
        try {
          const record = projectFileProgress(edited).records.find((r) => r.key === KEY)!;
          expect(record.percentComplete).toBeGreaterThanOrEqual(0);
          expect(record.percentComplete).toBeLessThanOrEqual(100);
          for (const d of [record.actualStart, record.actualFinish])
            if (d !== undefined) expect(isIsoDate(d)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(
            new RegExp(`^Task ${KEY} \\(UID \\d+\\): (PercentComplete|ActualStart|ActualFinish) `),
          );
        }
      }),
      { numRuns: 300, seed: 2027 },
    );
  });
});

// The regional date format of Project, found at run time: inferred from the dates Project shows,
// confirmed by writing one unchanged date back, for both day-month orders (Norwegian dd.mm, US
// m/d, British dd/mm with the same separator as the US) and year-first; refused with one notice
// and nothing written when it cannot be told or does not round-trip; % complete probed once and
// replaced by the actual dates where the host cannot read it. The text codec round-trips any date.
import fc from "fast-check";
import {
  describeDateFormat,
  formatProjectDate,
  inferDateFormat,
  parseProjectDate,
  type DateFormat,
} from "../../../src/application/project/projectDateText";
import { readProjectProgress, syncProjectTasks } from "../../../src/application/project/syncProjectTasks";
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import { fromDayNumber, toDayNumber } from "../../../src/domain/time/isoDate";
import { projectPlanLabels } from "../../../src/i18n/projectMessages";
import { projectHostMessages } from "../../../src/i18n/projectHostMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";
import { FakeProject, type FakeProjectOptions, type FakeRegion } from "../../builders/fakeProjectTaskPort";

const plan = buildProjectPlan(everyKindOfNeedPlan(), {
  redaction: { includeSecurityGraded: false },
  labels: projectPlanLabels("nb", 2027),
});

function projectFromPlan(options: FakeProjectOptions = {}): FakeProject {
  const project = new FakeProject(options);
  for (const t of plan.tasks) project.addPlanTask(t);
  return project;
}

/** Every date field the run wrote, as Project understood it, keyed by task and field. */
const datesWritten = (project: FakeProject): string[] =>
  project.tasks.flatMap((t) =>
    t.written.flatMap((w) => ("date" in w ? [`${t.key} ${w.field} ${w.date}`] : [])),
  );

describe("the date format, found in Project", () => {
  const runIn = async (region: FakeRegion) => {
    const project = projectFromPlan({ region });
    const report = await syncProjectTasks(plan, project);
    return { project, report };
  };

  it.each([
    ["nb-NO", "dd.mm.yyyy hh:mm", "18.01.2027 08:00"],
    ["en-US", "m/d/yyyy h:mm AM", "1/18/2027 8:00 AM"],
    ["en-GB", "dd/mm/yyyy hh:mm", "18/01/2027 08:00"],
  ] as const)("writes the plan's dates in %s as %s", async (region, pattern, prepStart) => {
    const { project, report } = await runIn(region);
    expect(report.notices[0]).toEqual({ key: "dateFormat.detected", severity: "info", params: { pattern } });
    expect(report.counts.failed).toBe(0);
    const prep = project.byKey("ap:phase:N-001:preparation");
    expect(prep.sent).toContain(`start=${prepStart}`);
    // Project read every date as the plan meant it: the same days as in Norwegian.
    const norwegian = await runIn("nb-NO");
    expect(new Set(datesWritten(project))).toEqual(new Set(datesWritten(norwegian.project)));
    for (const t of plan.tasks.filter((t) => t.kind === "phase"))
      expect(project.byKey(t.key).dates.finish?.date).toBe(t.finish);
  });

  it("confirms on a date no wrong order could read, written back unchanged before anything else", async () => {
    const { project } = await runIn("en-GB");
    const firstWrite = project.calls.findIndex((c) => c.startsWith("write "));
    const [, taskId, field] = (project.calls[firstWrite] as string).split(" ");
    const task = project.tasks.find((t) => t.taskId === taskId);
    expect(project.calls[firstWrite - 1]).toBe(`read ${taskId} ${field}`);
    expect(project.calls[firstWrite + 1]).toBe(`read ${taskId} ${field}`);
    const checked = task?.sent[0]?.split("=")[1] ?? "";
    expect(Number(checked.split("/")[0])).toBeGreaterThan(12);
  });

  it("reads on until a date decides the order, and refuses when none does", async () => {
    const ambiguous = new FakeProject({ region: "en-GB" });
    for (const t of plan.tasks)
      ambiguous.add(t.key, { percentComplete: 0 }, { start: "2027-03-05", finish: "2027-04-06" });
    const report = await syncProjectTasks(plan, ambiguous);
    expect(report.notices).toEqual([
      { key: "dateFormat.ambiguous", severity: "error", params: { sample: "05/03/2027 08:00" } },
    ]);
    expect(ambiguous.calls.filter((c) => !c.endsWith(" start") && c !== "walk")).toEqual([]);
    expect(report.progress).toEqual([]);
    expect(report.counts).toMatchObject({ updated: 0, failed: 0 });

    const late = new FakeProject({ region: "en-US" });
    plan.tasks.forEach((t, i) =>
      late.add(t.key, { percentComplete: 0 }, { start: i < 10 ? "2027-03-05" : t.start, finish: t.finish }),
    );
    const progress = await readProjectProgress(plan, late);
    expect(progress.notices[0]).toMatchObject({
      key: "dateFormat.detected",
      params: { pattern: "m/d/yyyy h:mm AM" },
    });
  });

  it("writes nothing when Project reads dates in another order than it shows them", async () => {
    const project = projectFromPlan({ region: "en-GB", parseOrder: "mdy" });
    const before = project.tasks.map((t) => ({ ...t.dates }));
    const report = await syncProjectTasks(plan, project);
    expect(report.notices.at(-1)).toMatchObject({ key: "dateFormat.noRoundTrip", severity: "error" });
    expect(project.tasks.map((t) => t.dates)).toEqual(before);
    expect(project.tasks.flatMap((t) => t.written)).toEqual([]);
    expect(report.counts.updated).toBe(0);
  });

  it("puts Project's own text back when the date does not read back the same", async () => {
    const project = projectFromPlan({ region: "nb-NO", snapNextDateWriteTo: 17 * 60 });
    const before = project.tasks.map((t) => ({ ...t.dates }));
    const report = await syncProjectTasks(plan, project);
    expect(report.notices.at(-1)).toMatchObject({ key: "dateFormat.noRoundTrip" });
    expect(project.tasks.map((t) => t.dates)).toEqual(before);
    const sent = project.tasks.flatMap((t) => t.sent);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.split("=")[1]).toBe(sent[1]?.split("=")[1]);
  });

  it("refuses when no task shows a date", async () => {
    const project = new FakeProject();
    for (const t of plan.tasks) project.add(t.key);
    const report = await syncProjectTasks(plan, project);
    expect(report.notices).toEqual([{ key: "dateFormat.noDates", severity: "error", params: {} }]);
    expect(project.calls.some((c) => c.startsWith("write"))).toBe(false);
  });

  it("has a message for every notice, in both languages", () => {
    for (const key of [
      "dateFormat.detected",
      "dateFormat.noDates",
      "dateFormat.ambiguous",
      "dateFormat.inconsistent",
      "dateFormat.noRoundTrip",
      "dateFormat.noProbe",
      "progress.noPercent",
    ]) {
      expect(projectHostMessages.nb[key]).toBeDefined();
      expect(projectHostMessages.en[key]).toBeDefined();
    }
  });
});

describe("progress where % complete cannot be read", () => {
  it("probes once, reads the actual dates instead, and says so once", async () => {
    const project = projectFromPlan({ percentFails: true });
    const signature = project.byKey("ap:phase:N-005:signature");
    signature.progress = { percentComplete: 100, actualStart: "2028-02-01", actualFinish: "2028-02-11" };
    const started = project.byKey("ap:phase:N-001:preparation");
    started.progress = { percentComplete: 40, actualStart: "2027-01-18" };
    const report = await readProjectProgress(plan, project);
    expect(report.notices).toContainEqual({ key: "progress.noPercent", severity: "warning" });
    expect(report.counts.failed).toBe(0);
    expect(project.calls.filter((c) => c.endsWith(" percentComplete"))).toHaveLength(1);
    expect(report.progress.find((p) => p.key === signature.key)).toMatchObject({
      percentComplete: 100,
      actualFinish: "2028-02-11",
    });
    expect(report.progress.find((p) => p.key === started.key)).toEqual(
      expect.objectContaining({ percentComplete: 0, actualStart: "2027-01-18" }),
    );
    expect(report.needs.find((n) => n.needId === "N-005")).toMatchObject({ contractSigned: "2028-02-11" });

    const update = await syncProjectTasks(plan, projectFromPlan({ percentFails: true }));
    expect(update.notices.filter((n) => n.key === "progress.noPercent")).toHaveLength(1);
    expect(update.counts.failed).toBe(0);
  });

  it("reads % complete where the host gives it, without a notice", async () => {
    const project = projectFromPlan();
    project.byKey("ap:phase:N-001:preparation").progress = { percentComplete: 40, actualStart: "2027-01-18" };
    const report = await readProjectProgress(plan, project);
    expect(report.notices.map((n) => n.key)).toEqual(["dateFormat.detected"]);
    expect(report.progress.find((p) => p.key === "ap:phase:N-001:preparation")?.percentComplete).toBe(40);
  });
});

describe("the date text codec", () => {
  const formats: DateFormat[] = [
    { order: "dmy", separator: ".", yearDigits: 4, pad: true, clock: "24h" },
    { order: "mdy", separator: "/", yearDigits: 4, pad: false, clock: "12h" },
    { order: "dmy", separator: "/", yearDigits: 2, pad: true, clock: "24h" },
    { order: "ymd", separator: "-", yearDigits: 4, pad: true, clock: "none" },
  ];
  const day = fc
    .integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2098-12-31") })
    .map(fromDayNumber);
  const minutes = fc.integer({ min: 0, max: 23 * 60 + 59 });

  it("reads back every date (and time) it writes, in every format", () => {
    fc.assert(
      fc.property(day, minutes, fc.constantFrom(...formats), (date, m, format) => {
        const value = parseProjectDate(formatProjectDate(date, m, format), format);
        expect(value?.date).toBe(date);
        if (format.clock !== "none") expect(value?.minutes).toBe(m);
      }),
    );
  });

  it("infers the format from its own texts once a day above 12 is among them", () => {
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...formats),
        (dates, format) => {
          const inference = inferDateFormat(dates.map((d) => formatProjectDate(d, 8 * 60, format)));
          const decisive =
            format.order === "ymd" ||
            dates.some((d) => Number(d.slice(8)) > 12 && d.slice(5, 7) !== d.slice(8));
          if (decisive) {
            expect(inference).toMatchObject({
              ok: true,
              format: { order: format.order, separator: format.separator },
            });
          } else expect(inference).toMatchObject({ ok: false, reason: "ambiguous" });
        },
      ),
    );
  });

  it("reads Project's weekday prefixes, two-digit years and no-date markers", () => {
    const nb = { order: "dmy", separator: ".", yearDigits: 2, pad: true, clock: "none" } as const;
    expect(parseProjectDate("ma 18.01.27", nb)).toEqual({ date: "2027-01-18" });
    expect(parseProjectDate("I/T", nb)).toBeUndefined();
    expect(parseProjectDate("Mon 1/18/27 4:30 PM", formats[1] as DateFormat)).toEqual({
      date: "2027-01-18",
      minutes: 16 * 60 + 30,
    });
    expect(() => parseProjectDate("18/01/2027", formats[1] as DateFormat)).toThrow(/Not a date/);
    expect(inferDateFormat(["NA", "13.01.2027", "1/14/2027"])).toMatchObject({
      ok: false,
      reason: "inconsistent",
    });
    expect(describeDateFormat(formats[2] as DateFormat)).toBe("dd/mm/yy hh:mm");
  });
});

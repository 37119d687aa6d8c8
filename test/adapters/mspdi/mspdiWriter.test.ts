// Project XML: schema validation with xmllint (every kind of need, both languages, redacted and
// opted in, empty plan) and the round trip write → parse → the same tasks, links, dates and work.
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import type { ProjectPlan } from "../../../src/domain/projectPlan/projectPlanTypes";
import { writeMspdi } from "../../../src/adapters/mspdi/mspdiWriter";
import { previousUidsFromMspdi, readMspdi } from "../../../src/adapters/mspdi/mspdiReader";
import { minutesOfMspdiDuration, mspdiDuration, xmlSafeText } from "../../../src/adapters/mspdi/mspdiFormat";
import { projectFieldAliases, projectPlanLabels } from "../../../src/i18n/projectMessages";
import type { Locale } from "../../../src/i18n/locale";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";
import { validateMspdi } from "../../support/xmllint";

function planFor(locale: Locale, includeSecurityGraded: boolean): ProjectPlan {
  return buildProjectPlan(everyKindOfNeedPlan(), {
    redaction: { includeSecurityGraded },
    labels: projectPlanLabels(locale, 2027),
  });
}

function xmlFor(plan: ProjectPlan, locale: Locale = "nb"): string {
  return writeMspdi(plan, { fieldAliases: projectFieldAliases(locale) });
}

describe("writeMspdi", () => {
  it.each([
    ["nb", false],
    ["en", true],
  ] as const)(
    "writes a plan with every kind of need that validates against mspdi_pj15.xsd (%s, opt-in %s)",
    (locale, optIn) => {
      const result = validateMspdi(xmlFor(planFor(locale, optIn), locale));
      expect(result.output).toBe("");
      expect(result.ok).toBe(true);
    },
  );

  it("writes a valid compact file and a valid empty plan", () => {
    const compact = writeMspdi(planFor("nb", false), {
      fieldAliases: projectFieldAliases("nb"),
      pretty: false,
    });
    expect(compact).not.toContain("\n  <");
    expect(compact.length).toBeLessThan(xmlFor(planFor("nb", false)).length);
    expect(validateMspdi(compact).ok).toBe(true);
    const empty = buildProjectPlan(
      { ...everyKindOfNeedPlan(), schedule: [], holidays: [] },
      { redaction: { includeSecurityGraded: false }, labels: projectPlanLabels("nb", 2027) },
    );
    expect(validateMspdi(xmlFor(empty)).ok).toBe(true);
  });

  it("is caught by the schema when an element is out of order (the check can fail)", () => {
    const broken = xmlFor(planFor("nb", false)).replace(
      "<CurrencyCode>NOK</CurrencyCode>",
      "<CurrencyCode>NOK</CurrencyCode><SaveVersion>14</SaveVersion>",
    );
    expect(validateMspdi(broken).ok).toBe(false);
  });

  it("never writes a graded need's content without the opt-in", () => {
    const xml = xmlFor(planFor("nb", false));
    expect(xml).not.toContain("Hemmelig");
    expect(xml).toContain("[SKJERMET] N-002");
    expect(xmlFor(planFor("nb", true))).toContain("Hemmelig sambandsutstyr");
  });
});

describe("round trip", () => {
  const plan = planFor("nb", false);
  const read = readMspdi(xmlFor(plan));

  it("reads back the same tasks, hierarchy, dates and durations", () => {
    expect(read.saveVersion).toBe(14);
    expect(read.minutesPerDay).toBe(450);
    expect(read.tasks.map((t) => t.uid)).toEqual(plan.tasks.map((t) => t.uid));
    for (const [i, t] of plan.tasks.entries()) {
      const r = read.tasks[i];
      expect(r).toMatchObject({
        id: t.id,
        name: xmlSafeText(t.name),
        outlineNumber: t.outlineNumber,
        outlineLevel: t.outlineLevel,
        summary: t.summary,
        start: `${t.start}T08:00:00`,
        finish: `${t.finish}T16:00:00`,
        priority: t.priority,
        notes: xmlSafeText(t.notes),
      });
      expect(minutesOfMspdiDuration(r?.duration ?? "")).toBe(t.workingDays * 450);
      expect(r?.deadline).toBe(t.deadline === undefined ? undefined : `${t.deadline}T16:00:00`);
      expect(r?.fields.key).toBe(t.key);
      expect(r?.fields.needId).toBe(t.needId);
    }
  });

  it("keeps names with XML special characters and drops characters XML cannot hold", () => {
    const n1 = read.tasks.find((t) => t.fields.key === "ap:need:N-001");
    expect(n1?.name).toBe("N-001 – Patruljebiler & <båter>");
    expect(n1?.notes.startsWith("Nye biler til UP")).toBe(true);
  });

  it("reads back the same finish-to-start links and lags", () => {
    for (const [i, t] of plan.tasks.entries()) {
      expect(read.tasks[i]?.predecessors).toEqual(
        t.predecessors.map((l) => ({ predecessorUid: l.predecessorUid, type: 1, linkLag: l.lagDays * 4500 })),
      );
    }
    expect(read.tasks.filter((t) => t.constraintType === 4)).toHaveLength(
      plan.tasks.filter((t) => t.startNoEarlierThan).length,
    );
  });

  it("reads back the same resources, assignments and holidays", () => {
    expect(read.resources.map((r) => [r.uid, r.name, r.code, r.group, r.maxUnits])).toEqual(
      plan.resources.map((r) => [r.uid, r.name, r.personId, r.group, r.maxUnits]),
    );
    expect(
      read.assignments.map((a) => [a.uid, a.taskUid, a.resourceUid, a.units, minutesOfMspdiDuration(a.work)]),
    ).toEqual(plan.assignments.map((a) => [a.uid, a.taskUid, a.resourceUid, a.units, a.workMinutes]));
    const [base, ...personal] = read.calendars;
    expect(base?.exceptions.find((e) => e.from.startsWith("2027-07-12"))?.name).toBe("Fellesferie");
    expect(base?.exceptions.find((e) => e.from.startsWith("2027-03-25"))?.name).toBe("2027-03-25–2027-03-29");
    expect(base?.isBase).toBe(true);
    expect(base?.exceptions.map((e) => [e.from.slice(0, 10), e.to.slice(0, 10), e.working])).toEqual(
      plan.calendar.holidays.map((h) => [h.from, h.to, false]),
    );
    expect(personal.map((c) => c.baseUid)).toEqual(plan.resources.map(() => base?.uid));
    for (const r of read.resources) expect(personal.map((c) => c.uid)).toContain(r.calendarUid);
    const kari = read.resources.find((r) => r.name === "Kari Nordmann");
    const kariCalendar = personal.find((c) => c.uid === kari?.calendarUid);
    expect(kariCalendar?.exceptions.map((e) => [e.from, e.to])).toEqual([
      ["2027-02-15T00:00:00", "2027-02-19T23:59:00"],
    ]);
  });

  it("recovers the UIDs of an earlier version from its file", () => {
    const previous = previousUidsFromMspdi(xmlFor(plan));
    expect(previous.needs?.get("N-002")).toBe(plan.tasks.find((t) => t.key === "ap:need:N-002")?.uid);
    expect(previous.categories?.size).toBe(3);
    expect(previous.resources?.get("law-1")).toBe(plan.resources.find((r) => r.personId === "law-1")?.uid);
    expect(() => readMspdi("<Other/>")).toThrow(/no <Project> root/);
  });
});

describe("mspdiFormat", () => {
  it("writes durations as Project does and reads them back", () => {
    expect(mspdiDuration(2250)).toBe("PT37H30M0S");
    expect(mspdiDuration(0)).toBe("PT0H0M0S");
    expect(minutesOfMspdiDuration("PT37H30M0S")).toBe(2250);
    expect(() => minutesOfMspdiDuration("5d")).toThrow(/Not an MSPDI duration/);
  });

  it("writes each task's work as its assignments imply, summaries the sum below them, and reads it back", () => {
    const plan = planFor("nb", true);
    const xml = xmlFor(plan);
    expect(validateMspdi(xml).output).toBe("");
    const read = readMspdi(xml);
    const own = new Map<number, number>();
    for (const a of plan.assignments) own.set(a.taskUid, (own.get(a.taskUid) ?? 0) + a.workMinutes);
    expect(plan.assignments.length).toBeGreaterThan(0);
    plan.tasks.forEach((t, i) => {
      const written = read.tasks.find((r) => r.uid === t.uid);
      expect(written?.work).toMatch(/^PT\d+H\d+M\d+S$/);
      const below = plan.tasks.slice(i + 1);
      const end = below.findIndex((b) => b.outlineLevel <= t.outlineLevel);
      const subtree = t.summary ? below.slice(0, end < 0 ? below.length : end).filter((b) => !b.summary) : [];
      const expected = (own.get(t.uid) ?? 0) + subtree.reduce((sum, b) => sum + (own.get(b.uid) ?? 0), 0);
      expect(minutesOfMspdiDuration(written?.work ?? "")).toBe(expected);
    });
    // Work is not all zero: some phase tasks carry a lead's or a lawyer's hours.
    expect(read.tasks.filter((r) => minutesOfMspdiDuration(r.work) > 0).length).toBeGreaterThan(
      plan.tasks.length / 3,
    );
    const project = read.tasks.find((r) => r.outlineLevel === 1 && r.summary);
    if (project) expect(minutesOfMspdiDuration(project.work)).toBeGreaterThan(0);
  });
});

// Tests of the Project feature's catalogue: the same keys in both languages, and labels for every
// phase, procedure, role and custom field.
import { fillPlaceholders } from "../../src/domain/projectPlan/fillPlaceholders";
import {
  describeNeedProgress,
  projectFieldAliases,
  projectMessages,
  projectPlanLabels,
} from "../../src/i18n/projectMessages";
import { PHASES } from "../../src/domain/scheduling/scheduleTypes";
import { PROCEDURES } from "../../src/domain/rules/thresholds";
import { PLAN_CUSTOM_FIELDS } from "../../src/domain/projectPlan/customFields";

describe("projectMessages", () => {
  it("has the same keys in bokmål and English, none empty", () => {
    expect(Object.keys(projectMessages.en).sort()).toEqual(Object.keys(projectMessages.nb).sort());
    for (const text of [...Object.values(projectMessages.nb), ...Object.values(projectMessages.en)]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it("labels every phase, procedure, role and custom field in both languages", () => {
    for (const locale of ["nb", "en"] as const) {
      const labels = projectPlanLabels(locale, 2028);
      expect(labels.projectName).toContain("2028");
      for (const p of PHASES) expect(labels.phases[p]).not.toMatch(/^phase\./);
      for (const p of PROCEDURES) expect(labels.procedures[p]).not.toMatch(/^procedure\./);
      expect(labels.roles.lawyer).not.toMatch(/^role\./);
      const aliases = projectFieldAliases(locale);
      for (const f of PLAN_CUSTOM_FIELDS) expect(aliases[f.name]).not.toMatch(/^field\./);
    }
    expect(projectPlanLabels("nb", 2027).phases["award-standstill"]).toBe("Tildeling og karensperiode");
    expect(projectPlanLabels("en", 2027).notes.late).toBe(
      "Late: {value} {value|day|days} after the deadline",
    );
    expect(fillPlaceholders(projectPlanLabels("en", 2027).notes.late, { value: 1 })).toBe(
      "Late: 1 day after the deadline",
    );
  });

  it("describes a need's progress for the feedback to the unit", () => {
    expect(
      describeNeedProgress(
        {
          needId: "N-1",
          status: "in-progress",
          percentComplete: 45,
          actualStart: "2027-01-18",
          contractSigned: "2027-05-07",
        },
        "nb",
      ),
    ).toBe("Under arbeid: 45 % fullført. Startet 18.01.2027. Kontrakt signert 07.05.2027.");
    expect(
      describeNeedProgress(
        {
          needId: "N-1",
          status: "completed",
          percentComplete: 100,
          actualStart: "2027-01-18",
          actualFinish: "2027-06-01",
        },
        "en",
      ),
    ).toBe("Completed. Started 18/01/2027. Finished 01/06/2027.");
    expect(describeNeedProgress({ needId: "N-2", status: "not-started", percentComplete: 0 }, "nb")).toBe(
      "Ikke startet i Project.",
    );
  });
});

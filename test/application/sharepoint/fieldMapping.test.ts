/** Pure mapping between SharePoint fields and raw need records, and the mapping suggestion. */
import {
  columnValueOf,
  rawRecordOf,
  sameColumnValue,
  selectKeys,
  type MappingIssue,
} from "../../../src/application/sharepoint/fieldMapping";
import {
  defaultFieldMapping,
  intakeListDefinition,
  parseFieldMapping,
  type ColumnSpec,
} from "../../../src/application/sharepoint/listSchemas";
import { suggestMapping } from "../../../src/application/sharepoint/setupLists";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";

const config = defaultPlanConfig(2027);
const criteria = ["reach"];
const columns = intakeListDefinition(config, criteria, "kav-list").columns;
const mapping = defaultFieldMapping(criteria);
const byName = new Map(columns.map((c) => [c.name, c]));

describe("field mapping", () => {
  it("selects lookups and person columns by their LookupId keys", () => {
    const keys = selectKeys(mapping, columns);
    expect(keys).toContain("ContactLookupId");
    expect(keys).toContain("ExistingContractLookupId");
    expect(keys).toContain("Feedback");
    expect(keys).not.toContain("Contact");
  });

  it("maps typed values to raw values and reports lookups it cannot resolve", () => {
    const issues: MappingIssue[] = [];
    const record = rawRecordOf(
      "12",
      {
        NeedId: "B-1",
        Title: "Kjøretøy",
        NeededBy: "2027-01-14T23:00:00Z",
        EstimatedValue: 2500000,
        SecurityGraded: true,
        ContactLookupId: "4",
        ExistingContractLookupId: "99",
        SharedWithUnits: ["oslo", "vest"],
        ScoreReach: 3,
        Description: null,
      },
      mapping,
      byName,
      {
        timeZone: "Europe/Oslo",
        resolve: (c, id) => (c.kind === "person" && id === "4" ? "kari@politiet.no" : undefined),
        issues,
      },
    );
    expect(record).toEqual({
      id: "B-1",
      title: "Kjøretøy",
      neededBy: "2027-01-15",
      estimatedValue: 2500000,
      securityGraded: true,
      contact: "kari@politiet.no",
      existingContractId: "#99",
      sharedWithUnits: ["oslo", "vest"],
      score_reach: 3,
    });
    expect(issues).toEqual([
      { itemId: "12", field: "existingContractId", code: "unresolved-lookup", detail: "ExistingContract#99" },
    ]);
  });

  it("writes dates as local midnight and compares them as calendar days", () => {
    const date = byName.get("PlannedStart") as ColumnSpec;
    expect(columnValueOf(date, "2027-07-01", "Europe/Oslo")).toBe("2027-06-30T22:00:00Z");
    expect(sameColumnValue(date, "2027-06-30T22:00:00Z", "2027-07-01", "Europe/Oslo")).toBe(true);
    expect(sameColumnValue(byName.get("Rank") as ColumnSpec, 3, "3", "Europe/Oslo")).toBe(true);
    expect(sameColumnValue(byName.get("Feedback") as ColumnSpec, undefined, "", "Europe/Oslo")).toBe(true);
    expect(() => columnValueOf(byName.get("Rank") as ColumnSpec, "tre", "Europe/Oslo")).toThrow(
      "Column Rank: not a number: tre",
    );
  });

  it("suggests a mapping for a hand-made list by internal or Norwegian display names", () => {
    const handMade: ColumnSpec[] = [
      { name: "Title", displayName: "Tittel", kind: "text" },
      { name: "BehovID", displayName: "Behov-ID", kind: "text" },
      { name: "Enhet", displayName: "Enhet", kind: "text" },
      { name: "field_7", displayName: "Estimert verdi (NOK eks. mva)", kind: "currency" },
      { name: "Modified", displayName: "Endret", kind: "dateTime", readOnly: true },
    ];
    const suggested = suggestMapping(handMade, config, criteria);
    expect(suggested.needFields).toEqual({
      id: "BehovID",
      title: "Title",
      unit: "Enhet",
      estimatedValue: "field_7",
    });
  });

  it("reads a mapping file, filling write-back defaults, and names a bad entry", () => {
    expect(parseFieldMapping({ needFields: { id: "BehovID", title: "Title" } })).toEqual({
      needFields: { id: "BehovID", title: "Title" },
      writeBack: defaultFieldMapping([]).writeBack,
    });
    expect(() => parseFieldMapping({ needFields: { id: 7 } })).toThrow(
      "needFields.id must be an internal column name.",
    );
    expect(() => parseFieldMapping({ needFields: {}, writeBack: { rank: "" } })).toThrow("writeBack.rank");
    expect(() => parseFieldMapping([])).toThrow("needFields");
  });
});

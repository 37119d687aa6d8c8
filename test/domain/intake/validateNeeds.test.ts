// Behaviour of validateNeeds beyond single rules: the typed need, defaults, all errors of a record,
// the duplicate and cascade rules, input order and the count invariant.
import type { RawRecord } from "../../../src/domain/intake/intakeTypes";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { aMinimalRawNeed, aRawNeed, anIntakeContext } from "./intakeBuilders";

const validate = (records: readonly unknown[]) =>
  validateNeeds(records as readonly RawRecord[], anIntakeContext());

describe("validateNeeds", () => {
  it("turns a record with Norwegian strings into a typed need", () => {
    const { accepted, rejected } = validate([aRawNeed()]);
    expect(rejected).toEqual([]);
    expect(accepted).toEqual([
      {
        id: "N-0001",
        title: "Nye patruljebiler",
        description: "Utskifting av 40 patruljebiler",
        rationale: "Dagens avtale løper ut",
        unit: "oslo",
        contact: "kari.nordmann@politiet.no",
        area: "Materiell",
        category: "materiell",
        subcategory: "kjoretoy",
        insightSource: "kav-expiry",
        deliveryTrack: "basis",
        contractType: "goods",
        estimatedValue: 1_500_000.5,
        neededBy: "2027-01-15",
        existingContractId: "KAV-0001",
        securityGraded: false,
        fundingStatus: "partly-funded",
        dependsOn: [],
        joint: { nordic: true, armedForces: false, sharedWithUnits: ["kripos", "ost"] },
        complexity: "high",
        scores: { reach: 4, maturity: 3 },
        status: "submitted",
      },
    ]);
  });

  it("fills the documented defaults for optional fields", () => {
    const [need] = validate([aMinimalRawNeed()]).accepted;
    expect(need).toEqual({
      id: "N-0002",
      title: "Lisenser",
      description: "",
      rationale: "",
      unit: "kripos",
      contact: "",
      area: "IKT",
      category: "ikt",
      insightSource: "submission",
      deliveryTrack: "hurtig",
      contractType: "services",
      estimatedValue: 250_000,
      securityGraded: false,
      fundingStatus: "unfunded",
      dependsOn: [],
      joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
      complexity: "medium",
      scores: {},
      status: "submitted",
    });
  });

  it("accepts English words, JS numbers and booleans, ISO dates from Graph, and lists as arrays", () => {
    const record = aRawNeed({
      id: 42,
      area: "real estate",
      category: "tjenester-eiendom",
      subcategory: "Bygg og anlegg",
      contractType: "works",
      deliveryTrack: "fast-track",
      insightSource: "market",
      fundingStatus: "funded",
      complexity: "LOW",
      status: "Under analyse",
      estimatedValue: 57_800_000,
      neededBy: "2027-06-14T22:00:00Z",
      securityGraded: true,
      jointNordic: "no",
      jointArmedForces: 1,
      sharedWithUnits: ["PIT", "Sør-Øst"],
      score_reach: 5,
      score_maturity: "",
    });
    const [need] = validate([record, aMinimalRawNeed({ dependsOn: ["42"] })]).accepted;
    expect(need).toMatchObject({
      id: "42",
      area: "Eiendom",
      category: "tjenester-eiendom",
      subcategory: "bygg",
      contractType: "works",
      deliveryTrack: "hurtig",
      insightSource: "market",
      fundingStatus: "funded",
      complexity: "low",
      status: "in-analysis",
      estimatedValue: 57_800_000,
      neededBy: "2027-06-15",
      securityGraded: true,
      joint: { nordic: false, armedForces: true, sharedWithUnits: ["pit", "sor-ost"] },
      scores: { reach: 5 },
    });
  });

  it("trims text but keeps it verbatim otherwise", () => {
    const title = "  =SUM(A1)  «Biler»\tog  båter ";
    const [need] = validate([aRawNeed({ title })]).accepted;
    expect(need?.title).toBe("=SUM(A1)  «Biler»\tog  båter");
  });

  it("ignores system columns SharePoint adds and blank scores of unknown criteria", () => {
    const record = aRawNeed({ "@odata.etag": '"1,2"', Modified: "2026-10-01T10:00:00Z", score_retired: "" });
    expect(validate([record]).accepted).toHaveLength(1);
  });

  it("collects every error of a record, in field order", () => {
    const record = aRawNeed({
      title: "",
      unit: "Mars",
      estimatedValue: "abc",
      neededBy: "31.04.2027",
      score_reach: 0,
    });
    const [rejected] = validate([record]).rejected;
    expect(rejected?.errors.map((e) => [e.field, e.code])).toEqual([
      ["title", "required"],
      ["unit", "unknown-unit"],
      ["estimatedValue", "invalid-number"],
      ["neededBy", "impossible-date"],
      ["score_reach", "invalid-score"],
    ]);
    expect(rejected?.errors.every((e) => e.itemId === "N-0001" && e.row === 1)).toBe(true);
    expect(rejected?.errors[2]?.params).toEqual({ value: "abc" });
  });

  it("rejects a record without id under #row and still reports its other errors", () => {
    const { rejected } = validate([aRawNeed(), aRawNeed({ id: undefined, area: "Sjø" })]);
    expect(rejected).toEqual([
      {
        itemId: "#2",
        row: 2,
        errors: [
          { itemId: "#2", row: 2, field: "id", code: "required", params: {} },
          {
            itemId: "#2",
            row: 2,
            field: "area",
            code: "unknown-value",
            params: { value: "Sjø", allowed: "Materiell, Eiendom, IKT, Anskaffelser" },
          },
        ],
        submitted: {
          title: "Nye patruljebiler",
          unit: "Oslo politidistrikt",
          contact: "kari.nordmann@politiet.no",
          estimatedValue: "1 500 000,50",
          neededBy: "15.01.2027",
        },
      },
    ]);
  });

  it("keeps what a rejected record submitted, but nothing of a (maybe) graded record", () => {
    const { rejected } = validate([
      aRawNeed({ estimatedValue: "mye", neededBy: "" }),
      aRawNeed({ id: "N-0002", securityGraded: "Ja", estimatedValue: "mye" }),
      aRawNeed({ id: "N-0003", securityGraded: "kanskje" }),
    ]);
    expect(rejected.map((r) => ({ ...r.submitted }))).toEqual([
      {
        title: "Nye patruljebiler",
        unit: "Oslo politidistrikt",
        contact: "kari.nordmann@politiet.no",
        estimatedValue: "mye",
      },
      {},
      {},
    ]);
  });

  it("keeps the first of duplicate ids and rejects every later one, naming the first row", () => {
    const records = [aRawNeed(), aRawNeed({ title: "B" }), aMinimalRawNeed(), aRawNeed({ title: "C" })];
    const { accepted, rejected } = validate(records);
    expect(accepted.map((n) => [n.id, n.title])).toEqual([
      ["N-0001", "Nye patruljebiler"],
      ["N-0002", "Lisenser"],
    ]);
    expect(rejected.map((r) => [r.itemId, r.row, r.errors.map((e) => e.params)])).toEqual([
      ["N-0001", 2, [{ value: "N-0001", firstRow: 1 }]],
      ["N-0001", 4, [{ value: "N-0001", firstRow: 1 }]],
    ]);
  });

  it("lets dependencies on a duplicated id refer to its first occurrence", () => {
    const records = [
      aRawNeed(),
      aRawNeed({ estimatedValue: "feil" }),
      aMinimalRawNeed({ dependsOn: "N-0001" }),
    ];
    const { accepted } = validate(records);
    expect(accepted.map((n) => n.id)).toEqual(["N-0001", "N-0002"]);
  });

  it("cascades rejection along dependency chains, naming the direct dependency", () => {
    const records = [
      aMinimalRawNeed({ id: "A", dependsOn: "B" }),
      aMinimalRawNeed({ id: "B", dependsOn: "C; D" }),
      aMinimalRawNeed({ id: "C", unit: "Atlantis" }),
      aMinimalRawNeed({ id: "D" }),
      aMinimalRawNeed({ id: "E", dependsOn: "D" }),
    ];
    const { accepted, rejected } = validate(records);
    expect(accepted.map((n) => n.id)).toEqual(["D", "E"]);
    expect(rejected.map((r) => [r.itemId, r.errors.map((e) => `${e.code}:${e.params.value}`)])).toEqual([
      ["A", ["dependency-rejected:B"]],
      ["B", ["dependency-rejected:C"]],
      ["C", ["unknown-unit:Atlantis"]],
    ]);
  });

  it("reports the dependencies of an otherwise rejected need too", () => {
    const { rejected } = validate([aMinimalRawNeed({ title: "", dependsOn: "X; N-0002" })]);
    expect(rejected[0]?.errors.map((e) => e.code)).toEqual([
      "required",
      "unknown-dependency",
      "self-dependency",
    ]);
  });

  it("keeps input order and the count invariant on a mixed batch", () => {
    const records = [
      null,
      aMinimalRawNeed({ id: "A" }),
      [1, 2],
      aMinimalRawNeed({ id: "B", estimatedValue: "1,5 mill" }),
      aMinimalRawNeed({ id: "A" }),
      42,
      aMinimalRawNeed({ id: "C", dependsOn: "B" }),
    ];
    const result = validate(records);
    expect(result.received).toBe(7);
    expect(result.accepted.map((n) => n.id)).toEqual(["A", "B", "C"]);
    expect(result.rejected.map((r) => [r.itemId, r.row])).toEqual([
      ["#1", 1],
      ["#3", 3],
      ["A", 5],
      ["#6", 6],
    ]);
  });

  it("accepts an empty batch", () => {
    expect(validate([])).toEqual({ received: 0, accepted: [], acceptedRows: [], rejected: [], warnings: [] });
  });
});

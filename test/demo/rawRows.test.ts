// The raw need rows: every valid row meets the documented input rules in SharePoint-like formats,
// and the planted invalid rows are where DEMO_INVALID_ROWS says, each with its fault.
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { DEMO_INVALID_ROWS } from "../../src/demo/invalidRows";
import { CONTRACT_TYPE_LABELS, DELIVERY_TRACK_LABELS } from "../../src/demo/rawFormat";
import { RAW_NEED_FIELDS, SCORE_FIELD_PREFIX, type RawRecord } from "../../src/domain/intake/intakeTypes";
import {
  COMPLEXITIES,
  CONTRACT_TYPES,
  DELIVERY_TRACKS,
  FUNDING_STATUSES,
  INSIGHT_SOURCES,
  NEED_STATUSES,
} from "../../src/domain/model/need";
import { AREAS } from "../../src/domain/model/organisation";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { SUBCATEGORY_PROFILES } from "../../src/demo/vocabulary";
import { isYesNo, readAmount, readDate, readUnit, validRows } from "./demoRows";

const tenant = generateDemoTenant();
const rows = validRows(tenant);
const REQUIRED = [
  "id",
  "title",
  "unit",
  "area",
  "category",
  "contractType",
  "estimatedValue",
  "deliveryTrack",
];
const scoreKeys = DEFAULT_CRITERIA.map((c) => `${SCORE_FIELD_PREFIX}${c.id}`);
const known = new Set<string>([...RAW_NEED_FIELDS, ...scoreKeys]);

/** Row numbers and names of the checks a row fails; an empty list when all pass. */
function failures(checks: (record: RawRecord) => Record<string, boolean>): string[] {
  return rows.flatMap(({ row, record }) =>
    Object.entries(checks(record))
      .filter(([, ok]) => !ok)
      .map(([name]) => `row ${row}: ${name}`),
  );
}

describe("valid demo rows", () => {
  it("have every required field, known field names and text within the limits", () => {
    const { title, text } = tenant.config.textLimits;
    const problems = failures((record) => ({
      ...Object.fromEntries(REQUIRED.map((f) => [`required ${f}`, String(record[f] ?? "").trim() !== ""])),
      "known fields": Object.keys(record).every((key) => known.has(key)),
      "title length": String(record.title).length <= title,
      "description length": String(record.description).length <= text,
      "rationale length": String(record.rationale).length <= text,
    }));
    expect(problems).toEqual([]);
  });

  it("name known units, areas, categories and choices", () => {
    const categories = new Map(
      tenant.config.mainCategories.map((c) => [c.id, c.subcategories.map((s) => s.id)]),
    );
    const tracks: unknown[] = [...DELIVERY_TRACKS, ...Object.values(DELIVERY_TRACK_LABELS)];
    const types: unknown[] = [...CONTRACT_TYPES, ...Object.values(CONTRACT_TYPE_LABELS)];
    const among = (list: readonly string[], value: unknown) => list.includes(String(value));
    const problems = failures((record) => ({
      unit: readUnit(tenant, record.unit) !== undefined,
      area: among(AREAS, record.area),
      subcategory: among(categories.get(String(record.category)) ?? [], record.subcategory),
      "area of subcategory":
        SUBCATEGORY_PROFILES.find((p) => p.subcategory === record.subcategory)?.area === record.area,
      deliveryTrack: tracks.includes(record.deliveryTrack),
      contractType: types.includes(record.contractType),
      insightSource: among(INSIGHT_SOURCES, record.insightSource),
      fundingStatus: among(FUNDING_STATUSES, record.fundingStatus),
      complexity: among(COMPLEXITIES, record.complexity),
      status: among(NEED_STATUSES, record.status),
      "yes/no flags": [record.securityGraded, record.jointNordic, record.jointArmedForces].every(isYesNo),
    }));
    expect(problems).toEqual([]);
  });

  it("carry readable amounts and real dates, scores 1–5 or empty", () => {
    const validScore = (score: unknown) =>
      score === undefined ||
      score === "" ||
      (typeof score === "number"
        ? Number.isInteger(score) && score >= 1 && score <= 5
        : /^[1-5]$/.test(String(score)));
    const problems = failures((record) => ({
      estimatedValue: (readAmount(record.estimatedValue) ?? 0) > 0,
      neededBy: record.neededBy === undefined || readDate(record.neededBy) !== undefined,
      scores: scoreKeys.every((key) => validScore(record[key])),
    }));
    expect(problems).toEqual([]);
  });

  it("come in the mixed formats of a SharePoint list", () => {
    const records = rows.map((r) => r.record);
    const some = (pick: (r: (typeof records)[number]) => boolean) => records.some(pick);
    expect(some((r) => typeof r.estimatedValue === "string" && /\d \d{3}/.test(r.estimatedValue))).toBe(true);
    expect(some((r) => typeof r.estimatedValue === "string" && r.estimatedValue.includes(","))).toBe(true);
    expect(some((r) => typeof r.estimatedValue === "number")).toBe(true);
    expect(some((r) => typeof r.neededBy === "string" && /^\d{2}\.\d{2}\.\d{4}$/.test(r.neededBy))).toBe(
      true,
    );
    expect(some((r) => typeof r.neededBy === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.neededBy))).toBe(true);
    expect(some((r) => r.securityGraded === "Ja")).toBe(true);
    expect(some((r) => typeof r.securityGraded === "boolean")).toBe(true);
    expect(some((r) => r.deliveryTrack === "Hurtigleveranse")).toBe(true);
    expect(some((r) => r.contractType === "Varer")).toBe(true);
    expect(some((r) => readUnit(tenant, r.unit) !== r.unit)).toBe(true);
    expect(some((r) => scoreKeys.some((k) => r[k] === "" || r[k] === undefined))).toBe(true);
  });
});

describe("DEMO_INVALID_ROWS", () => {
  it("lists about 2 % of the rows, each at its row with its id", () => {
    expect(DEMO_INVALID_ROWS.length / tenant.needs.length).toBeGreaterThan(0.015);
    expect(DEMO_INVALID_ROWS.length / tenant.needs.length).toBeLessThan(0.03);
    for (const invalid of DEMO_INVALID_ROWS) expect(tenant.needs[invalid.row - 1]?.id).toBe(invalid.id);
    expect(new Set(DEMO_INVALID_ROWS.map((r) => r.fault)).size).toBe(10);
  });

  it("plants the fault it names in each row", () => {
    const ids = new Set(tenant.needs.map((n) => String(n.id)));
    const contractIds = new Set(tenant.contracts.map((c) => c.id));
    for (const invalid of DEMO_INVALID_ROWS) {
      const record = tenant.needs[invalid.row - 1]!;
      const value = record[invalid.field];
      const faulty: Record<typeof invalid.fault, () => boolean> = {
        "invalid-number": () => readAmount(value) === undefined && typeof value === "string",
        "impossible-date": () => readDate(value) === undefined && /^\d{2}\.\d{2}\.\d{4}$/.test(String(value)),
        "unknown-unit": () => readUnit(tenant, value) === undefined,
        required: () => value === "",
        "duplicate-id": () => tenant.needs.filter((n) => n.id === value).length === 2,
        "unknown-dependency": () => !ids.has(String(value)),
        "dependency-cycle": () => tenant.needs.find((n) => n.id === value)?.dependsOn === invalid.id,
        "invalid-score": () => Number(value) > 5,
        "too-long": () => String(value).length > tenant.config.textLimits.title,
        "unknown-contract": () => !contractIds.has(String(value)) && record.insightSource === "kav-expiry",
      };
      expect([invalid.id, invalid.fault, faulty[invalid.fault]()]).toEqual([invalid.id, invalid.fault, true]);
    }
  });

  it("leaves every id unique apart from the deliberate duplicate", () => {
    const counts = new Map<string, number>();
    for (const n of tenant.needs) counts.set(String(n.id), (counts.get(String(n.id)) ?? 0) + 1);
    const repeated = [...counts].filter(([, c]) => c > 1).map(([id]) => id);
    expect(repeated).toEqual(DEMO_INVALID_ROWS.filter((r) => r.fault === "duplicate-id").map((r) => r.id));
  });

  it("is the same for another seed (fixed rows, whatever the seed)", () => {
    const other = generateDemoTenant({ seed: 7 });
    for (const invalid of DEMO_INVALID_ROWS) expect(other.needs[invalid.row - 1]?.id).toBe(invalid.id);
  });
});

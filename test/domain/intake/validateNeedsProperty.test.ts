// Property: for arbitrary record arrays, received = accepted + rejected, every record appears exactly
// once (accepted by id, rejected by row), in input order; and validation is deterministic.
import fc from "fast-check";
import type { RawRecord } from "../../../src/domain/intake/intakeTypes";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { aMinimalRawNeed, anIntakeContext } from "./intakeBuilders";

const ids = fc.constantFrom("A", "B", "C", "D", "E", " A ", "", "X;Y");
const messyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("1 500 000,50", "1,5 mill", "1,5,5", "kr 250 000", "-5", "15.01.2027", "30.02.2027"),
  fc.integer({ min: -10, max: 10 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
);
const record = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ id: ids, dependsOn: fc.array(ids, { maxLength: 3 }) })
      .map((r) => aMinimalRawNeed(r)),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        id: ids,
        field: fc.constantFrom(
          "title",
          "unit",
          "area",
          "estimatedValue",
          "neededBy",
          "score_reach",
          "dependsOn",
        ),
        value: messyValue,
      })
      .map(({ id, field, value }) => aMinimalRawNeed({ id, [field]: value })),
  },
  { weight: 1, arbitrary: messyValue },
);

/** The id a record is reported under: its trimmed id when it has a textual one, else `#<row>`. */
function expectedItemId(record: unknown, row: number): string {
  const id = typeof record === "object" && record !== null ? (record as RawRecord).id : undefined;
  const text =
    typeof id === "string" || typeof id === "number" || typeof id === "boolean" ? String(id).trim() : "";
  return text === "" ? `#${row}` : text;
}

describe("validateNeeds property", () => {
  it("accounts for every record exactly once, in input order, under its own id", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), (records) => {
        const input = records as readonly RawRecord[];
        const result = validateNeeds(input, anIntakeContext());
        expect(result.received).toBe(input.length);
        expect(result.accepted.length + result.rejected.length).toBe(input.length);

        const rowOfAccepted = result.accepted.map(
          (need) =>
            input.findIndex((r) => typeof r === "object" && r !== null && String(r.id).trim() === need.id) +
            1,
        );
        const rows = [...rowOfAccepted, ...result.rejected.map((r) => r.row)].sort((a, b) => a - b);
        expect(rows).toEqual(input.map((_, i) => i + 1));
        expect(rowOfAccepted).toEqual([...rowOfAccepted].sort((a, b) => a - b));
        expect(result.rejected.map((r) => r.row)).toEqual(
          result.rejected.map((r) => r.row).sort((a, b) => a - b),
        );
        for (const rejected of result.rejected) {
          expect(rejected.itemId).toBe(expectedItemId(input[rejected.row - 1], rejected.row));
          expect(rejected.errors.length).toBeGreaterThan(0);
          expect(rejected.errors.every((e) => e.row === rejected.row && e.itemId === rejected.itemId)).toBe(
            true,
          );
        }
        const acceptedIds = new Set(result.accepted.map((n) => n.id));
        expect(acceptedIds.size).toBe(result.accepted.length);
        for (const need of result.accepted)
          expect(need.dependsOn.every((d) => acceptedIds.has(d))).toBe(true);
        expect(validateNeeds(input, anIntakeContext())).toEqual(result);
      }),
      { numRuns: 300, seed: 2027 },
    );
  });
});

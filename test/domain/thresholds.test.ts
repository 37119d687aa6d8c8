// Tests of the threshold table: regime and default procedure by value, type, grading and date.
import {
  DEFAULT_THRESHOLDS,
  defaultProcedure,
  regimeFor,
  thresholdsOn,
} from "../../src/domain/rules/thresholds";

const on = "2027-01-15";
const goods = (v: number) => ({ estimatedValue: v, contractType: "goods" as const, securityGraded: false });

describe("thresholds", () => {
  it("maps values to regimes at the boundaries (2024-03-14 table)", () => {
    expect(regimeFor(goods(99_999), DEFAULT_THRESHOLDS, on)).toBe("outside-act");
    expect(regimeFor(goods(100_000), DEFAULT_THRESHOLDS, on)).toBe("part-I");
    expect(regimeFor(goods(1_299_999), DEFAULT_THRESHOLDS, on)).toBe("part-I");
    expect(regimeFor(goods(1_300_000), DEFAULT_THRESHOLDS, on)).toBe("part-II");
    expect(regimeFor(goods(1_490_000), DEFAULT_THRESHOLDS, on)).toBe("part-III");
    expect(regimeFor({ ...goods(50_000_000), contractType: "works" }, DEFAULT_THRESHOLDS, on)).toBe(
      "part-II",
    );
    expect(regimeFor({ ...goods(57_800_000), contractType: "works" }, DEFAULT_THRESHOLDS, on)).toBe(
      "part-III",
    );
    expect(regimeFor({ ...goods(4_600_000), securityGraded: true }, DEFAULT_THRESHOLDS, on)).toBe("fosa");
  });
  it("picks the row in force on the date", () => {
    const table = [
      ...DEFAULT_THRESHOLDS,
      { ...DEFAULT_THRESHOLDS[0]!, effectiveFrom: "2026-01-01", national: 1_400_000 },
    ];
    expect(thresholdsOn(table, "2025-06-01").national).toBe(1_300_000);
    expect(thresholdsOn(table, "2026-01-01").national).toBe(1_400_000);
  });
  it("gives default procedures", () => {
    expect(defaultProcedure(goods(500_000), DEFAULT_THRESHOLDS, on)).toBe("direct");
    expect(defaultProcedure(goods(1_400_000), DEFAULT_THRESHOLDS, on)).toBe("part-II");
    expect(defaultProcedure(goods(5_000_000), DEFAULT_THRESHOLDS, on)).toBe("open");
    expect(defaultProcedure({ ...goods(90_000_000), contractType: "works" }, DEFAULT_THRESHOLDS, on)).toBe(
      "negotiated",
    );
    expect(defaultProcedure({ ...goods(200_000), securityGraded: true }, DEFAULT_THRESHOLDS, on)).toBe(
      "security-graded",
    );
  });
});

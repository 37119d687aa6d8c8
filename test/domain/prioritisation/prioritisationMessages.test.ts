// The prioritisation catalogue: same keys in both locales, every code the engine emits is worded.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import {
  formatPrioritisationMessage,
  PRIORITISATION_MESSAGES,
} from "../../../src/i18n/prioritisationMessages";

describe("prioritisation messages", () => {
  it("has the same keys in nb and en", () => {
    expect(Object.keys(PRIORITISATION_MESSAGES.en).sort()).toEqual(
      Object.keys(PRIORITISATION_MESSAGES.nb).sort(),
    );
  });

  it("words every code the engine emits", () => {
    const dir = join(__dirname, "../../../src/domain/prioritisation");
    const source = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    const codes = new Set([...source.matchAll(/code: "([a-z-]+)"/g)].map((m) => m[1] as string));
    for (const suffix of ["budget", "capacity"]) codes.add(`explain-out-${suffix}`);
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(Object.keys(PRIORITISATION_MESSAGES.nb)).toContain(code);
  });

  it("names criteria in the user's language when the criteria are given", () => {
    const m = {
      code: "explain-criterion",
      params: { criterion: "reach", score: 3, weight: 10, contribution: 0.3 },
    };
    expect(formatPrioritisationMessage(m, "nb", DEFAULT_CRITERIA)).toBe(
      "Rekkevidde (enheter berørt): 3 × 10 % = 0,30.",
    );
    expect(formatPrioritisationMessage(m, "en", DEFAULT_CRITERIA)).toBe(
      "Reach (units affected): 3 × 10 % = 0.30.",
    );
    expect(formatPrioritisationMessage(m, "en")).toBe("reach: 3 × 10 % = 0.30.");
  });

  it("gives every contribution two decimals, whole or not", () => {
    const line = (score: number, weight: number) => ({
      code: "explain-criterion",
      params: { criterion: "reach", score, weight, contribution: (score * weight) / 100 },
    });
    expect(formatPrioritisationMessage(line(5, 20), "nb")).toBe("reach: 5 × 20 % = 1,00.");
    expect(formatPrioritisationMessage(line(5, 25), "nb")).toBe("reach: 5 × 25 % = 1,25.");
    expect(formatPrioritisationMessage(line(5, 20), "en")).toBe("reach: 5 × 20 % = 1.00.");
  });

  it("words the force reason in the user's language", () => {
    const m = { code: "explain-forced-in", params: { reason: "legal-obligation", comment: "" } };
    expect(formatPrioritisationMessage(m, "nb")).toBe("Tvunget inn: lovpålagt.");
    expect(formatPrioritisationMessage(m, "en")).toBe("Forced in: legal obligation.");
  });

  it("names the main category of a lead-capacity limit when the categories are given", () => {
    const line = {
      code: "explain-out-capacity",
      params: { limits: "leads:materiell, lawyers" },
    };
    const categories = [{ id: "materiell", name: "Materiell og utstyr" }];
    const nb = formatPrioritisationMessage(line, "nb", [], categories);
    expect(nb).toContain("anskaffelsesledere i Materiell og utstyr");
    expect(nb).not.toContain("leads:");
    expect(formatPrioritisationMessage(line, "nb")).toContain("anskaffelsesledere i materiell");
  });
});

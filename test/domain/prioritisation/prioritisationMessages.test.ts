// The prioritisation catalogue: same keys in both locales, every code the engine emits is worded.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
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

  it("words the force reason in the user's language", () => {
    const m = { code: "explain-forced-in", params: { reason: "legal-obligation", comment: "" } };
    expect(formatPrioritisationMessage(m, "nb")).toBe("Tvunget inn: lovpålagt.");
    expect(formatPrioritisationMessage(m, "en")).toBe("Forced in: legal obligation.");
  });
});

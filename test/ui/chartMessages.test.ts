// The charts' catalogue: same keys and placeholders in bokmål and English, no empty texts, a name
// for every stage and quadrant the chart data can carry.
import { KRALJIC_QUADRANTS } from "../../src/application/charts/kraljicChart";
import { WHEEL_STAGES } from "../../src/domain/planYear/planYearDefaults";
import { CHART_MESSAGES } from "../../src/i18n/chartMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("chart messages", () => {
  it("has the same keys and placeholders in both locales and no empty texts", () => {
    expect(Object.keys(CHART_MESSAGES.en).sort()).toEqual(Object.keys(CHART_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(CHART_MESSAGES.nb)) {
      const en = CHART_MESSAGES.en[key] ?? "";
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(nb) });
      expect(nb.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
    }
  });

  it("names every wheel stage and Kraljic quadrant", () => {
    const keys = Object.keys(CHART_MESSAGES.nb);
    for (const stage of WHEEL_STAGES.filter((s) => s !== "before"))
      expect(keys).toContain(`wheel.stage.${stage}`);
    for (const q of KRALJIC_QUADRANTS) expect(keys).toContain(`kraljic.quadrant.${q}`);
  });
});

// The task pane catalogue: same keys and placeholders in bokmål and English, no empty texts.
import { RAW_NEED_FIELDS } from "../../src/domain/intake/intakeTypes";
import { uiMessages } from "../../src/i18n/uiMessages";
import { fieldLabel } from "../../src/taskpane/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("uiMessages", () => {
  it("has the same keys in both locales", () => {
    expect(Object.keys(uiMessages.en).sort()).toEqual(Object.keys(uiMessages.nb).sort());
  });

  it("uses the same placeholders in both locales and no empty texts", () => {
    for (const [key, nb] of Object.entries(uiMessages.nb)) {
      const en = uiMessages.en[key] ?? "";
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(nb) });
      expect(nb.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
    }
  });

  it("names every raw need field in both locales and shows unknown fields as they are", () => {
    for (const field of RAW_NEED_FIELDS) {
      expect(uiMessages.nb[`field.${field}`]).toBeDefined();
      expect(uiMessages.en[`field.${field}`]).toBeDefined();
    }
    expect(fieldLabel("nb", "estimatedValue")).toBe("Estimert verdi");
    expect(fieldLabel("en", "score_reach")).toBe("score_reach");
  });
});

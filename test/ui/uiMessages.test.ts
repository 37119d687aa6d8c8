// The task pane catalogue: same keys and placeholders in bokmål and English, no empty texts.
import { uiMessages } from "../../src/i18n/uiMessages";

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
});

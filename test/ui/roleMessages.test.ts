// The role views' catalogue: same keys and placeholders in bokmål and English, no empty texts,
// and a label for every role the switch offers.
import { PANE_ROLES } from "../../src/application/pane/panePreferences";
import { roleMessages } from "../../src/i18n/roleMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("roleMessages", () => {
  it("has the same keys in both locales", () => {
    expect(Object.keys(roleMessages.en).sort()).toEqual(Object.keys(roleMessages.nb).sort());
  });

  it("uses the same placeholders in both locales and no empty texts", () => {
    for (const [key, nb] of Object.entries(roleMessages.nb)) {
      const en = roleMessages.en[key] ?? "";
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(nb) });
      expect(nb.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
    }
  });

  it("names every role and its view", () => {
    for (const role of PANE_ROLES) {
      expect(roleMessages.nb[`role.${role}`]).toBeDefined();
      expect(roleMessages.en[`view.${role}`]).toBeDefined();
    }
  });
});

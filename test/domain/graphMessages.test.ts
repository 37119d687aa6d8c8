/**
 * The Graph catalogue: the same keys and placeholders in bokmål and English, and a text for every
 * key the code builds at run time (auth routes, progress phases, write-back fields, failure reasons).
 */
import { GRAPH_MESSAGES, publishFailureText } from "../../src/i18n/graphMessages";
import { WRITE_BACK_FIELDS } from "../../src/application/sharepoint/listSchemas";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("graph messages", () => {
  it("has the same keys and placeholders in both languages", () => {
    expect(Object.keys(GRAPH_MESSAGES.en).sort()).toEqual(Object.keys(GRAPH_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(GRAPH_MESSAGES.nb)) {
      expect({ key, p: placeholders(GRAPH_MESSAGES.en[key] ?? "") }).toEqual({ key, p: placeholders(nb) });
    }
    expect(GRAPH_MESSAGES.nb["auth.unavailable.project"]).toContain("Project");
  });

  it("has a text for every key the pane builds at run time", () => {
    const built = [
      ...["naa", "dialog", "browser"].map((r) => `pane.auth.route.${r}`),
      ...["resolve", "full", "delta", "lookups", "write"].map((p) => `pane.phase.${p}`),
      ...["full", "delta", "resync"].map((m) => `sync.mode.${m}`),
      ...WRITE_BACK_FIELDS.map((f) => `writeBack.${f}`),
      "pane.auth.noClientId",
    ];
    for (const key of built) {
      expect({ key, nb: GRAPH_MESSAGES.nb[key] !== undefined }).toEqual({ key, nb: true });
      expect({ key, en: GRAPH_MESSAGES.en[key] !== undefined }).toEqual({ key, en: true });
    }
  });

  it("words the tool's own publish failures in the user's language", () => {
    const duplicate = {
      needId: "BH-0042",
      status: 409,
      message: "items 42, 219 carry this need id",
      reason: "duplicate-need-id" as const,
      itemIds: ["42", "219"],
    };
    expect(publishFailureText("nb", duplicate)).toBe(
      "Behov BH-0042 ble ikke skrevet: elementene 42, 219 har samme behovs-ID. Rydd i listen og publiser på nytt.",
    );
    expect(publishFailureText("en", { ...duplicate, reason: "edited-repeatedly" })).toContain(
      "others edited the item again and again",
    );
    expect(publishFailureText("nb", { needId: "BH-1", status: 500, message: "Internal" })).toBe(
      "Behov BH-1 ble ikke skrevet (status 500): Internal",
    );
  });
});

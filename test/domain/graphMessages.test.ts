/** The Graph catalogue has the same keys in bokmål and English, and the auth keys the manager uses. */
import { GRAPH_MESSAGES } from "../../src/i18n/graphMessages";

describe("graph messages", () => {
  it("has the same keys in both languages", () => {
    expect(Object.keys(GRAPH_MESSAGES.en).sort()).toEqual(Object.keys(GRAPH_MESSAGES.nb).sort());
    expect(GRAPH_MESSAGES.nb["auth.unavailable.project"]).toContain("Project");
  });
});

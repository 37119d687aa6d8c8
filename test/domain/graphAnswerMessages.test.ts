// Unreadable and refused Graph answers in words: the pane's message points to sign-in, the CLI's to
// the token variable; the keys the pane reads from GraphAnswerError exist in both languages.
import { GraphAnswerError } from "../../src/application/sharepoint/listGateway";
import { GRAPH_MESSAGES, graphAnswerText } from "../../src/i18n/graphMessages";
import { translate } from "../../src/i18n/locale";

describe("Graph answer messages", () => {
  const unauthorized = new GraphAnswerError("unauthorized", "GET /sites/x/lists", "401");
  const unreadable = new GraphAnswerError("unreadable", "GET /sites/x/lists/y/items", "Unterminated string");

  it("a 401 says sign in (pane) or set the token variable (CLI)", () => {
    expect(graphAnswerText("nb", unauthorized, "pane")).toBe(
      "SharePoint avviste tilgangen (401) på forespørselen GET /sites/x/lists. Logg inn på nytt i SharePoint-fanen.",
    );
    expect(graphAnswerText("en", unauthorized, "cli", "ANSKAFFELSESPLAN_TOKEN")).toContain(
      "Set a valid access token in the environment variable ANSKAFFELSESPLAN_TOKEN.",
    );
  });

  it("the pane's keys and params exist in both languages and never quote parser internals", () => {
    for (const error of [unauthorized, unreadable])
      for (const locale of ["nb", "en"] as const) {
        expect(GRAPH_MESSAGES[locale][error.messageKey]).toBeDefined();
        const text = translate(GRAPH_MESSAGES, locale, error.messageKey, error.messageParams);
        expect(text).toContain(error.request);
        expect(text).not.toContain("Unterminated");
        expect(text).not.toMatch(/\{\w+\}/);
      }
  });
});

// The UI locale: Office's display language inside a host, the browser's language outside.
import { pickLocale } from "../../src/taskpane/pickLocale";

describe("pickLocale", () => {
  it("follows Office's display language inside Excel and Project", () => {
    expect(pickLocale("excel", "en-US", "nb-NO")).toBe("en");
    expect(pickLocale("project", "nb-NO", "en-US")).toBe("nb");
  });

  it("follows the browser's language outside Office", () => {
    expect(pickLocale("none", undefined, "en-GB")).toBe("en");
    expect(pickLocale("none", "en-US", "nb-NO")).toBe("nb");
  });

  it("falls back to the browser's language when Office reports none, and to bokmål otherwise", () => {
    expect(pickLocale("excel", undefined, "en-US")).toBe("en");
    expect(pickLocale("none", undefined, "de-DE")).toBe("nb");
  });
});

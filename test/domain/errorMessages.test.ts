// The coded errors' catalogue and errorText: every code in both languages, coded errors, network
// failures and cancellations in the user's language, anything else marked unexpected; and the plural
// choice `{name|one|other}` of the catalogues' templates.
import { CodedError } from "../../src/application/codedError";
import { ERROR_MESSAGES, errorText, isNetworkFailure } from "../../src/i18n/errorMessages";
import { fillTemplate } from "../../src/i18n/locale";
import { GRAPH_MESSAGES } from "../../src/i18n/graphMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("error messages", () => {
  it("has every key in both languages with the same placeholders", () => {
    expect(Object.keys(ERROR_MESSAGES.en).sort()).toEqual(Object.keys(ERROR_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(ERROR_MESSAGES.nb))
      expect({ key, p: placeholders(ERROR_MESSAGES.en[key] ?? "") }).toEqual({ key, p: placeholders(nb) });
  });

  it("says a coded error in the user's language, naming the setting by its label", () => {
    const error = new CodedError("settings.notHttps", { field: "siteUrl" });
    expect(error.message).toBe(
      "The setting “siteUrl” must be an https:// address. Correct it and try again.",
    );
    expect(errorText(error, "nb")).toBe(
      "Innstillingen «Områdets adresse (URL)» må være en https://-adresse. Rett den og prøv igjen.",
    );
    expect(errorText(new CodedError("siteUrl.invalid", { value: "politiet" }), "nb")).toContain(
      "«politiet» er ikke en adresse til et SharePoint-område",
    );
  });

  it("says what to do about a network failure, in both languages", () => {
    const failure = new TypeError("Failed to fetch");
    expect(isNetworkFailure(failure)).toBe(true);
    expect(isNetworkFailure(new Error("Failed to fetch"))).toBe(false);
    expect(errorText(failure, "nb")).toMatch(/^Fikk ikke kontakt med tjenesten\. Sjekk nettverket/);
    expect(errorText(failure, "en")).toMatch(/^Could not reach the service\. Check your network/);
    expect(errorText(failure, "nb")).not.toContain("Failed to fetch");
  });

  it("says what to do about Graph's error answers by their status", () => {
    const answer = (statusCode: number) => Object.assign(new Error("Access denied"), { statusCode });
    expect(errorText(answer(403), "nb")).toMatch(/^SharePoint nektet tilgang \(403\)\. Logg inn på nytt/);
    expect(errorText(answer(404), "en")).toMatch(/^SharePoint did not find what was asked for \(404\)/);
    expect(errorText(answer(429), "nb")).toBe(
      "SharePoint er opptatt akkurat nå (429). Vent litt, og prøv igjen.",
    );
    expect(errorText(answer(500), "nb")).toContain("SharePoint svarte med feil 500.");
  });

  it("keeps the Graph feature's own keys and marks anything else as unexpected", () => {
    const cancelled = Object.assign(new Error("x"), { messageKey: "auth.cancelled" });
    expect(errorText(cancelled, "nb")).toBe(GRAPH_MESSAGES.nb["auth.cancelled"]);
    expect(errorText(new DOMException("gone", "AbortError"), "en")).toBe("Cancelled.");
    expect(errorText(new Error("boom"), "nb")).toBe(
      "Noe uventet gikk galt. Prøv igjen; fortsetter feilen, send denne teksten til brukerstøtte: boom",
    );
  });
});

describe("plural choices in templates", () => {
  const template = "{n} {n|konflikt|konflikter}";

  it("chooses the singular for exactly one, numbers and formatted numbers alike", () => {
    expect(fillTemplate(template, { n: 1 })).toBe("1 konflikt");
    expect(fillTemplate(template, { n: "1" })).toBe("1 konflikt");
    expect(fillTemplate(template, { n: 0 })).toBe("0 konflikter");
    expect(fillTemplate(template, { n: "1\u00a0001" })).toBe("1\u00a0001 konflikter");
    expect(fillTemplate(template, { n: 2 })).toBe("2 konflikter");
  });

  it("leaves a choice without its param visible", () => {
    expect(fillTemplate(template, {})).toBe(template);
  });

  it("gives the SharePoint publish summary a singular conflict", () => {
    const counts = { written: 3, merged: 0, unchanged: 0, missing: 0, conflicts: 1, failed: 0 };
    expect(fillTemplate(GRAPH_MESSAGES.nb["pane.published"] ?? "", counts)).toContain("1 konflikt,");
    expect(fillTemplate(GRAPH_MESSAGES.en["pane.published"] ?? "", counts)).toContain("1 conflict,");
  });
});

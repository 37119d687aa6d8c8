// The intake catalogue: a message for every error code and a display name for every field, in both
// languages, the same keys in both, and the example sentence of the issue.
import { INTAKE_ERROR_CODES, RECORD_FIELD } from "../../../src/domain/intake/intakeErrorCodes";
import { RAW_NEED_FIELDS } from "../../../src/domain/intake/intakeTypes";
import { describeFieldError, fieldLabel, INTAKE_MESSAGES } from "../../../src/i18n/intakeMessages";
import { LOCALES } from "../../../src/i18n/locale";

describe("intake messages", () => {
  it.each(LOCALES)("has a message for every error code in %s", (locale) => {
    const missing = INTAKE_ERROR_CODES.filter((code) => !INTAKE_MESSAGES[locale][`error.${code}`]);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("has a display name for every raw need field in %s", (locale) => {
    const missing = [...RAW_NEED_FIELDS, RECORD_FIELD].filter((f) => !INTAKE_MESSAGES[locale][`field.${f}`]);
    expect(missing).toEqual([]);
  });

  it("has the same keys in bokmål and English, and no message for an unknown code", () => {
    expect(Object.keys(INTAKE_MESSAGES.en).sort()).toEqual(Object.keys(INTAKE_MESSAGES.nb).sort());
    const codes = Object.keys(INTAKE_MESSAGES.nb)
      .filter((k) => k.startsWith("error."))
      .map((k) => k.slice("error.".length));
    expect(codes.sort()).toEqual([...INTAKE_ERROR_CODES].sort());
  });

  it("names fields in each language, criteria by name, unknown fields as given", () => {
    expect(fieldLabel("estimatedValue", "nb")).toBe("Estimert verdi");
    expect(fieldLabel("estimatedValue", "en")).toBe("Estimated value");
    expect(fieldLabel("score_operationalCriticality", "nb")).toBe("Poeng: Operativ kritikalitet");
    expect(fieldLabel("score_operationalCriticality", "en")).toBe("Score: Operational criticality");
    expect(fieldLabel("Modified", "en")).toBe("Modified");
  });

  it("renders the example sentence of the issue", () => {
    const error = {
      itemId: "N-0042",
      row: 7,
      field: "estimatedValue",
      code: "invalid-number",
      params: { value: "1,5,5" },
    };
    expect(describeFieldError(error, "nb")).toBe(
      "Behov N-0042, felt «Estimert verdi»: «1,5,5» er ikke et gyldig beløp",
    );
    expect(describeFieldError(error, "en")).toBe(
      "Need N-0042, field “Estimated value”: “1,5,5” is not a valid amount",
    );
  });
});

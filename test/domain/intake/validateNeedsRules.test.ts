// One table row per intake rule: the bad input, the error code and the message in bokmål and English.
// A final check fails when an error code has no row here (so every rule is covered in both languages).
import { INTAKE_ERROR_CODES } from "../../../src/domain/intake/intakeErrorCodes";
import type { FieldError, RawRecord } from "../../../src/domain/intake/intakeTypes";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { describeFieldError } from "../../../src/i18n/intakeMessages";
import { aMinimalRawNeed, aRawNeed, anIntakeContext } from "./intakeBuilders";

interface RuleCase {
  readonly rule: string;
  readonly records: readonly unknown[];
  /** The error expected (among others) in the rejected records. */
  readonly expected: Pick<FieldError, "itemId" | "row" | "field" | "code">;
  readonly nb: string;
  readonly en: string;
}

const cases: readonly RuleCase[] = [
  {
    rule: "a record that is not an object",
    records: ["N-0001;Patruljebiler"],
    expected: { itemId: "#1", row: 1, field: "record", code: "not-an-object" },
    nb: "Behov #1, felt «Post»: posten er ikke et objekt med felt: teksten «N-0001;Patruljebiler»",
    en: "Need #1, field “Record”: the record is not an object with fields: the text “N-0001;Patruljebiler”",
  },
  {
    rule: "a null record",
    records: [null],
    expected: { itemId: "#1", row: 1, field: "record", code: "not-an-object" },
    nb: "Behov #1, felt «Post»: posten er ikke et objekt med felt: (tom)",
    en: "Need #1, field “Record”: the record is not an object with fields: (empty)",
  },
  {
    rule: "a list as a record",
    records: [aRawNeed(), [1, 2]],
    expected: { itemId: "#2", row: 2, field: "record", code: "not-an-object" },
    nb: "Behov #2, felt «Post»: posten er ikke et objekt med felt: en liste",
    en: "Need #2, field “Record”: the record is not an object with fields: a list",
  },
  {
    rule: "a boolean id",
    records: [aRawNeed({ id: true })],
    expected: { itemId: "#1", row: 1, field: "id", code: "invalid-id-type" },
    nb: "Behov #1, felt «ID»: ID-en må være tekst eller et tall, men er sannhetsverdien true",
    en: "Need #1, field “Id”: the id must be text or a number, but is the truth value true",
  },
  {
    rule: "an object as id",
    records: [aRawNeed({ id: { x: 1 } })],
    expected: { itemId: "#1", row: 1, field: "id", code: "invalid-id-type" },
    nb: "Behov #1, felt «ID»: ID-en må være tekst eller et tall, men er et objekt",
    en: "Need #1, field “Id”: the id must be text or a number, but is an object",
  },
  {
    rule: "a missing id",
    records: [aRawNeed(), aRawNeed({ id: "   " })],
    expected: { itemId: "#2", row: 2, field: "id", code: "required" },
    nb: "Behov #2, felt «ID»: feltet er påkrevd, men mangler",
    en: "Need #2, field “Id”: the field is required but missing",
  },
  {
    rule: "a missing required field",
    records: [aRawNeed({ estimatedValue: "" })],
    expected: { itemId: "N-0001", row: 1, field: "estimatedValue", code: "required" },
    nb: "Behov N-0001, felt «Estimert verdi»: feltet er påkrevd, men mangler",
    en: "Need N-0001, field “Estimated value”: the field is required but missing",
  },
  {
    rule: "an id with list separators",
    records: [aRawNeed({ id: "N-1, N-2" })],
    expected: { itemId: "N-1, N-2", row: 1, field: "id", code: "invalid-id" },
    nb: "Behov N-1, N-2, felt «ID»: «N-1, N-2» kan ikke brukes som ID (semikolon, komma og linjeskift er ikke tillatt)",
    en: "Need N-1, N-2, field “Id”: “N-1, N-2” cannot be used as an id (semicolons, commas and line breaks are not allowed)",
  },
  {
    rule: "a duplicate id",
    records: [aRawNeed(), aMinimalRawNeed(), aRawNeed({ title: "Kopi" })],
    expected: { itemId: "N-0001", row: 3, field: "id", code: "duplicate-id" },
    nb: "Behov N-0001, felt «ID»: ID-en «N-0001» er allerede brukt på rad 1",
    en: "Need N-0001, field “Id”: the id “N-0001” is already used in row 1",
  },
  {
    rule: "an object where text belongs",
    records: [aRawNeed({ title: { Label: "Biler" } })],
    expected: { itemId: "N-0001", row: 1, field: "title", code: "not-text" },
    nb: 'Behov N-0001, felt «Tittel»: «{"Label":"Biler"}» er ikke tekst',
    en: 'Need N-0001, field “Title”: “{"Label":"Biler"}” is not text',
  },
  {
    rule: "an over-long title",
    records: [aRawNeed({ title: "x".repeat(256) })],
    expected: { itemId: "N-0001", row: 1, field: "title", code: "too-long" },
    nb: "Behov N-0001, felt «Tittel»: teksten har 256 tegn, men høyst 255 er tillatt",
    en: "Need N-0001, field “Title”: the text has 256 characters, but at most 255 are allowed",
  },
  {
    rule: "an over-long description",
    records: [aRawNeed({ description: "y".repeat(4001) })],
    expected: { itemId: "N-0001", row: 1, field: "description", code: "too-long" },
    nb: "Behov N-0001, felt «Beskrivelse»: teksten har 4001 tegn, men høyst 4000 er tillatt",
    en: "Need N-0001, field “Description”: the text has 4001 characters, but at most 4000 are allowed",
  },
  {
    rule: "an over-long rationale",
    records: [aRawNeed({ rationale: "z".repeat(4002) })],
    expected: { itemId: "N-0001", row: 1, field: "rationale", code: "too-long" },
    nb: "Behov N-0001, felt «Begrunnelse»: teksten har 4002 tegn, men høyst 4000 er tillatt",
    en: "Need N-0001, field “Rationale”: the text has 4002 characters, but at most 4000 are allowed",
  },
  {
    rule: "an invalid amount",
    records: [aRawNeed({ id: "N-0042", estimatedValue: "1,5,5" })],
    expected: { itemId: "N-0042", row: 1, field: "estimatedValue", code: "invalid-number" },
    nb: "Behov N-0042, felt «Estimert verdi»: «1,5,5» er ikke et gyldig beløp",
    en: "Need N-0042, field “Estimated value”: “1,5,5” is not a valid amount",
  },
  {
    rule: "an ambiguous amount",
    records: [aRawNeed({ estimatedValue: "1.500" })],
    expected: { itemId: "N-0001", row: 1, field: "estimatedValue", code: "ambiguous-number" },
    nb: "Behov N-0001, felt «Estimert verdi»: «1.500» er tvetydig (tusenskille eller desimaltegn?); skriv for eksempel «1 500» eller «1,5»",
    en: "Need N-0001, field “Estimated value”: “1.500” is ambiguous (thousands separator or decimal comma?); write e.g. “1 500” or “1,5”",
  },
  {
    rule: "a negative amount",
    records: [aRawNeed({ estimatedValue: "-250 000" })],
    expected: { itemId: "N-0001", row: 1, field: "estimatedValue", code: "negative-number" },
    nb: "Behov N-0001, felt «Estimert verdi»: «-250 000» er negativt; beløpet kan ikke være under null",
    en: "Need N-0001, field “Estimated value”: “-250 000” is negative; the amount cannot be below zero",
  },
  {
    rule: "an amount beyond safe integers",
    records: [aRawNeed({ estimatedValue: "99999999999999999999" })],
    expected: { itemId: "N-0001", row: 1, field: "estimatedValue", code: "number-too-large" },
    nb: "Behov N-0001, felt «Estimert verdi»: «99999999999999999999» er for stort til å regne med",
    en: "Need N-0001, field “Estimated value”: “99999999999999999999” is too large to calculate with",
  },
  {
    rule: "a date in no known format",
    records: [aRawNeed({ neededBy: "neste år" })],
    expected: { itemId: "N-0001", row: 1, field: "neededBy", code: "invalid-date" },
    nb: "Behov N-0001, felt «Behov innen»: «neste år» er ikke en dato; skriv dd.mm.åååå eller åååå-mm-dd",
    en: "Need N-0001, field “Needed by”: “neste år” is not a date; write dd.mm.yyyy or yyyy-mm-dd",
  },
  {
    rule: "an impossible date",
    records: [aRawNeed({ neededBy: "30.02.2027" })],
    expected: { itemId: "N-0001", row: 1, field: "neededBy", code: "impossible-date" },
    nb: "Behov N-0001, felt «Behov innen»: «30.02.2027» er ikke en gyldig kalenderdato",
    en: "Need N-0001, field “Needed by”: “30.02.2027” is not a valid calendar date",
  },
  {
    rule: "an unknown enumeration value",
    records: [aRawNeed({ deliveryTrack: "sakte" })],
    expected: { itemId: "N-0001", row: 1, field: "deliveryTrack", code: "unknown-value" },
    nb: "Behov N-0001, felt «Leveranse»: «sakte» er ikke en gyldig verdi (gyldige verdier: basis, rullerende, hurtig)",
    en: "Need N-0001, field “Delivery track”: “sakte” is not a valid value (valid values: basis, rullerende, hurtig)",
  },
  {
    rule: "a yes/no field with another word",
    records: [aRawNeed({ securityGraded: "kanskje" })],
    expected: { itemId: "N-0001", row: 1, field: "securityGraded", code: "invalid-boolean" },
    nb: "Behov N-0001, felt «Skjermingsbehov»: «kanskje» er verken ja eller nei",
    en: "Need N-0001, field “Security graded”: “kanskje” is neither yes nor no",
  },
  {
    rule: "a list field that is not a list",
    records: [aRawNeed({ dependsOn: { LookupId: 3 } })],
    expected: { itemId: "N-0001", row: 1, field: "dependsOn", code: "not-a-list" },
    nb: 'Behov N-0001, felt «Avhenger av»: «{"LookupId":3}» er ikke en liste; skill verdiene med semikolon',
    en: 'Need N-0001, field “Depends on”: “{"LookupId":3}” is not a list; separate the values with semicolons',
  },
  {
    rule: "an unknown unit",
    records: [aRawNeed({ unit: "Bergen politidistrikt" })],
    expected: { itemId: "N-0001", row: 1, field: "unit", code: "unknown-unit" },
    nb: "Behov N-0001, felt «Enhet»: enheten «Bergen politidistrikt» finnes ikke",
    en: "Need N-0001, field “Unit”: the unit “Bergen politidistrikt” does not exist",
  },
  {
    rule: "an unknown unit among the sharing units",
    records: [aRawNeed({ sharedWithUnits: "Kripos; Tollvesenet" })],
    expected: { itemId: "N-0001", row: 1, field: "sharedWithUnits", code: "unknown-unit" },
    nb: "Behov N-0001, felt «Delt med enheter»: enheten «Tollvesenet» finnes ikke",
    en: "Need N-0001, field “Shared with units”: the unit “Tollvesenet” does not exist",
  },
  {
    rule: "an unknown category",
    records: [aRawNeed({ category: "Kontor", subcategory: "" })],
    expected: { itemId: "N-0001", row: 1, field: "category", code: "unknown-category" },
    nb: "Behov N-0001, felt «Kategori»: kategorien «Kontor» finnes ikke",
    en: "Need N-0001, field “Category”: the category “Kontor” does not exist",
  },
  {
    rule: "an unknown subcategory",
    records: [aRawNeed({ subcategory: "Fly" })],
    expected: { itemId: "N-0001", row: 1, field: "subcategory", code: "unknown-subcategory" },
    nb: "Behov N-0001, felt «Underkategori»: underkategorien «Fly» finnes ikke",
    en: "Need N-0001, field “Subcategory”: the subcategory “Fly” does not exist",
  },
  {
    rule: "a subcategory of another category",
    records: [aRawNeed({ subcategory: "Programvare og lisenser" })],
    expected: { itemId: "N-0001", row: 1, field: "subcategory", code: "subcategory-not-in-category" },
    nb: "Behov N-0001, felt «Underkategori»: underkategorien «Programvare og lisenser» hører ikke til kategorien «materiell»",
    en: "Need N-0001, field “Subcategory”: the subcategory “Programvare og lisenser” does not belong to the category “materiell”",
  },
  {
    rule: "an unknown KAV contract",
    records: [aRawNeed({ existingContractId: "KAV-9999" })],
    expected: { itemId: "N-0001", row: 1, field: "existingContractId", code: "unknown-contract" },
    nb: "Behov N-0001, felt «Eksisterende avtale (KAV)»: avtalen «KAV-9999» finnes ikke i KAV",
    en: "Need N-0001, field “Existing contract (KAV)”: the contract “KAV-9999” is not in KAV",
  },
  {
    rule: "a score for an unknown criterion",
    records: [aRawNeed({ score_colour: "3" })],
    expected: { itemId: "N-0001", row: 1, field: "score_colour", code: "unknown-criterion" },
    nb: "Behov N-0001, felt «Poeng: colour»: kriteriet «colour» finnes ikke (verdi «3»)",
    en: "Need N-0001, field “Score: colour”: the criterion “colour” does not exist (value “3”)",
  },
  {
    rule: "a score outside 1–5",
    records: [aRawNeed({ score_reach: "6" })],
    expected: { itemId: "N-0001", row: 1, field: "score_reach", code: "invalid-score" },
    nb: "Behov N-0001, felt «Poeng: Rekkevidde (enheter berørt)»: «6» er ikke et helt tall fra 1 til 5",
    en: "Need N-0001, field “Score: Reach (units affected)”: “6” is not a whole number from 1 to 5",
  },
  {
    rule: "a score that is not whole",
    records: [aRawNeed({ score_supplyRisk: "3,5" })],
    expected: { itemId: "N-0001", row: 1, field: "score_supplyRisk", code: "invalid-score" },
    nb: "Behov N-0001, felt «Poeng: Forsyningsrisiko»: «3,5» er ikke et helt tall fra 1 til 5",
    en: "Need N-0001, field “Score: Supply risk”: “3,5” is not a whole number from 1 to 5",
  },
  {
    rule: "a dependency on an unknown need",
    records: [aRawNeed({ dependsOn: "N-9999" })],
    expected: { itemId: "N-0001", row: 1, field: "dependsOn", code: "unknown-dependency" },
    nb: "Behov N-0001, felt «Avhenger av»: behovet «N-9999» finnes ikke",
    en: "Need N-0001, field “Depends on”: the need “N-9999” does not exist",
  },
  {
    rule: "a dependency on itself",
    records: [aRawNeed({ dependsOn: "N-0001" })],
    expected: { itemId: "N-0001", row: 1, field: "dependsOn", code: "self-dependency" },
    nb: "Behov N-0001, felt «Avhenger av»: behovet kan ikke avhenge av seg selv («N-0001»)",
    en: "Need N-0001, field “Depends on”: a need cannot depend on itself (“N-0001”)",
  },
  {
    rule: "a dependency on a rejected need",
    records: [aRawNeed({ dependsOn: "N-0002" }), aMinimalRawNeed({ estimatedValue: "mye" })],
    expected: { itemId: "N-0001", row: 1, field: "dependsOn", code: "dependency-rejected" },
    nb: "Behov N-0001, felt «Avhenger av»: avhenger av behovet «N-0002», som er avvist",
    en: "Need N-0001, field “Depends on”: depends on the need “N-0002”, which was rejected",
  },
  {
    rule: "a dependency cycle",
    records: [aRawNeed({ dependsOn: "N-0002" }), aMinimalRawNeed({ dependsOn: "N-0001" })],
    expected: { itemId: "N-0002", row: 2, field: "dependsOn", code: "dependency-cycle" },
    nb: "Behov N-0002, felt «Avhenger av»: sirkulær avhengighet: N-0002 → N-0001 → N-0002",
    en: "Need N-0002, field “Depends on”: circular dependency: N-0002 → N-0001 → N-0002",
  },
];

/** [field, nb label, en label] of every required field. */
const requiredFields = [
  ["id", "ID", "Id"],
  ["title", "Tittel", "Title"],
  ["unit", "Enhet", "Unit"],
  ["area", "Fagområde", "Area"],
  ["category", "Kategori", "Category"],
  ["contractType", "Kontraktstype", "Contract type"],
  ["estimatedValue", "Estimert verdi", "Estimated value"],
  ["deliveryTrack", "Leveranse", "Delivery track"],
] as const;

/** [field, bad value, nb label, en label, allowed values] of every enumeration. */
const enumerationFields = [
  ["area", "Sjø", "Fagområde", "Area", "Materiell, Eiendom, IKT, Anskaffelser"],
  ["deliveryTrack", "sakte", "Leveranse", "Delivery track", "basis, rullerende, hurtig"],
  ["contractType", "Leie", "Kontraktstype", "Contract type", "goods, services, works"],
  [
    "insightSource",
    "Rykter",
    "Innsiktskilde",
    "Insight source",
    "submission, kav-expiry, spend-analysis, market, nordic, armed-forces",
  ],
  ["fundingStatus", "Kanskje", "Finansiering", "Funding", "funded, partly-funded, unfunded"],
  ["complexity", "Ekstrem", "Kompleksitet", "Complexity", "low, medium, high"],
  ["status", "Ferdig", "Status", "Status", "submitted, in-analysis, planned, deferred, declined, withdrawn"],
] as const;

/** [field, nb label, en label] of every yes/no field. */
const yesNoFields = [
  ["securityGraded", "Skjermingsbehov", "Security graded"],
  ["jointNordic", "Nordisk fellesanskaffelse", "Nordic joint procurement"],
  ["jointArmedForces", "Fellesanskaffelse med Forsvaret", "Joint procurement with the Armed Forces"],
] as const;

/** Renders the only error of a one-record batch in both languages. */
function onlyError(record: RawRecord): { code: string; field: string; nb: string; en: string } {
  const result = validateNeeds([record], anIntakeContext());
  expect(result.accepted).toEqual([]);
  const errors = result.rejected[0]?.errors ?? [];
  expect(errors).toHaveLength(1);
  const error = errors[0]!;
  return {
    code: error.code,
    field: error.field,
    nb: describeFieldError(error, "nb"),
    en: describeFieldError(error, "en"),
  };
}

describe("validateNeeds: every required field, enumeration and yes/no field", () => {
  it.each(requiredFields)("requires %s", (field, nb, en) => {
    const itemId = field === "id" ? "#1" : "N-0001";
    expect(onlyError(aRawNeed({ [field]: "" }))).toEqual({
      code: "required",
      field,
      nb: `Behov ${itemId}, felt «${nb}»: feltet er påkrevd, men mangler`,
      en: `Need ${itemId}, field “${en}”: the field is required but missing`,
    });
  });

  it.each(enumerationFields)("rejects an unknown %s", (field, value, nb, en, allowed) => {
    expect(onlyError(aRawNeed({ [field]: value }))).toEqual({
      code: "unknown-value",
      field,
      nb: `Behov N-0001, felt «${nb}»: «${value}» er ikke en gyldig verdi (gyldige verdier: ${allowed})`,
      en: `Need N-0001, field “${en}”: “${value}” is not a valid value (valid values: ${allowed})`,
    });
  });

  it.each(yesNoFields)("rejects a %s that is neither yes nor no", (field, nb, en) => {
    expect(onlyError(aRawNeed({ [field]: "kanskje" }))).toEqual({
      code: "invalid-boolean",
      field,
      nb: `Behov N-0001, felt «${nb}»: «kanskje» er verken ja eller nei`,
      en: `Need N-0001, field “${en}”: “kanskje” is neither yes nor no`,
    });
  });
});

describe("validateNeeds: one rule per row, messages in both languages", () => {
  it.each(cases.map((c) => [c.rule, c] as const))("rejects %s", (_rule, c) => {
    const result = validateNeeds(c.records as readonly RawRecord[], anIntakeContext());
    expect(result.received).toBe(c.records.length);
    expect(result.accepted.length + result.rejected.length).toBe(c.records.length);
    const errors = result.rejected.flatMap((r) => r.errors);
    const error = errors.find((e) => e.code === c.expected.code && e.row === c.expected.row);
    expect(error).toMatchObject(c.expected);
    expect(result.rejected.find((r) => r.row === c.expected.row)?.itemId).toBe(c.expected.itemId);
    expect(describeFieldError(error!, "nb")).toBe(c.nb);
    expect(describeFieldError(error!, "en")).toBe(c.en);
  });

  it("has a rule row for every error code", () => {
    const covered = new Set(cases.map((c) => c.expected.code));
    expect(INTAKE_ERROR_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it("accepts the valid records the rule rows are built from", () => {
    const result = validateNeeds([aRawNeed(), aMinimalRawNeed()], anIntakeContext());
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((n) => n.id)).toEqual(["N-0001", "N-0002"]);
  });
});

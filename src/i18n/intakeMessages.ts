/**
 * Messages of intake validation: one per error code and one display name per raw need field, in
 * bokmål and English, and the sentence that names the need, the field and the problem.
 */
import type { FieldError } from "../domain/intake/intakeTypes";
import { SCORE_FIELD_PREFIX } from "../domain/intake/intakeTypes";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import { translate, type Catalogue, type Locale } from "./locale";
import { SANITISED } from "../domain/intake/sanitiseText";

/**
 * Keys: `error.<code>` (params: the FieldError's params), `field.<name>` (display names),
 * `field.score` ({criterion}), `intake.fieldError` ({itemId}, {field}, {message}).
 */
export const INTAKE_MESSAGES: Catalogue = {
  nb: {
    "intake.fieldError": "Behov {itemId}, felt «{field}»: {message}",
    "error.not-an-object": "posten er ikke et objekt med felt: {kindText}",
    "error.required": "feltet er påkrevd, men mangler",
    "error.invalid-id": "«{value}» kan ikke brukes som ID (semikolon, komma og linjeskift er ikke tillatt)",
    "error.invalid-id-type": "ID-en må være tekst eller et tall, men er {kindText}",
    "warning.text-sanitised":
      "{count} tegn som Excel- og Project-filer ikke kan lagre (kontrolltegn o.l.), er fjernet fra feltet",
    "intake.withheld": "verdi skjult: skjermet behov",
    "kind.null": "(tom)",
    "kind.list": "en liste",
    "kind.object": "et objekt",
    "kind.text": "teksten «{value}»",
    "kind.number": "tallet {value}",
    "kind.boolean": "sannhetsverdien {value}",
    "kind.other": "en ukjent verdi",
    "error.duplicate-id": "ID-en «{value}» er allerede brukt på rad {firstRow}",
    "error.not-text": "«{value}» er ikke tekst",
    "error.too-long": "teksten har {length} tegn, men høyst {max} er tillatt",
    "error.invalid-number": "«{value}» er ikke et gyldig beløp",
    "error.ambiguous-number":
      "«{value}» er tvetydig (tusenskille eller desimaltegn?); skriv for eksempel «1 500» eller «1,5»",
    "error.negative-number": "«{value}» er negativt; beløpet kan ikke være under null",
    "error.number-too-large": "«{value}» er for stort til å regne med",
    "error.invalid-date": "«{value}» er ikke en dato; skriv dd.mm.åååå eller åååå-mm-dd",
    "error.impossible-date": "«{value}» er ikke en gyldig kalenderdato",
    "error.unknown-value": "«{value}» er ikke en gyldig verdi (gyldige verdier: {allowed})",
    "error.invalid-boolean": "«{value}» er verken ja eller nei",
    "error.not-a-list": "«{value}» er ikke en liste; skill verdiene med semikolon",
    "error.unknown-unit": "enheten «{value}» finnes ikke",
    "error.unknown-category": "kategorien «{value}» finnes ikke",
    "error.unknown-subcategory": "underkategorien «{value}» finnes ikke",
    "error.subcategory-not-in-category": "underkategorien «{value}» hører ikke til kategorien «{category}»",
    "error.unknown-contract": "avtalen «{value}» finnes ikke i KAV",
    "error.unknown-criterion": "kriteriet «{criterion}» finnes ikke (verdi «{value}»)",
    "error.invalid-score": "«{value}» er ikke et helt tall fra {min} til {max}",
    "error.unknown-dependency": "behovet «{value}» finnes ikke",
    "error.self-dependency": "behovet kan ikke avhenge av seg selv («{value}»)",
    "error.dependency-rejected": "avhenger av behovet «{value}», som er avvist",
    "error.dependency-cycle": "sirkulær avhengighet: {cycle}",
    "field.record": "Post",
    "field.id": "ID",
    "field.title": "Tittel",
    "field.description": "Beskrivelse",
    "field.rationale": "Begrunnelse",
    "field.unit": "Enhet",
    "field.contact": "Kontaktperson",
    "field.area": "Fagområde",
    "field.category": "Kategori",
    "field.subcategory": "Underkategori",
    "field.insightSource": "Innsiktskilde",
    "field.deliveryTrack": "Leveranse",
    "field.contractType": "Kontraktstype",
    "field.estimatedValue": "Estimert verdi",
    "field.neededBy": "Behov innen",
    "field.receivedDate": "Mottatt",
    "field.existingContractId": "Eksisterende avtale (KAV)",
    "field.securityGraded": "Skjermingsbehov",
    "field.fundingStatus": "Finansiering",
    "field.dependsOn": "Avhenger av",
    "field.jointNordic": "Nordisk fellesanskaffelse",
    "field.jointArmedForces": "Fellesanskaffelse med Forsvaret",
    "field.sharedWithUnits": "Delt med enheter",
    "field.complexity": "Kompleksitet",
    "field.status": "Status",
    "field.score": "Poeng: {criterion}",
  },
  en: {
    "intake.fieldError": "Need {itemId}, field “{field}”: {message}",
    "error.not-an-object": "the record is not an object with fields: {kindText}",
    "error.required": "the field is required but missing",
    "error.invalid-id":
      "“{value}” cannot be used as an id (semicolons, commas and line breaks are not allowed)",
    "error.invalid-id-type": "the id must be text or a number, but is {kindText}",
    "warning.text-sanitised":
      "{count} {count|character|characters} that Excel and Project files cannot hold (control characters and the like) {count|was|were} removed from the field",
    "intake.withheld": "value hidden: security-graded need",
    "kind.null": "(empty)",
    "kind.list": "a list",
    "kind.object": "an object",
    "kind.text": "the text “{value}”",
    "kind.number": "the number {value}",
    "kind.boolean": "the truth value {value}",
    "kind.other": "an unknown value",
    "error.duplicate-id": "the id “{value}” is already used in row {firstRow}",
    "error.not-text": "“{value}” is not text",
    "error.too-long": "the text has {length} {length|character|characters}, but at most {max} are allowed",
    "error.invalid-number": "“{value}” is not a valid amount",
    "error.ambiguous-number":
      "“{value}” is ambiguous (thousands separator or decimal comma?); write e.g. “1 500” or “1,5”",
    "error.negative-number": "“{value}” is negative; the amount cannot be below zero",
    "error.number-too-large": "“{value}” is too large to calculate with",
    "error.invalid-date": "“{value}” is not a date; write dd.mm.yyyy or yyyy-mm-dd",
    "error.impossible-date": "“{value}” is not a valid calendar date",
    "error.unknown-value": "“{value}” is not a valid value (valid values: {allowed})",
    "error.invalid-boolean": "“{value}” is neither yes nor no",
    "error.not-a-list": "“{value}” is not a list; separate the values with semicolons",
    "error.unknown-unit": "the unit “{value}” does not exist",
    "error.unknown-category": "the category “{value}” does not exist",
    "error.unknown-subcategory": "the subcategory “{value}” does not exist",
    "error.subcategory-not-in-category":
      "the subcategory “{value}” does not belong to the category “{category}”",
    "error.unknown-contract": "the contract “{value}” is not in KAV",
    "error.unknown-criterion": "the criterion “{criterion}” does not exist (value “{value}”)",
    "error.invalid-score": "“{value}” is not a whole number from {min} to {max}",
    "error.unknown-dependency": "the need “{value}” does not exist",
    "error.self-dependency": "a need cannot depend on itself (“{value}”)",
    "error.dependency-rejected": "depends on the need “{value}”, which was rejected",
    "error.dependency-cycle": "circular dependency: {cycle}",
    "field.record": "Record",
    "field.id": "Id",
    "field.title": "Title",
    "field.description": "Description",
    "field.rationale": "Rationale",
    "field.unit": "Unit",
    "field.contact": "Contact person",
    "field.area": "Area",
    "field.category": "Category",
    "field.subcategory": "Subcategory",
    "field.insightSource": "Insight source",
    "field.deliveryTrack": "Delivery track",
    "field.contractType": "Contract type",
    "field.estimatedValue": "Estimated value",
    "field.neededBy": "Needed by",
    "field.receivedDate": "Received",
    "field.existingContractId": "Existing contract (KAV)",
    "field.securityGraded": "Security graded",
    "field.fundingStatus": "Funding",
    "field.dependsOn": "Depends on",
    "field.jointNordic": "Nordic joint procurement",
    "field.jointArmedForces": "Joint procurement with the Armed Forces",
    "field.sharedWithUnits": "Shared with units",
    "field.complexity": "Complexity",
    "field.status": "Status",
    "field.score": "Score: {criterion}",
  },
};

/**
 * Display name of a raw need field: `estimatedValue` → "Estimert verdi" / "Estimated value";
 * `score_<id>` names the criterion (default criteria by name, others by id); unknown fields as given.
 */
export function fieldLabel(field: string, locale: Locale): string {
  if (field.startsWith(SCORE_FIELD_PREFIX)) {
    const id = field.slice(SCORE_FIELD_PREFIX.length);
    const criterion = DEFAULT_CRITERIA.find((c) => c.id === id);
    const name = criterion ? (locale === "nb" ? criterion.nameNb : criterion.nameEn) : id;
    return translate(INTAKE_MESSAGES, locale, "field.score", { criterion: name });
  }
  const key = `field.${field}`;
  return INTAKE_MESSAGES[locale][key] === undefined ? field : translate(INTAKE_MESSAGES, locale, key);
}

/**
 * One intake error as a sentence naming the need, the field and the problem, e.g.
 * "Behov N-0042, felt «Estimert verdi»: «1,5,5» er ikke et gyldig beløp".
 */
export function describeFieldError(error: FieldError, locale: Locale): string {
  const kind = error.code === SANITISED ? "warning" : "error";
  const message = translate(INTAKE_MESSAGES, locale, `${kind}.${error.code}`, messageParams(error, locale));
  return translate(INTAKE_MESSAGES, locale, "intake.fieldError", {
    itemId: error.itemId,
    field: fieldLabel(error.field, locale),
    message,
  });
}

/**
 * The template params of an error: a withheld (security-graded) record's values read "verdi skjult:
 * skjermet behov", and `kind` becomes `kindText` ("(tom)", "en liste", "teksten «…»").
 */
function messageParams(error: FieldError, locale: Locale): Record<string, string | number> {
  const params: Record<string, string | number> = { ...error.params };
  if (error.withheld === true) {
    const hidden = translate(INTAKE_MESSAGES, locale, "intake.withheld");
    params["value"] = hidden;
    params["cycle"] = hidden;
  }
  const kind = error.params["kind"];
  if (kind !== undefined)
    params["kindText"] = translate(INTAKE_MESSAGES, locale, `kind.${String(kind)}`, {
      value: params["value"] ?? "",
    });
  return params;
}

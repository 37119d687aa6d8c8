/**
 * Messages about input files the CLI cannot use at all (unreadable, wrong encoding, not JSON, wrong
 * shape): one line per problem, in bokmål and English. JSON Schema problems are told per keyword with
 * the JSON path ("/needs: må være en liste").
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** Keys: `problem.<code>` with the problem's params; `read.<errno>`; `type.<json type>`. */
export const INPUT_FILE_MESSAGES: Catalogue = {
  nb: {
    "problem.read-failed": "filen kan ikke leses: {reasonText}",
    "read.ENOENT": "filen finnes ikke",
    "read.EISDIR": "det er en mappe, ikke en fil",
    "read.EACCES": "mangler lesetilgang",
    "read.EPERM": "mangler lesetilgang",
    "read.other": "feil {reason}",
    "problem.not-utf8":
      "filen er ikke UTF-8-tekst (ugyldig byte ved posisjon {offset}); lagre den som UTF-8 eller UTF-16 med BOM",
    "problem.utf16-without-bom":
      "filen ser ut som UTF-16 uten byte order mark (BOM); lagre den som UTF-8, eller som UTF-16 med BOM",
    "problem.utf16-odd-length": "filen er merket {encoding}, men har et ulikt antall byte (avkortet fil?)",
    "problem.not-utf16": "filen er merket {encoding}, men inneholder ugyldige tegn",
    "problem.empty-file": "filen er tom",
    "problem.not-json": "filen er ikke gyldig JSON",
    "problem.not-json-at": "filen er ikke gyldig JSON (feil på linje {line}, kolonne {column})",
    "problem.not-project-xml": "filen er ikke en Project XML-fil ({reason})",
    "problem.unknown-state-version": "ukjent versjon av synkroniseringstilstanden ({version})",
    "problem.weights-not-object": "må være et objekt: kriterium-ID → vekt i prosent",
    "problem.unknown-criterion": "ukjent kriterium «{id}» (kjente: {known})",
    "problem.missing-weight": "mangler vekt for kriteriet «{id}»",
    "problem.weight-not-number": "vekten for «{id}» er ikke et tall: {value}",
    "problem.ahp-shape": 'må være {"criteria": [kriterie-ID-er], "matrix": [[tall, …], …]}',
    "schema.line": "{path}: {message}",
    "schema.root": "(hele dokumentet)",
    "schema.type": "må være {typeText}",
    "schema.required": "mangler det påkrevde feltet «{missingProperty}»",
    "schema.additionalProperties": "har et ukjent felt «{additionalProperty}»",
    "schema.enum": "må være en av: {allowedValues}",
    "schema.const": "må være {allowedValue}",
    "schema.pattern": "har feil format (må passe mønsteret {pattern})",
    "schema.format": "har feil format (må være {format})",
    "schema.minimum": "må være minst {limit}",
    "schema.maximum": "må være høyst {limit}",
    "schema.exclusiveMinimum": "må være større enn {limit}",
    "schema.exclusiveMaximum": "må være mindre enn {limit}",
    "schema.minLength": "må ha minst {limit} tegn",
    "schema.maxLength": "kan ha høyst {limit} tegn",
    "schema.minItems": "må ha minst {limit} elementer",
    "schema.maxItems": "kan ha høyst {limit} elementer",
    "schema.uniqueItems": "har like elementer (nr. {j} og {i})",
    "schema.other": "er ugyldig (regel «{keyword}»)",
    "type.array": "en liste",
    "type.object": "et objekt",
    "type.string": "tekst",
    "type.number": "et tall",
    "type.integer": "et heltall",
    "type.boolean": "sann eller usann",
    "type.null": "null",
  },
  en: {
    "problem.read-failed": "the file cannot be read: {reasonText}",
    "read.ENOENT": "the file does not exist",
    "read.EISDIR": "it is a folder, not a file",
    "read.EACCES": "no permission to read it",
    "read.EPERM": "no permission to read it",
    "read.other": "error {reason}",
    "problem.not-utf8":
      "the file is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 or as UTF-16 with a BOM",
    "problem.utf16-without-bom":
      "the file looks like UTF-16 without a byte order mark (BOM); save it as UTF-8, or as UTF-16 with a BOM",
    "problem.utf16-odd-length": "the file is marked {encoding} but has an odd number of bytes (cut short?)",
    "problem.not-utf16": "the file is marked {encoding} but holds invalid characters",
    "problem.empty-file": "the file is empty",
    "problem.not-json": "the file is not valid JSON",
    "problem.not-json-at": "the file is not valid JSON (error at line {line}, column {column})",
    "problem.not-project-xml": "the file is not a Project XML file ({reason})",
    "problem.unknown-state-version": "unknown sync state version ({version})",
    "problem.weights-not-object": "must be an object: criterion id → weight in percent",
    "problem.unknown-criterion": "unknown criterion “{id}” (known: {known})",
    "problem.missing-weight": "missing weight for criterion “{id}”",
    "problem.weight-not-number": "the weight of “{id}” is not a number: {value}",
    "problem.ahp-shape": 'must be {"criteria": [criterion ids], "matrix": [[numbers, …], …]}',
    "schema.line": "{path}: {message}",
    "schema.root": "(the whole document)",
    "schema.type": "must be {typeText}",
    "schema.required": "lacks the required field “{missingProperty}”",
    "schema.additionalProperties": "has an unknown field “{additionalProperty}”",
    "schema.enum": "must be one of: {allowedValues}",
    "schema.const": "must be {allowedValue}",
    "schema.pattern": "has the wrong format (must match {pattern})",
    "schema.format": "has the wrong format (must be {format})",
    "schema.minimum": "must be at least {limit}",
    "schema.maximum": "must be at most {limit}",
    "schema.exclusiveMinimum": "must be greater than {limit}",
    "schema.exclusiveMaximum": "must be less than {limit}",
    "schema.minLength": "must have at least {limit} characters",
    "schema.maxLength": "may have at most {limit} characters",
    "schema.minItems": "must have at least {limit} items",
    "schema.maxItems": "may have at most {limit} items",
    "schema.uniqueItems": "has equal items (no. {j} and {i})",
    "schema.other": "is invalid (rule “{keyword}”)",
    "type.array": "a list (array)",
    "type.object": "an object",
    "type.string": "text",
    "type.number": "a number",
    "type.integer": "a whole number",
    "type.boolean": "true or false",
    "type.null": "null",
  },
};

/** One input-file problem (`code` with `params`, see src/adapters/node/inputFileError.ts) as a line. */
export function inputProblemText(
  locale: Locale,
  code: string,
  params: Readonly<Record<string, string | number>>,
): string {
  const known = (key: string) => Object.prototype.hasOwnProperty.call(INPUT_FILE_MESSAGES.nb, key);
  if (code.startsWith("schema.")) {
    const key = known(code) ? code : "schema.other";
    const type = String(params["type"] ?? "");
    const typeText = type
      .split(",")
      .map((t) => (known(`type.${t}`) ? translate(INPUT_FILE_MESSAGES, locale, `type.${t}`) : t))
      .join(" / ");
    const message = translate(INPUT_FILE_MESSAGES, locale, key, { ...params, typeText });
    const path = String(params["path"] ?? "");
    return translate(INPUT_FILE_MESSAGES, locale, "schema.line", {
      path: path === "" ? translate(INPUT_FILE_MESSAGES, locale, "schema.root") : path,
      message,
    });
  }
  const reason = String(params["reason"] ?? "");
  const reasonText = translate(
    INPUT_FILE_MESSAGES,
    locale,
    known(`read.${reason}`) ? `read.${reason}` : "read.other",
    {
      reason,
    },
  );
  return translate(INPUT_FILE_MESSAGES, locale, `problem.${code}`, { ...params, reasonText });
}

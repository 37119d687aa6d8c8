/**
 * Messages of the command-line interface, Norwegian bokmål first, English second.
 */
import type { Catalogue } from "./locale";

/** CLI catalogue. */
export const cliMessages: Catalogue = {
  nb: {
    counts: "Mottatt {received} behov: {accepted} godkjent, {rejected} avvist.",
    central:
      "Av de mottatte er {count} opprettet sentralt fra godtatte forslag (fornyelser og felles anskaffelser), ikke meldt inn av enhetene.",
    "rejected.header": "Avviste behov:",
    "rejected.line": "  {id} (rad {row}): {message}",
    "warnings.header": "Endret ved innlesing:",
    written: "Skrev {file}",
    "xlsx.skipped":
      "Skrev ikke plan.xlsx: {needs} godkjente behov er over grensen på {limit} for arbeidsboken (bruk --xlsx for å skrive den likevel).",
    "demo.written": "Demo-leietaker (frø {seed}, planår {year}) skrevet til {file}",
    "error.inputOrDemo": "Oppgi enten --input FIL eller --demo.",
    "error.unusableInput": "Kan ikke bruke inndata {file}:",
    redacted: "{count} skjermede behov er sladdet (bruk --include-graded for å ta dem med).",
    included: "{count} skjermede behov er tatt med i klartekst (--include-graded).",
  },
  en: {
    counts: "Received {received} {received|need|needs}: {accepted} accepted, {rejected} rejected.",
    central:
      "Of those received, {count} were created centrally from accepted suggestions (renewals and joint procurements), not submitted by the units.",
    "rejected.header": "Rejected needs:",
    "rejected.line": "  {id} (row {row}): {message}",
    "warnings.header": "Changed on intake:",
    written: "Wrote {file}",
    "xlsx.skipped":
      "Did not write plan.xlsx: {needs} accepted needs are above the workbook's limit of {limit} (use --xlsx to write it anyway).",
    "demo.written": "Demo tenant (seed {seed}, plan year {year}) written to {file}",
    "error.inputOrDemo": "Give either --input FILE or --demo.",
    "error.unusableInput": "Cannot use input {file}:",
    redacted: "{count} security-graded needs are redacted (use --include-graded to include them).",
    included: "{count} security-graded needs are included in clear text (--include-graded).",
  },
};

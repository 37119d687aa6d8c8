/**
 * Messages about the workbook's link to its plan and about keeping the edits typed in it: the
 * pane's "Oppdater"/"Skriv" outcomes, sheet and table name clashes on a write, and the CLI's
 * `plan --workbook`. Bokmål first, English second.
 */
import type { Catalogue } from "./locale";

/** Catalogue of the workbook link and read-back flow. */
export const workbookLinkMessages: Catalogue = {
  nb: {
    "pane.notLinked":
      "Arbeidsboken er ikke skrevet av Anskaffelsesplan ennå: trykk «Skriv arbeidsboken» først, så leser «Oppdater» endringene i den.",
    "pane.linkInvalid":
      "Koblingen til planen i arbeidsboken kan ikke brukes ({field}), så endringene i arkene kan ikke leses tilbake. «Skriv likevel» skriver arbeidsboken på nytt.",
    "pane.replanned": "Planen er beregnet på nytt med endringene.",
    "pane.takenIn":
      "{changes} {changes|endring|endringer} i arbeidsboken ble tatt inn før den ble skrevet på nytt.",
    "pane.unsaved":
      "Arbeidsboken har {count} {count|endring|endringer} som ikke kan tas inn slik de står (se listen). Rett dem og trykk «Oppdater», eller trykk «Skriv likevel» for å skrive over dem.",
    "pane.writeAnyway": "Skriv likevel",
    "pane.otherYear":
      "Arbeidsboken er skrevet for planåret {workbookYear}, men planen som vises gjelder {inputYear}.",
    "write.sheetClash":
      "Arket «{sheet}» finnes allerede og er ikke skrevet av Anskaffelsesplan. Gi det et annet navn, så kan arbeidsboken skrives; ingenting er endret.",
    "write.tableClash":
      "Tabellen «{table}» på arket «{sheet}» har et navn arbeidsboken bruker. Gi den et annet navn, så kan arbeidsboken skrives; ingenting er endret.",
    "cli.workbook.noLink":
      "{file} er ikke skrevet av Anskaffelsesplan (ingen kobling til en plan i filen); skriv den med «plan --out» først.",
    "cli.workbook.invalid": "{file} kan ikke leses tilbake: {reason}",
    "cli.workbook.otherYear":
      "{file} er skrevet for planåret {workbookYear}, men inndataene gjelder {inputYear}.",
    "cli.workbook.read": "{file}: {changes} {changes|endring|endringer} tatt inn, {conflicts} avvik.",
  },
  en: {
    "pane.notLinked":
      "The workbook has not been written by Anskaffelsesplan yet: press “Skriv arbeidsboken” first, then “Oppdater” reads the edits in it.",
    "pane.linkInvalid":
      "The workbook's link to its plan cannot be used ({field}), so the edits in the sheets cannot be read back. “Skriv likevel” writes the workbook again.",
    "pane.replanned": "The plan was computed again with the edits.",
    "pane.takenIn":
      "{changes} {changes|edit|edits} in the workbook {changes|was|were} taken in before it was written again.",
    "pane.unsaved":
      "The workbook has {count} {count|edit|edits} that cannot be taken in as they stand (see the list). Correct them and press “Oppdater”, or press “Skriv likevel” to overwrite them.",
    "pane.writeAnyway": "Write anyway",
    "pane.otherYear":
      "The workbook was written for plan year {workbookYear}, the plan shown is for {inputYear}.",
    "write.sheetClash":
      "The sheet “{sheet}” already exists and was not written by Anskaffelsesplan. Rename it, then the workbook can be written; nothing was changed.",
    "write.tableClash":
      "The table “{table}” on the sheet “{sheet}” has a name the workbook uses. Rename it, then the workbook can be written; nothing was changed.",
    "cli.workbook.noLink":
      "{file} was not written by Anskaffelsesplan (no link to a plan in the file); write it with “plan --out” first.",
    "cli.workbook.invalid": "{file} cannot be read back: {reason}",
    "cli.workbook.otherYear":
      "{file} was written for plan year {workbookYear}, the input is for {inputYear}.",
    "cli.workbook.read":
      "{file}: {changes} {changes|edit|edits} taken in, {conflicts} {conflicts|issue|issues}.",
  },
};

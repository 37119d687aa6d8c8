/**
 * Messages about Project itself as the pane finds it (bokmål first, English second): the regional
 * date format Project reads and writes, why nothing is written when that format cannot be
 * confirmed, and progress read from the actual dates where % complete cannot be read.
 */
import type { Catalogue } from "./locale";

/** The catalogue of the notices of the Project pane's runs (keys of ProjectNotice). */
export const projectHostMessages: Catalogue = {
  nb: {
    "dateFormat.detected": "Datoformatet Project bruker her: {pattern}.",
    "dateFormat.noDates":
      "Fant ingen datoer i oppgavene å lese Projects datoformat fra. Ingenting er lest eller skrevet.",
    "dateFormat.ambiguous":
      "Kunne ikke avgjøre om Project viser dag eller måned først (alle datoene ligner {sample}). Ingenting er lest eller skrevet.",
    "dateFormat.inconsistent":
      "Datoen «{sample}» passer ikke med datoformatet i de andre oppgavene. Ingenting er lest eller skrevet.",
    "dateFormat.noRoundTrip":
      "Project leste ikke datoen {sample} tilbake uendret i datoformatet vi fant. Ingen datoer er skrevet: kontroller de regionale innstillingene i Windows og prøv igjen.",
    "dateFormat.noProbe":
      "Ingen av oppgavene hadde en dato å kontrollere datoformatet med, så datoene er ikke skrevet. Flett inn Project XML-filen først.",
    "progress.noPercent":
      "Denne Project-versjonen gir ikke % fullført til tillegget. Fremdriften er lest fra faktisk start og slutt: en avsluttet oppgave regnes som 100 %, en påbegynt som 0 % ferdig.",
  },
  en: {
    "dateFormat.detected": "The date format Project uses here: {pattern}.",
    "dateFormat.noDates":
      "No dates in the tasks to read Project's date format from. Nothing was read or written.",
    "dateFormat.ambiguous":
      "Could not tell whether Project shows the day or the month first (every date looks like {sample}). Nothing was read or written.",
    "dateFormat.inconsistent":
      "The date “{sample}” does not fit the date format of the other tasks. Nothing was read or written.",
    "dateFormat.noRoundTrip":
      "Project did not read the date {sample} back unchanged in the date format found. No dates were written: check the regional settings in Windows and try again.",
    "dateFormat.noProbe":
      "None of the tasks had a date to check the date format with, so no dates were written. Merge the Project XML file first.",
    "progress.noPercent":
      "This Project build does not give % complete to the add-in. Progress was read from the actual start and finish: a finished task counts as 100 %, a started one as 0 % done.",
  },
};

/**
 * Messages of the MS Project feature: task and field names written into the Project XML, and the
 * texts of the Project task pane (update tasks, read progress, how to open or merge the XML).
 * Norwegian bokmål first, English second; same keys in both.
 */
import type { PersonRole } from "../domain/model/people";
import type { PlanFieldName } from "../domain/projectPlan/customFields";
import type { ProjectPlanLabels } from "../domain/projectPlan/projectPlanTypes";
import { PROCEDURES, type Procedure } from "../domain/rules/thresholds";
import { PHASES, type PhaseId } from "../domain/scheduling/scheduleTypes";
import type { ProjectNeedProgress } from "../domain/projectPlan/taskSync";
import { formatDate, formatNumber, translate, type Catalogue, type Locale } from "./locale";
import { PROCUREMENT_TERMS } from "./procurementTerms";

/** The catalogue of the Project feature. */
export const projectMessages: Catalogue = {
  nb: {
    ...PROCUREMENT_TERMS.nb,
    "project.name": "Anskaffelsesplan {year}",
    "project.calendar": "Norsk arbeidstid",
    "role.lead": "Anskaffelsesleder",
    "role.lawyer": "Jurist",
    "note.unit": "Enhet: {value}",
    "note.procedure": "Prosedyre: {value}",
    "note.lead": "Anskaffelsesleder: {value}",
    "note.lawyer": "Jurist: {value}",
    "note.deadline": "Frist for signert kontrakt: {value}",
    "note.late": "Forsinket: {value} {value|dag|dager} etter fristen",
    "note.dependsOn": "Avhenger av: {value}",
    "note.dependsOnMissing": "Avhenger av behov som ikke er i planen: {value}",
    "field.key": "Anskaffelsesplan-nøkkel",
    "field.needId": "Behov-ID",
    "field.unit": "Enhet",
    "field.score": "Poengsum",
    "field.rank": "Rangering",
    "field.securityGraded": "Skjermingsbehov",
    "pane.title": "Anskaffelsesplan i Project",
    "pane.colTask": "Oppgave",
    "pane.colResult": "Resultat",
    "pane.update": "Oppdater oppgaver fra planen",
    "pane.progress": "Les fremdrift",
    "pane.download": "Last ned Project XML",
    "pane.saveSharePoint": "Lagre Project XML i SharePoint",
    "pane.savedSharePoint": "Lagret i SharePoint (dokumentbiblioteket, tidligere versjoner beholdes):",
    "pane.busy": "Arbeider … oppgave {done} av {total}",
    "pane.noPlan": "Planen har ingen tidsplan ennå. Kjør planen med tidsplan først.",
    "pane.windowsOnly": "Oppdatering av oppgaver virker bare i Project for Windows.",
    "pane.summary":
      "{updated} oppdatert, {failed} feilet, {missing} mangler i Project, {orphans} ikke i planen.",
    "pane.progressSummary":
      "Fremdrift lest for {count} {count|oppgave|oppgaver} ({started} startet, {completed} fullført).",
    "pane.replan": "Planlegg på nytt med fremdriften",
    "pane.replanned":
      "Ny plan per {date} med fremdriften fra Project: {moved} behov flyttet, {late} nye forsinkelser, {unchanged} uendret. Trykk «Oppdater oppgaver fra planen» for å skrive de nye datoene til Project.",
    "result.updated": "Oppdatert",
    "result.skipped": "Uendret (fullført)",
    "result.failed": "Feilet: {message}",
    "result.missing": "Mangler i Project – slå sammen Project XML for å opprette",
    "result.orphan": "Finnes ikke i gjeldende planversjon",
    "field.start": "Start",
    "field.finish": "Slutt",
    "field.deadline": "Tidsfrist",
    "field.priority": "Prioritet",
    "field.notes": "Notater",
    "progress.not-started": "Ikke startet i Project.",
    "progress.in-progress": "Under arbeid: {percent} % fullført.",
    "progress.completed": "Gjennomført.",
    "progress.started": "Startet {date}.",
    "progress.finished": "Avsluttet {date}.",
    "progress.signed": "Kontrakt signert {date}.",
    "help.title": "Slik oppretter du oppgavene",
    "help.why":
      "Et tillegg kan ikke opprette oppgaver i Project. Oppgavene opprettes fra Project XML-filen (plan.xml).",
    "help.open": "Ny plan: Fil → Åpne → velg plan.xml. Project åpner planen som et nytt prosjekt.",
    "help.merge":
      "Ny versjon av planen: åpne prosjektet, Fil → Åpne → plan.xml → «Slå sammen dataene med det aktive prosjektet». Bruk «Unik ID» som flettenøkkel, så oppdateres eksisterende oppgaver i stedet for å dobles.",
    "help.append":
      "Vil du legge planen til et eksisterende prosjekt, velg «Legg dataene til det aktive prosjektet».",
    "help.after":
      "Deretter holder «Oppdater oppgaver fra planen» datoer, tidsfrister, prioritet og notater oppdatert, og «Les fremdrift» henter % fullført og faktisk start og slutt tilbake.",
  },
  en: {
    ...PROCUREMENT_TERMS.en,
    "project.name": "Procurement plan {year}",
    "project.calendar": "Norwegian working time",
    "role.lead": "Procurement lead",
    "role.lawyer": "Lawyer",
    "note.unit": "Unit: {value}",
    "note.procedure": "Procedure: {value}",
    "note.lead": "Procurement lead: {value}",
    "note.lawyer": "Lawyer: {value}",
    "note.deadline": "Contract to be signed by: {value}",
    "note.late": "Late: {value} {value|day|days} after the deadline",
    "note.dependsOn": "Depends on: {value}",
    "note.dependsOnMissing": "Depends on needs not in the plan: {value}",
    "field.key": "Procurement plan key",
    "field.needId": "Need ID",
    "field.unit": "Unit",
    "field.score": "Score",
    "field.rank": "Rank",
    "field.securityGraded": "Security graded",
    "pane.title": "Procurement plan in Project",
    "pane.colTask": "Task",
    "pane.colResult": "Result",
    "pane.update": "Update tasks from the plan",
    "pane.progress": "Read progress",
    "pane.download": "Download Project XML",
    "pane.saveSharePoint": "Save Project XML to SharePoint",
    "pane.savedSharePoint": "Saved to SharePoint (the document library keeps earlier versions):",
    "pane.busy": "Working … task {done} of {total}",
    "pane.noPlan": "The plan has no schedule yet. Run the plan with its schedule first.",
    "pane.windowsOnly": "Updating tasks works in Project on Windows only.",
    "pane.summary":
      "{updated} updated, {failed} failed, {missing} missing in Project, {orphans} not in the plan.",
    "pane.progressSummary":
      "Progress read for {count} {count|task|tasks} ({started} started, {completed} completed).",
    "pane.replan": "Re-plan with the progress",
    "pane.replanned":
      "New plan as of {date} with the progress from Project: {moved} {moved|need|needs} moved, {late} newly late, {unchanged} unchanged. Press “Update tasks from the plan” to write the new dates to Project.",
    "result.updated": "Updated",
    "result.skipped": "Unchanged (completed)",
    "result.failed": "Failed: {message}",
    "result.missing": "Missing in Project – merge the Project XML to create it",
    "result.orphan": "Not in the current plan version",
    "field.start": "Start",
    "field.finish": "Finish",
    "field.deadline": "Deadline",
    "field.priority": "Priority",
    "field.notes": "Notes",
    "progress.not-started": "Not started in Project.",
    "progress.in-progress": "In progress: {percent} % complete.",
    "progress.completed": "Completed.",
    "progress.started": "Started {date}.",
    "progress.finished": "Finished {date}.",
    "progress.signed": "Contract signed {date}.",
    "help.title": "How to create the tasks",
    "help.why":
      "An add-in cannot create tasks in Project. The tasks are created from the Project XML file (plan.xml).",
    "help.open": "New plan: File → Open → choose plan.xml. Project opens the plan as a new project.",
    "help.merge":
      "New plan version: open the project, File → Open → plan.xml → “Merge the data into the active project”. Use “Unique ID” as the merge key, so existing tasks are updated instead of duplicated.",
    "help.append": "To add the plan to an existing project, choose “Append the data to the active project”.",
    "help.after":
      "After that, “Update tasks from the plan” keeps dates, deadlines, priority and notes current, and “Read progress” brings % complete and actual start and finish back.",
  },
};

function record<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;
}

const NOTE_KEYS = [
  "unit",
  "procedure",
  "lead",
  "lawyer",
  "deadline",
  "late",
  "dependsOn",
  "dependsOnMissing",
] as const;
const ROLES: readonly PersonRole[] = ["lead", "lawyer"];
const FIELDS: readonly PlanFieldName[] = ["key", "needId", "unit", "score", "rank", "securityGraded"];

/** The texts the Project plan builder writes, in `locale`. */
export function projectPlanLabels(locale: Locale, planYear: number): ProjectPlanLabels {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(projectMessages, locale, key, params);
  return {
    projectName: t("project.name", { year: planYear }),
    calendarName: t("project.calendar"),
    phases: record<PhaseId>(PHASES, (p) => t(`phase.${p}`)),
    procedures: record<Procedure>(PROCEDURES, (p) => t(`procedure.${p}`)),
    roles: record<PersonRole>(ROLES, (r) => t(`role.${r}`)),
    notes: record(NOTE_KEYS, (k) => t(`note.${k}`)),
  };
}

/** The aliases of the custom fields in Project, in `locale`. */
export function projectFieldAliases(locale: Locale): Record<PlanFieldName, string> {
  return record<PlanFieldName>(FIELDS, (f) => translate(projectMessages, locale, `field.${f}`));
}

/** One line on where a need stands in Project, for the feedback to the submitting unit. */
export function describeNeedProgress(progress: ProjectNeedProgress, locale: Locale): string {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(projectMessages, locale, key, params);
  const parts = [
    t(`progress.${progress.status}`, { percent: formatNumber(progress.percentComplete, locale) }),
  ];
  if (progress.actualStart !== undefined)
    parts.push(t("progress.started", { date: formatDate(progress.actualStart, locale) }));
  if (progress.contractSigned !== undefined) {
    parts.push(t("progress.signed", { date: formatDate(progress.contractSigned, locale) }));
  }
  if (progress.actualFinish !== undefined)
    parts.push(t("progress.finished", { date: formatDate(progress.actualFinish, locale) }));
  return parts.join(" ");
}

/**
 * Messages of the task pane's "Planår" tab (the coordinator's view of the plan-year record):
 * status and annual wheel, set-up, versions, approval, publishing, the diff and the health check.
 * Norwegian bokmål first, English second; same keys. Stage, milestone, status and scope names
 * come from the insight and version catalogues.
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** The catalogue of the plan-year tab. */
export const PLAN_YEAR_PANE_MESSAGES: Catalogue = {
  nb: {
    tab: "Planår",
    title: "Planåret {year}",
    refresh: "Oppdater status",
    loading: "Leser planåret …",
    working: "Arbeider …",
    error: "Det gikk ikke: {reason}",
    noConnection:
      "Koble til SharePoint-området i SharePoint-fanen først (logg inn og lagre tilkoblingen); planåret lagres i områdets dokumentbibliotek.",
    "record.at": "Lagret i {location}",
    "record.missing": "Området har ikke noe planår {year} ennå ({location}).",
    "record.create": "Opprett planåret",
    "record.createFrom": "Opprett fra planåret {year}",
    "record.created":
      "Planåret {year} er opprettet. Du er satt som godkjenner for alle deler til godkjennerne er satt i planåret.",
    "record.notReady":
      "Planåret på området mangler noe før planen kan lages med områdets eget oppsett: {findings}",
    "record.missingForSync":
      "Området har ikke noe planår {year}, så planen kan ikke lages med områdets eget oppsett. Åpne fanen Planår og velg «Opprett planåret», og synkroniser igjen.",
    "findings.title": "Dette mangler i planåret",
    "wheel.title": "Årshjulet",
    "wheel.stage": "I dag ({date}): {stage}",
    "wheel.next": "Neste frist: {milestone} {date} – om {days} {days|dag|dager}",
    "wheel.milestone": "{milestone}: {date} ({state})",
    "wheel.passed": "passert",
    "wheel.daysLeft": "om {days} {days|dag|dager}",
    "wheel.submitted": "Enheter som har meldt inn ({count}): {units}",
    "wheel.notSubmitted": "Enheter som ikke har meldt inn ({count}): {units}",
    "wheel.none": "ingen",
    "wheel.otherYear":
      "Planen som vises gjelder et annet år; årshjulets innmeldinger vises for planen fra samme år.",
    "versions.title": "Versjoner",
    "versions.empty": "Ingen versjoner ennå.",
    "versions.draft": "Lag utkast fra planen som vises",
    "versions.noPlan": "Synkroniser planen for {year} fra SharePoint-fanen først.",
    "versions.drafted": "Utkastet {id} er lagret.",
    "versions.row": "{id} – {status}, laget {date} av {by}",
    "versions.approvedBy": "Godkjent: {scopes}",
    "versions.submit": "Send {id} til godkjenning",
    "versions.submitted": "{id} er sendt til godkjenning.",
    "versions.approve": "Godkjenn {scope}",
    "versions.approved": "{scope} er godkjent for {id}.",
    "versions.publish": "Publiser {id}",
    "publish.published": "{id} er publisert: beslutningene og tilbakemeldingene er skrevet til listene.",
    "publish.already": "{id} var allerede publisert; ingenting er skrevet.",
    "publish.notPublished":
      "{id} er ikke publisert: noen beslutninger kunne ikke skrives eller er endret av andre. Se listen under, rett opp i SharePoint-fanen og publiser igjen.",
    "documents.title": "Plandokumenter (.docx)",
    "documents.source": "Plan",
    "documents.shown": "Planen som vises",
    "documents.version": "Publisert versjon {id}",
    "documents.unit": "Enhet",
    "documents.unitDocument": "Last ned enhetens dokument",
    "documents.overview": "Last ned oversikten",
    "documents.none":
      "Ingen plan for {year} å lage dokumenter fra: synkroniser planen eller publiser en versjon.",
    "documents.offered": "{file} er lastet ned.",
    "documents.unavailable":
      "Dokumentet kan ikke lages: planen eller enheten finnes ikke lenger. Oppdater status og prøv igjen.",
    "diff.title": "Sammenlign to versjoner",
    "diff.from": "Fra",
    "diff.to": "Til",
    "diff.run": "Sammenlign",
    "diff.needTwo": "Det trengs minst to versjoner for å sammenligne.",
    "doctor.title": "Sjekk oppsettet",
    "doctor.run": "Sjekk oppsettet",
    "doctor.healthy": "Oppsettet virker: {ok} i orden, {warnings} {warnings|advarsel|advarsler}.",
    "doctor.unhealthy":
      "Tillegget kan ikke virke før feilene er rettet: {errors} feil, {warnings} {warnings|advarsel|advarsler}.",
    "doctor.advice": "Gjør dette: {advice}",
    "level.ok": "OK",
    "level.warning": "Advarsel",
    "level.error": "Feil",
  },
  en: {
    tab: "Plan year",
    title: "Plan year {year}",
    refresh: "Refresh status",
    loading: "Reading the plan year …",
    working: "Working …",
    error: "That did not work: {reason}",
    noConnection:
      "Connect to the SharePoint site in the SharePoint tab first (sign in and save the connection); the plan year is kept in the site's document library.",
    "record.at": "Stored in {location}",
    "record.missing": "The site has no plan year {year} yet ({location}).",
    "record.create": "Create the plan year",
    "record.createFrom": "Create from plan year {year}",
    "record.created":
      "Plan year {year} is created. You are an approver of every part until the approvers are set in the plan year.",
    "record.notReady":
      "The site's plan year lacks something before the plan can use the site's own set-up: {findings}",
    "record.missingForSync":
      "The site has no plan year {year}, so the plan cannot use the site's own set-up. Open the Plan year tab, choose “Create the plan year”, and sync again.",
    "findings.title": "Missing from the plan year",
    "wheel.title": "Annual wheel",
    "wheel.stage": "Today ({date}): {stage}",
    "wheel.next": "Next deadline: {milestone} {date} – in {days} {days|day|days}",
    "wheel.milestone": "{milestone}: {date} ({state})",
    "wheel.passed": "passed",
    "wheel.daysLeft": "in {days} {days|day|days}",
    "wheel.submitted": "Units that have submitted ({count}): {units}",
    "wheel.notSubmitted": "Units that have not submitted ({count}): {units}",
    "wheel.none": "none",
    "wheel.otherYear":
      "The plan shown is for another year; the wheel's submissions are shown for the plan of the same year.",
    "versions.title": "Versions",
    "versions.empty": "No versions yet.",
    "versions.draft": "Make a draft from the plan shown",
    "versions.noPlan": "Sync the plan for {year} from the SharePoint tab first.",
    "versions.drafted": "Draft {id} is saved.",
    "versions.row": "{id} – {status}, made {date} by {by}",
    "versions.approvedBy": "Approved: {scopes}",
    "versions.submit": "Submit {id} for approval",
    "versions.submitted": "{id} is submitted for approval.",
    "versions.approve": "Approve {scope}",
    "versions.approved": "{scope} is approved for {id}.",
    "versions.publish": "Publish {id}",
    "publish.published": "{id} is published: the decisions and feedback are written to the lists.",
    "publish.already": "{id} was already published; nothing was written.",
    "publish.notPublished":
      "{id} is not published: some decisions could not be written or were changed by others. See the list below, resolve them in the SharePoint tab and publish again.",
    "documents.title": "Plan documents (.docx)",
    "documents.source": "Plan",
    "documents.shown": "The plan shown",
    "documents.version": "Published version {id}",
    "documents.unit": "Unit",
    "documents.unitDocument": "Download the unit's document",
    "documents.overview": "Download the overview",
    "documents.none": "No plan for {year} to make documents from: sync the plan or publish a version.",
    "documents.offered": "{file} downloaded.",
    "documents.unavailable":
      "The document cannot be made: the plan or the unit is no longer there. Refresh the status and try again.",
    "diff.title": "Compare two versions",
    "diff.from": "From",
    "diff.to": "To",
    "diff.run": "Compare",
    "diff.needTwo": "At least two versions are needed to compare.",
    "doctor.title": "Check the set-up",
    "doctor.run": "Check the set-up",
    "doctor.healthy": "The set-up works: {ok} fine, {warnings} {warnings|warning|warnings}.",
    "doctor.unhealthy":
      "The add-in cannot work until the errors are fixed: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "doctor.advice": "Do this: {advice}",
    "level.ok": "OK",
    "level.warning": "Warning",
    "level.error": "Error",
  },
};

/** A message of the plan-year tab in the locale. */
export function planYearPaneSay(
  locale: Locale,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(PLAN_YEAR_PANE_MESSAGES, locale, key, params);
}

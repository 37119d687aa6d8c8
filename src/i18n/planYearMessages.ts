/**
 * Messages of the plan-year record: problems in plan-year.json (each naming the file and the JSON
 * path), findings before a run (what is missing from a real tenant's configuration and what to do),
 * merge conflicts, and the `year` CLI commands. Norwegian bokmål first, English second; same keys.
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** The catalogue of the plan-year record. */
export const planYearMessages: Catalogue = {
  nb: {
    "file.problem": "{file}, felt {path}: {message}",
    "problem.json": "filen er ikke gyldig JSON (rett den i et redigeringsprogram som viser JSON-feil)",
    "problem.schemaVersion.missing":
      "schemaVersion mangler; denne versjonen av programmet leser versjon {supported}",
    "problem.schemaVersion.unknown":
      "schemaVersion {found} er ukjent; denne versjonen av programmet leser versjon {supported}",
    "problem.schemaVersion.newer":
      "schemaVersion {found} er nyere enn denne versjonen av programmet kan lese ({supported}); oppdater Anskaffelsesplan",
    "problem.schema.required": "feltet mangler",
    "problem.schema.unknownField": "er ikke et kjent felt",
    "problem.schema.type": "har feil type (skal være {expected})",
    "problem.schema.allowed": "har en verdi som ikke er tillatt (tillatt: {allowed})",
    "problem.schema.minimum": "er mindre enn {limit}",
    "problem.schema.maximum": "er større enn {limit}",
    "problem.schema.minLength": "er for kort (minst {limit} tegn)",
    "problem.schema.minItems": "har for få elementer (minst {limit})",
    "problem.schema.maxItems": "har for mange elementer (høyst {limit})",
    "problem.schema.pattern": "har feil format",
    "problem.schema.other": "er ugyldig ({detail})",
    "problem.planYear.mismatch": "planåret er {found}, men filen hører til planåret {expected}",
    "problem.version.duplicate": "versjonen {id} står mer enn én gang",
    "finding.budget.missing":
      "Budsjettet for planåret er ikke satt. Sett det med «year config --set prioritisation.budgetNok=BELØP».",
    "finding.criteria.missing":
      "Kriteriene og vektene er ikke satt for dette området. Sett dem med «year config --file konfig.json» (prioritisation.criteria).",
    "finding.approvers.missing":
      "Ingen godkjennere er satt for {scopeName}. Sett dem med «year config --set approvers.{scope}=navn@politiet.no».",
    "finding.edits.unknownNeed":
      "Endringen for behov {needId} ({kind}) gjelder et behov som ikke finnes i innmeldingene.",
    "finding.edits.unknownCriterion":
      "Vekten for kriteriet {criterionId} gjelder et kriterium som ikke er satt opp.",
    "finding.central.unknownContract":
      "Det godtatte forslaget {suggestionId} gjelder avtalen {contractId}, som ikke finnes i KAV: ikke noe behov er opprettet.",
    "finding.central.notSuggested":
      "Det godtatte forslaget {suggestionId} gjelder avtalen {contractId}, som ikke lenger må fornyes i planperioden: ikke noe behov er opprettet.",
    "finding.central.idTaken":
      "Det godtatte forslaget {suggestionId} skulle gi behovet {needId}, men den id-en er allerede brukt: ikke noe behov er opprettet.",
    "finding.central.memberMissing":
      "Det godtatte fellesforslaget {suggestionId} kan ikke slås sammen: behovene {needIds} finnes ikke, er avvist eller er allerede slått sammen.",
    "finding.central.mergeRefused":
      "Det godtatte fellesforslaget {suggestionId} kan ikke slås sammen: behovene fornyer ulike avtaler. Slå dem sammen for hånd.",
    "finding.central.contactMissing":
      "Behovet {needId} er opprettet sentralt uten kontaktperson: kategorien {category} har ingen anskaffelsesleder i personlisten. Koordinator må fylle inn kontakt.",
    "conflict.line":
      "{path}: både du og en annen endret feltet; den lagrede verdien {theirs} er beholdt (din var {ours})",
    "record.exists": "Planåret {year} finnes allerede ({file}); det overskrives ikke.",
    "record.missing":
      "Planåret {year} er ikke opprettet ({file}). Opprett det med «year init --year {year}».",
    "record.busy": "{file} ble endret av andre {attempts} {attempts|gang|ganger} mens vi lagret; prøv igjen.",
    "record.previousMissing": "Planåret {year} å gjenbruke fra finnes ikke ({file}).",
    "scope.whole": "hele planen (PFTs ledergruppe)",
    "scope.procurement": "anskaffelsesplanen (direktør for anskaffelser og juridisk)",
    "scope.realEstate": "eiendomsporteføljeplanen (direktør for eiendom)",
    "cli.storeChoice": "Oppgi enten --store MAPPE eller --graph URL sammen med --site URL.",
    "cli.userMissing": "Hvem arbeider? Oppgi --user navn@politiet.no eller sett {variable}.",
    "cli.conflicts": "{count} felt ble endret av andre samtidig:",
    "cli.initDone": "Planåret {year} er opprettet: {file}",
    "cli.initFrom":
      "Gjenbrukt fra {from}: konfigurasjon, godkjennere og årshjul; {count} behov overført ({deferred} utsatt, {unfinished} uferdige).",
    "cli.configDone": "Konfigurasjonen for {year} er lagret: {file}",
    "cli.configUnchanged": "Konfigurasjonen for {year} er uendret.",
    "cli.configNothing": "Oppgi minst én --set felt=verdi eller --file konfig.json.",
    "cli.configFile": "{file} er ikke gyldig JSON",
    "cli.configFileUnreadable": "{file} finnes ikke eller kan ikke leses",
    "cli.planBlocked": "Planen kjøres ikke før dette er på plass:",
    "cli.planRecord": "Planlegger {year} med konfigurasjonen og endringene i {file}.",
    "cli.sourceChoice":
      "Med --store trengs behovene fra --input FIL eller --demo; med --graph fra --list LISTE.",
    "status.header": "Planår {year} ({file})",
    "status.created": "Opprettet {date} av {by}",
    "status.budget": "Budsjett: {budget}",
    "status.criteria": "Prioritering ({mode}): {criteria}",
    "status.approvers": "Godkjennere: {approvers}",
    "status.wheel": "Årshjul: {wheel}",
    "status.revisions": "Revisjoner: {dates}",
    "status.today": "I dag {date}: {stage}; neste revisjon {next}",
    "status.edits":
      "Endringer: vekter {weights}, poeng {scores}, tvunget inn/ut {forced}, merknader {notes}, tilbakemeldinger {feedback}",
    "status.versions": "Versjoner: {versions}",
    "status.carried": "Overført fra forrige planår: {count} ({deferred} utsatt, {unfinished} uferdige)",
    "status.none": "ingen",
    "status.notSet": "ikke satt",
    "status.noLimit": "uten grense",
    "wheel.preparation": "forberedelse",
    "wheel.localSubmission": "lokal frist",
    "wheel.centralAnalysis": "sentral analyse",
    "wheel.compilation": "sammenstilling",
    "wheel.approval": "godkjenning",
    "wheel.publication": "informasjon ut",
    "stage.before": "før forberedelsen",
    "stage.preparation": "forberedelse og innmelding",
    "stage.localSubmission": "sentral analyse og prioritering",
    "stage.centralAnalysis": "sammenstilling av planen",
    "stage.compilation": "til godkjenning",
    "stage.approval": "godkjent plan, informasjon ut",
    "stage.publication": "informasjon ut i dag",
    "stage.rolling": "rullerende plan",
    "versionStatus.draft": "utkast",
    "versionStatus.submitted": "til godkjenning",
    "versionStatus.approved": "godkjent",
    "versionStatus.published": "publisert",
  },
  en: {
    "file.problem": "{file}, field {path}: {message}",
    "problem.json": "the file is not valid JSON (fix it in an editor that shows JSON errors)",
    "problem.schemaVersion.missing":
      "schemaVersion is missing; this version of the program reads version {supported}",
    "problem.schemaVersion.unknown":
      "schemaVersion {found} is unknown; this version of the program reads version {supported}",
    "problem.schemaVersion.newer":
      "schemaVersion {found} is newer than this version of the program can read ({supported}); update Anskaffelsesplan",
    "problem.schema.required": "the field is missing",
    "problem.schema.unknownField": "is not a known field",
    "problem.schema.type": "has the wrong type (must be {expected})",
    "problem.schema.allowed": "has a value that is not allowed (allowed: {allowed})",
    "problem.schema.minimum": "is less than {limit}",
    "problem.schema.maximum": "is greater than {limit}",
    "problem.schema.minLength": "is too short (at least {limit} characters)",
    "problem.schema.minItems": "has too few elements (at least {limit})",
    "problem.schema.maxItems": "has too many elements (at most {limit})",
    "problem.schema.pattern": "has the wrong format",
    "problem.schema.other": "is invalid ({detail})",
    "problem.planYear.mismatch": "the plan year is {found}, but the file belongs to plan year {expected}",
    "problem.version.duplicate": "version {id} is listed more than once",
    "finding.budget.missing":
      "The plan year's budget is not set. Set it with “year config --set prioritisation.budgetNok=AMOUNT”.",
    "finding.criteria.missing":
      "The criteria and weights are not set for this site. Set them with “year config --file config.json” (prioritisation.criteria).",
    "finding.approvers.missing":
      "No approvers are set for {scopeName}. Set them with “year config --set approvers.{scope}=name@politiet.no”.",
    "finding.edits.unknownNeed":
      "The edit for need {needId} ({kind}) is for a need that is not among the submissions.",
    "finding.edits.unknownCriterion":
      "The weight for criterion {criterionId} is for a criterion that is not configured.",
    "finding.central.unknownContract":
      "The accepted suggestion {suggestionId} is for contract {contractId}, which is not in KAV: no need was created.",
    "finding.central.notSuggested":
      "The accepted suggestion {suggestionId} is for contract {contractId}, which no longer needs renewing in the planning period: no need was created.",
    "finding.central.idTaken":
      "The accepted suggestion {suggestionId} would create need {needId}, but that id is already used: no need was created.",
    "finding.central.memberMissing":
      "The accepted joint proposal {suggestionId} cannot be merged: the needs {needIds} are missing, rejected or already merged.",
    "finding.central.mergeRefused":
      "The accepted joint proposal {suggestionId} cannot be merged: its needs renew different contracts. Merge them by hand.",
    "finding.central.contactMissing":
      "Need {needId} was created centrally without a contact: category {category} has no procurement lead in the people list. The coordinator must fill in the contact.",
    "conflict.line":
      "{path}: you and someone else both changed this field; the stored value {theirs} is kept (yours was {ours})",
    "record.exists": "Plan year {year} already exists ({file}); it is not overwritten.",
    "record.missing":
      "Plan year {year} has not been set up ({file}). Set it up with “year init --year {year}”.",
    "record.busy": "{file} was changed by others {attempts} {attempts|time|times} while we saved; try again.",
    "record.previousMissing": "The plan year {year} to reuse from does not exist ({file}).",
    "scope.whole": "the whole plan (PFT's leadership group)",
    "scope.procurement": "the procurement plan (director of Procurement and Legal)",
    "scope.realEstate": "the real-estate portfolio plan (director of Real Estate)",
    "cli.storeChoice": "Give either --store DIR or --graph URL together with --site URL.",
    "cli.userMissing": "Who is working? Give --user name@politiet.no or set {variable}.",
    "cli.conflicts": "{count} {count|field was|fields were} changed by others at the same time:",
    "cli.initDone": "Plan year {year} is set up: {file}",
    "cli.initFrom":
      "Reused from {from}: configuration, approvers and annual wheel; {count} {count|need|needs} carried over ({deferred} deferred, {unfinished} unfinished).",
    "cli.configDone": "The configuration of {year} is saved: {file}",
    "cli.configUnchanged": "The configuration of {year} is unchanged.",
    "cli.configNothing": "Give at least one --set field=value or --file config.json.",
    "cli.configFile": "{file} is not valid JSON",
    "cli.configFileUnreadable": "{file} does not exist or cannot be read",
    "cli.planBlocked": "The plan is not run until this is in place:",
    "cli.planRecord": "Planning {year} with the configuration and edits in {file}.",
    "cli.sourceChoice":
      "With --store the needs come from --input FILE or --demo; with --graph from --list LIST.",
    "status.header": "Plan year {year} ({file})",
    "status.created": "Created {date} by {by}",
    "status.budget": "Budget: {budget}",
    "status.criteria": "Prioritisation ({mode}): {criteria}",
    "status.approvers": "Approvers: {approvers}",
    "status.wheel": "Annual wheel: {wheel}",
    "status.revisions": "Revisions: {dates}",
    "status.today": "Today {date}: {stage}; next revision {next}",
    "status.edits":
      "Edits: weights {weights}, scores {scores}, forced in/out {forced}, notes {notes}, feedback {feedback}",
    "status.versions": "Versions: {versions}",
    "status.carried":
      "Carried over from the previous plan year: {count} ({deferred} deferred, {unfinished} unfinished)",
    "status.none": "none",
    "status.notSet": "not set",
    "status.noLimit": "no limit",
    "wheel.preparation": "preparation",
    "wheel.localSubmission": "local deadline",
    "wheel.centralAnalysis": "central analysis",
    "wheel.compilation": "compilation",
    "wheel.approval": "approval",
    "wheel.publication": "information out",
    "stage.before": "before preparation",
    "stage.preparation": "preparation and submission",
    "stage.localSubmission": "central analysis and prioritisation",
    "stage.centralAnalysis": "compiling the plan",
    "stage.compilation": "awaiting approval",
    "stage.approval": "approved plan, information going out",
    "stage.publication": "information out today",
    "stage.rolling": "rolling plan",
    "versionStatus.draft": "draft",
    "versionStatus.submitted": "submitted for approval",
    "versionStatus.approved": "approved",
    "versionStatus.published": "published",
  },
};

/** A plan-year message in the locale. */
export function planYearSay(
  locale: Locale,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(planYearMessages, locale, key, params);
}

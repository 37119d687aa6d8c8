/**
 * Messages of the SharePoint sync and write-back (CLI and task pane), bokmål first.
 */
import { formatNumber, translate, type Catalogue, type Locale } from "./locale";

/** The sentence for a need that could not be written (the tool's own reasons in the user's language). */
export function publishFailureText(
  locale: Locale,
  failure: {
    readonly needId: string;
    readonly status: number;
    readonly message: string;
    readonly reason?: string;
    readonly itemIds?: readonly string[];
  },
): string {
  const { needId, status, message } = failure;
  if (failure.reason)
    return translate(GRAPH_MESSAGES, locale, `publish.failed.${failure.reason}`, {
      needId,
      items: (failure.itemIds ?? []).join(", "),
    });
  return translate(GRAPH_MESSAGES, locale, "publish.failed", { needId, status, message });
}

/** One sentence with the counts of a publish to the feedback list. */
export function feedbackSummary(
  locale: Locale,
  report: {
    readonly created: readonly string[];
    readonly updated: readonly string[];
    readonly unchanged: readonly string[];
    readonly conflicts: readonly string[];
    readonly failed: readonly unknown[];
  },
  list: string,
): string {
  const n = (values: readonly unknown[]) => formatNumber(values.length, locale);
  return translate(GRAPH_MESSAGES, locale, "publish.feedbackDone", {
    list,
    created: n(report.created),
    updated: n(report.updated),
    unchanged: n(report.unchanged),
    conflicts: n(report.conflicts),
    failed: n(report.failed),
  });
}

/**
 * The sentence for an unreadable or refused Graph answer (GraphAnswerError): which request, and what
 * to do — sign in again (pane) or set the token variable (CLI).
 */
export function graphAnswerText(
  locale: Locale,
  error: { readonly problem: string; readonly request: string },
  host: "pane" | "cli",
  tokenVariable = "",
): string {
  return translate(GRAPH_MESSAGES, locale, `answer.${error.problem}.${host}`, {
    request: error.request,
    variable: tokenVariable,
  });
}

/** Catalogue of the Graph/SharePoint feature. */
export const GRAPH_MESSAGES: Catalogue = {
  nb: {
    "sync.done":
      "Synkronisert {list} ({mode}): {records} behov, {changed} endret, {deleted} slettet. Skrevet til {out}.",
    "sync.mode.full": "full lesing",
    "sync.mode.delta": "endringer siden sist",
    "sync.mode.resync": "full lesing etter utløpt endringstoken",
    "sync.issue": "Element {itemId}, felt {field}: {code} ({detail})",
    "sync.contractIssue": "KAV-element {itemId}, felt {field}: {detail} – avtalen er ikke tatt med.",
    "sync.personIssue": "Ressurs-element {itemId}, felt {field}: {detail} – personen er ikke tatt med.",
    "publish.done":
      "Publisert til {list}: {written} skrevet, {merged} flettet med andres endringer, {unchanged} uendret, {missing} ikke funnet, {conflicts} {conflicts|konflikt|konflikter}, {failed} feilet.",
    "publish.conflict":
      "Konflikt på behov {needId}, felt {field}: noen andre satte «{theirs}» (var «{base}»), planen sier «{ours}». Verdien er ikke overskrevet, og blir ikke det før konflikten er løst: publish --resolve keep-theirs|take-ours --need {needId}.",
    "publish.failed": "Behov {needId} ble ikke skrevet (status {status}): {message}",
    "publish.failed.duplicate-need-id":
      "Behov {needId} ble ikke skrevet: elementene {items} har samme behovs-ID. Rydd i listen og publiser på nytt.",
    "publish.failed.edited-repeatedly":
      "Behov {needId} ble ikke skrevet: andre endret elementet gang på gang under publiseringen. Prøv igjen senere med bare de som ikke ble skrevet; andres verdier overskrives ikke.",
    "publish.missing": "Behov {needId} finnes ikke i listen.",
    "publish.retryHint":
      "{count} {count|beslutning|beslutninger} ble ikke skrevet. Prøv bare {count|den|dem} på nytt senere: publish --retry-failed.",
    "publish.conflictsOpen":
      "{count} {count|konflikt|konflikter} er ikke løst; feltene skrives ikke før du velger: publish --resolve keep-theirs|take-ours [--need ID].",
    "publish.nothingToRetry": "Ingen beslutninger venter på et nytt forsøk.",
    "resolve.kept": "Behov {needId}, felt {field}: verdien «{theirs}» beholdes, planens verdi skrives ikke.",
    "resolve.written": "Behov {needId}, felt {field}: planens verdi «{ours}» er skrevet.",
    "resolve.still":
      "Behov {needId}, felt {field}: ble endret igjen til «{theirs}» i mellomtiden – fortsatt en konflikt, ingenting skrevet.",
    "resolve.none": "Ingen åpne konflikter å løse.",
    "resolve.done":
      "Konflikter løst: {kept} beholdt, {written} skrevet, {still} fortsatt i konflikt, {failed} feilet.",
    "error.publishMode": "Oppgi enten --plan FIL, --retry-failed eller --resolve keep-theirs|take-ours.",
    "pane.conflict.resolve": "Løs",
    "pane.conflict.keepTheirs": "Behold deres",
    "pane.conflict.takeOurs": "Bruk planens",
    "pane.conflict.keepAll": "Behold alle deres",
    "pane.conflict.takeAll": "Bruk planens for alle",
    "pane.retryFailed": "Prøv de som ikke ble skrevet på nytt ({count})",
    "error.token": "Mangler tilgangstoken: sett miljøvariabelen {variable}.",
    "cli.error.mapping.fatalColumns":
      "Listen har ingen kolonne for {columns}. Lag en feltkobling med map-list, rett filen, og kjør sync igjen med --mapping FIL.",
    "cli.error.mapping.none":
      "Listen har ingen feltkobling ennå. Lag en med map-list, og kjør sync igjen med --mapping FIL.",
    "cli.error.kav.missingColumns":
      "KAV-listen «{list}» mangler kolonnene {columns}. Lag en feltkobling med map-list --kind kav, og kjør sync igjen med --kav-mapping FIL.",
    "answer.unreadable.pane":
      "SharePoint-tjeneren sendte et svar som ikke kan leses, på forespørselen {request}. Prøv igjen om litt; skjer det igjen, sjekk adressen til Graph-endepunktet.",
    "answer.unreadable.cli":
      "SharePoint-tjeneren sendte et svar som ikke kan leses, på forespørselen {request}. Prøv igjen om litt; skjer det igjen, sjekk adressen i --graph.",
    "answer.unauthorized.pane":
      "SharePoint avviste tilgangen (401) på forespørselen {request}. Logg inn på nytt i SharePoint-fanen.",
    "answer.unauthorized.cli":
      "SharePoint avviste tilgangen (401) på forespørselen {request}. Sett et gyldig tilgangstoken i miljøvariabelen {variable}.",
    "setup.created": "Opprettet listene: {lists}.",
    "setup.existing": "Listene fantes allerede: {lists}.",
    "setup.listMissing": "Listen «{list}» finnes ikke på {site}. Lister: {lists}.",
    "setup.mapped": "Foreslått kobling for «{list}» skrevet til {file}: {mapped} av {total} felt koblet.",
    "setup.unmapped": "Ikke koblet (rediger filen, bruk den så med sync {option}): {fields}",
    "error.state": "Ingen synkroniseringstilstand i {state}: kjør sync først.",
    "error.stateMismatch": "Tilstanden i {state} gjelder {stateList} på {stateSite}, ikke {list} på {site}.",
    "serve.ready":
      "Demo-SharePoint (Graph) kjører på {baseUrl}\nNettsted: {siteUrl}\nLister: {lists}\nToken: {token}\nSertifikat (CA): {caFile}\nAvslutt med Ctrl+C.",
    progress: "{phase}: {done}",
    "auth.unavailable.project":
      "Project støtter verken Nested App Authentication eller Office SSO, og dialog-API-et er ikke tilgjengelig her. Synkroniser fra Excel eller nettleseren, eller bruk kommandolinjen med et token.",
    "auth.unavailable.host":
      "Innlogging er ikke tilgjengelig i dette programmet. Bruk Excel, nettleseren eller kommandolinjen.",
    "auth.redirecting": "Sender deg til pålogging …",
    "auth.cancelled":
      "Innloggingen ble avbrutt eller vinduet ble lukket. Trykk «Logg inn» for å prøve igjen.",
    "pane.tab": "SharePoint",
    "pane.startup.signIn": "Viser demodata. Logg inn i SharePoint-fanen for å hente behovene fra {site}.",
    "pane.startup.failed": "Viser demodata: behovene fra {site} kunne ikke hentes ({reason}).",
    "pane.intro":
      "Hent innmeldingene fra SharePoint-listene, og skriv beslutninger og tilbakemeldinger tilbake. Andres endringer overskrives aldri.",
    "pane.connection": "Tilkobling",
    "pane.graph": "Graph-endepunkt",
    "pane.site": "Områdets adresse (URL)",
    "pane.clientId": "Klient-ID (appregistrering)",
    "pane.tenant": "Tenant-ID",
    "pane.selectedScopes": "Minste rettighet (Sites.Selected, krever tildeling fra administrator)",
    "pane.auth.demo": "Demo-tjeneren trenger ingen Microsoft-innlogging.",
    "pane.auth.signedOut": "Ikke logget inn.",
    "pane.auth.signedIn": "Logget inn.",
    "pane.auth.route.naa": "Innlogging via Office (Nested App Authentication).",
    "pane.auth.route.dialog": "Innlogging i et Office-dialogvindu.",
    "pane.auth.route.browser": "Innlogging i et popup-vindu i nettleseren.",
    "pane.auth.noClientId": "Fyll inn klient-ID-en til appregistreringen før du logger inn.",
    "pane.signIn": "Logg inn",
    "pane.signOut": "Logg ut",
    "pane.connect": "Koble til området",
    "pane.site.found": "Området «{site}» har {count} {count|liste|lister}.",
    "pane.intakeList": "Innmeldingsliste",
    "pane.kavList": "KAV-liste",
    "pane.kavList.none": "(ingen – bruk avtalene i grunnlaget)",
    "pane.peopleList": "Ressursliste (anskaffelsesledere og jurister)",
    "pane.peopleList.none": "(ingen – bruk ressursene i grunnlaget)",
    "pane.lists.missing": "Disse listene mangler på området: {lists}.",
    "pane.lists.create": "Opprett manglende lister",
    "pane.lists.created": "Opprettet: {lists}.",
    "pane.lists.complete": "Området har alle planleggingslistene.",
    "pane.mapping": "Feltkobling …",
    "pane.mapping.title": "Feltkobling for «{list}»",
    "pane.mapping.intro":
      "Velg kolonnen i listen (internt navn) for hvert felt. Koblingen lagres for denne arbeidsboken og brukeren.",
    "pane.mapping.saved": "Lagret kobling",
    "pane.mapping.suggested": "Foreslått ut fra kolonnene",
    "pane.mapping.needFields": "Felt i behovet",
    "pane.mapping.writeBack": "Felt som skrives tilbake",
    "pane.mapping.none": "(ikke koblet)",
    "pane.mapping.unmapped": "{count} felt er ikke koblet.",
    "pane.mapping.save": "Lagre koblingen",
    "pane.mapping.cancel": "Avbryt",
    "pane.mapping.done": "Feltkoblingen er lagret.",
    "pane.mapping.required": "Velg en kolonne for feltet «{field}».",
    "pane.mapping.kav": "Feltkobling for KAV-listen …",
    "pane.mapping.contractFields": "Felt i avtalen",
    "contract.kavId": "KAV-ID",
    "contract.title": "Avtalenavn",
    "contract.supplier": "Leverandør",
    "contract.category": "Hovedkategori",
    "contract.subcategory": "Underkategori",
    "contract.startDate": "Startdato",
    "contract.endDate": "Sluttdato",
    "contract.finalEndDate": "Sluttdato med opsjoner",
    "contract.contractValue": "Avtaleverdi",
    "contract.framework": "Rammeavtale",
    "pane.sync": "Synkroniser",
    "pane.syncFull": "Les alt på nytt",
    "pane.cancel": "Avbryt",
    "pane.cancelled": "Avbrutt. Ingenting er endret lokalt.",
    "pane.phase.resolve": "Finner området og listen …",
    "pane.phase.full": "Leser alle elementer: {done}",
    "pane.phase.delta": "Leser endringer: {done}",
    "pane.phase.lookups": "Slår opp personer og avtaler …",
    "pane.phase.write": "Skriver tilbake: {done} av {total}",
    "pane.synced":
      "Synkronisert «{list}» ({mode}): {records} behov, {changed} endret, {deleted} slettet, {contracts} {contracts|avtale|avtaler}, {people} {people|person|personer}.",
    "pane.issues": "{count} {count|verdi|verdier} kunne ikke leses:",
    "pane.publish": "Publiser beslutninger",
    "pane.publish.intro":
      "Skriver status, rangering, beslutning, planlagt start og slutt og tilbakemelding for hvert behov i den viste planen.",
    "pane.publish.needsSync": "Synkroniser listen før du publiserer.",
    "pane.published":
      "{written} skrevet, {merged} flettet med andres endringer, {unchanged} uendret, {missing} ikke funnet, {conflicts} {conflicts|konflikt|konflikter}, {failed} feilet.",
    "pane.conflicts": "Konflikter (verdien er ikke overskrevet)",
    "pane.publishFeedback": "Publiser tilbakemeldinger til enhetene",
    "pane.publishFeedback.intro":
      "Skriver ett element per behov og planår i listen {list}, som enhetene leser. Titler på skjermede behov vises aldri der.",
    "publish.feedbackConflict":
      "Tilbakemeldingen for behov {needId} ble endret av andre mens vi skrev, og er ikke overskrevet. Se over elementet i listen først: en ny publisering av tilbakemeldingene skriver planens tekst over den.",
    "error.feedbackPlan":
      "{plan} har ikke beslutninger per behov (planår, behov og beslutninger): lag planen med «plan» først.",
    "publish.feedbackDone":
      "Listen «{list}»: {created} nye, {updated} oppdatert, {unchanged} uendret, {conflicts} endret av andre i mellomtiden (ikke overskrevet), {failed} feilet.",
    "pane.conflict.need": "Behov",
    "pane.conflict.field": "Felt",
    "pane.conflict.theirs": "Satt av andre",
    "pane.conflict.ours": "Planen sier",
    "pane.failed": "Ikke skrevet",
    "pane.busy": "Arbeider …",
    "pane.error": "Feil: {reason}",
    "writeBack.status": "Status",
    "writeBack.rank": "Rangering",
    "writeBack.decision": "Beslutning",
    "writeBack.plannedStart": "Planlagt start",
    "writeBack.plannedFinish": "Planlagt slutt",
    "writeBack.feedback": "Tilbakemelding",
  },
  en: {
    "sync.done":
      "Synced {list} ({mode}): {records} {records|need|needs}, {changed} changed, {deleted} deleted. Written to {out}.",
    "sync.mode.full": "full read",
    "sync.mode.delta": "changes since last time",
    "sync.mode.resync": "full read after an expired delta token",
    "sync.issue": "Item {itemId}, field {field}: {code} ({detail})",
    "sync.contractIssue": "KAV item {itemId}, field {field}: {detail} – the contract is left out.",
    "sync.personIssue": "People item {itemId}, field {field}: {detail} – the person is left out.",
    "publish.done":
      "Published to {list}: {written} written, {merged} merged with others' edits, {unchanged} unchanged, {missing} not found, {conflicts} {conflicts|conflict|conflicts}, {failed} failed.",
    "publish.conflict":
      "Conflict on need {needId}, field {field}: someone else set “{theirs}” (was “{base}”), the plan says “{ours}”. The value was not overwritten, and will not be until the conflict is resolved: publish --resolve keep-theirs|take-ours --need {needId}.",
    "publish.failed": "Need {needId} was not written (status {status}): {message}",
    "answer.unreadable.pane":
      "The SharePoint server sent an answer that cannot be read, to the request {request}. Try again shortly; if it happens again, check the address of the Graph endpoint.",
    "answer.unreadable.cli":
      "The SharePoint server sent an answer that cannot be read, to the request {request}. Try again shortly; if it happens again, check the address in --graph.",
    "answer.unauthorized.pane":
      "SharePoint refused access (401) to the request {request}. Sign in again on the SharePoint tab.",
    "answer.unauthorized.cli":
      "SharePoint refused access (401) to the request {request}. Set a valid access token in the environment variable {variable}.",
    "publish.failed.duplicate-need-id":
      "Need {needId} was not written: the items {items} carry the same need id. Clean up the list and publish again.",
    "publish.failed.edited-repeatedly":
      "Need {needId} was not written: others edited the item again and again while publishing. Retry just the ones not written later; nobody else's values are overwritten.",
    "publish.missing": "Need {needId} is not in the list.",
    "publish.retryHint":
      "{count} {count|decision was|decisions were} not written. Retry just those later: publish --retry-failed.",
    "publish.conflictsOpen":
      "{count} {count|conflict is|conflicts are} unresolved; the fields are not written until you choose: publish --resolve keep-theirs|take-ours [--need ID].",
    "publish.nothingToRetry": "No decisions are waiting for a retry.",
    "resolve.kept":
      "Need {needId}, field {field}: the value “{theirs}” stays, the plan's value is not written.",
    "resolve.written": "Need {needId}, field {field}: the plan's value “{ours}” was written.",
    "resolve.still":
      "Need {needId}, field {field}: was changed again to “{theirs}” meanwhile – still a conflict, nothing written.",
    "resolve.none": "No open conflicts to resolve.",
    "resolve.done":
      "Conflicts resolved: {kept} kept, {written} written, {still} still in conflict, {failed} failed.",
    "error.publishMode": "Give either --plan FILE, --retry-failed or --resolve keep-theirs|take-ours.",
    "pane.conflict.resolve": "Resolve",
    "pane.conflict.keepTheirs": "Keep theirs",
    "pane.conflict.takeOurs": "Take the plan's",
    "pane.conflict.keepAll": "Keep all of theirs",
    "pane.conflict.takeAll": "Take the plan's for all",
    "pane.retryFailed": "Retry the ones not written ({count})",
    "error.token": "No access token: set the environment variable {variable}.",
    "cli.error.mapping.fatalColumns":
      "The list has no column for {columns}. Make a field mapping with map-list, correct the file and run sync again with --mapping FILE.",
    "cli.error.mapping.none":
      "The list has no field mapping yet. Make one with map-list and run sync again with --mapping FILE.",
    "cli.error.kav.missingColumns":
      "The KAV list “{list}” has no columns {columns}. Make a field mapping with map-list --kind kav and run sync again with --kav-mapping FILE.",
    "setup.created": "Created the lists: {lists}.",
    "setup.existing": "The lists existed already: {lists}.",
    "setup.listMissing": 'The list "{list}" does not exist on {site}. Lists: {lists}.',
    "setup.mapped":
      'Suggested mapping for "{list}" written to {file}: {mapped} of {total} {total|field|fields} mapped.',
    "setup.unmapped": "Not mapped (edit the file, then use it with sync {option}): {fields}",
    "error.state": "No sync state in {state}: run sync first.",
    "error.stateMismatch":
      "The state in {state} belongs to {stateList} on {stateSite}, not {list} on {site}.",
    "serve.ready":
      "Demo SharePoint (Graph) runs at {baseUrl}\nSite: {siteUrl}\nLists: {lists}\nToken: {token}\nCertificate (CA): {caFile}\nStop with Ctrl+C.",
    progress: "{phase}: {done}",
    "auth.unavailable.project":
      "Project supports neither Nested App Authentication nor Office SSO, and the dialog API is not available here. Sync from Excel or the browser, or use the command line with a token.",
    "auth.unavailable.host":
      "Sign-in is not available in this application. Use Excel, the browser or the command line.",
    "auth.redirecting": "Taking you to sign in …",
    "auth.cancelled": "Sign-in was cancelled or its window was closed. Press “Sign in” to try again.",
    "pane.tab": "SharePoint",
    "pane.startup.signIn": "Showing demo data. Sign in on the SharePoint tab to fetch the needs from {site}.",
    "pane.startup.failed": "Showing demo data: the needs from {site} could not be fetched ({reason}).",
    "pane.intro":
      "Fetch the submissions from the SharePoint lists, and write decisions and feedback back. Other people's edits are never overwritten.",
    "pane.connection": "Connection",
    "pane.graph": "Graph endpoint",
    "pane.site": "Site address (URL)",
    "pane.clientId": "Client ID (app registration)",
    "pane.tenant": "Tenant ID",
    "pane.selectedScopes": "Least privilege (Sites.Selected, needs an administrator's grant)",
    "pane.auth.demo": "The demo server needs no Microsoft sign-in.",
    "pane.auth.signedOut": "Not signed in.",
    "pane.auth.signedIn": "Signed in.",
    "pane.auth.route.naa": "Sign-in through Office (Nested App Authentication).",
    "pane.auth.route.dialog": "Sign-in in an Office dialog window.",
    "pane.auth.route.browser": "Sign-in in a browser pop-up window.",
    "pane.auth.noClientId": "Enter the app registration's client ID before signing in.",
    "pane.signIn": "Sign in",
    "pane.signOut": "Sign out",
    "pane.connect": "Connect to the site",
    "pane.site.found": "The site “{site}” has {count} {count|list|lists}.",
    "pane.intakeList": "Intake list",
    "pane.kavList": "KAV list",
    "pane.kavList.none": "(none – use the contracts of the base input)",
    "pane.peopleList": "People list (procurement leads and lawyers)",
    "pane.peopleList.none": "(none – use the people of the base input)",
    "pane.lists.missing": "These lists are missing on the site: {lists}.",
    "pane.lists.create": "Create the missing lists",
    "pane.lists.created": "Created: {lists}.",
    "pane.lists.complete": "The site has all the planning lists.",
    "pane.mapping": "Field mapping …",
    "pane.mapping.title": "Field mapping of “{list}”",
    "pane.mapping.intro":
      "Pick the list's column (internal name) for each field. The mapping is saved for this workbook and user.",
    "pane.mapping.saved": "Saved mapping",
    "pane.mapping.suggested": "Suggested from the columns",
    "pane.mapping.needFields": "Fields of the need",
    "pane.mapping.writeBack": "Fields written back",
    "pane.mapping.none": "(not mapped)",
    "pane.mapping.unmapped": "{count} {count|field is|fields are} not mapped.",
    "pane.mapping.save": "Save the mapping",
    "pane.mapping.cancel": "Cancel",
    "pane.mapping.done": "The field mapping is saved.",
    "pane.mapping.required": "Pick a column for the field “{field}”.",
    "pane.mapping.kav": "Field mapping of the KAV list …",
    "pane.mapping.contractFields": "Fields of the contract",
    "contract.kavId": "KAV ID",
    "contract.title": "Contract name",
    "contract.supplier": "Supplier",
    "contract.category": "Main category",
    "contract.subcategory": "Subcategory",
    "contract.startDate": "Start date",
    "contract.endDate": "End date",
    "contract.finalEndDate": "End date with options",
    "contract.contractValue": "Contract value",
    "contract.framework": "Framework agreement",
    "pane.sync": "Sync",
    "pane.syncFull": "Read everything again",
    "pane.cancel": "Cancel",
    "pane.cancelled": "Cancelled. Nothing changed locally.",
    "pane.phase.resolve": "Finding the site and the list …",
    "pane.phase.full": "Reading every item: {done}",
    "pane.phase.delta": "Reading changes: {done}",
    "pane.phase.lookups": "Looking up people and contracts …",
    "pane.phase.write": "Writing back: {done} of {total}",
    "pane.synced":
      "Synced “{list}” ({mode}): {records} {records|need|needs}, {changed} changed, {deleted} deleted, {contracts} {contracts|contract|contracts}, {people} people.",
    "pane.issues": "{count} {count|value|values} could not be read:",
    "pane.publish": "Publish decisions",
    "pane.publish.intro":
      "Writes status, rank, decision, planned start and finish and feedback for every need of the plan shown.",
    "pane.publish.needsSync": "Sync the list before publishing.",
    "pane.published":
      "{written} written, {merged} merged with others' edits, {unchanged} unchanged, {missing} not found, {conflicts} {conflicts|conflict|conflicts}, {failed} failed.",
    "pane.conflicts": "Conflicts (the value was not overwritten)",
    "pane.publishFeedback": "Publish feedback to the units",
    "pane.publishFeedback.intro":
      "Writes one item per need and plan year to the list {list}, which the units read. Titles of security-graded needs never appear there.",
    "publish.feedbackConflict":
      "The feedback item of need {needId} was edited by others while we wrote, and was not overwritten. Look at the item in the list first: publishing the feedback again writes the plan's text over it.",
    "error.feedbackPlan":
      "{plan} has no decisions per need (plan year, needs and decisions): make the plan with “plan” first.",
    "publish.feedbackDone":
      "The list “{list}”: {created} new, {updated} updated, {unchanged} unchanged, {conflicts} edited by others meanwhile (not overwritten), {failed} failed.",
    "pane.conflict.need": "Need",
    "pane.conflict.field": "Field",
    "pane.conflict.theirs": "Set by others",
    "pane.conflict.ours": "The plan says",
    "pane.failed": "Not written",
    "pane.busy": "Working …",
    "pane.error": "Error: {reason}",
    "writeBack.status": "Status",
    "writeBack.rank": "Rank",
    "writeBack.decision": "Decision",
    "writeBack.plannedStart": "Planned start",
    "writeBack.plannedFinish": "Planned finish",
    "writeBack.feedback": "Feedback",
  },
};

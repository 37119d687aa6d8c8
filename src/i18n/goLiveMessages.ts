/**
 * Messages of going live (bokmål first): the app registration command and the health check
 * (`doctor`, and the coordinator's view when it gets its button). Each finding of the health check
 * has a text (`doctor.<code>`) and what to do (`doctor.<code>.advice`).
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** The catalogue of the go-live commands and the health check. */
export const GO_LIVE_MESSAGES: Catalogue = {
  nb: {
    "register.dryRun": "Prøvekjøring: ingenting sendes. Disse forespørslene ville blitt sendt til {graph}:",
    "register.badPermissions": "--permissions må være selected eller readWriteAll (fikk «{value}»).",
    "register.noToken": "{variable} er ikke satt (en Graph-token for en administrator).",
    "register.done": "App-registreringen «{name}» er {action}.",
    "register.created": "opprettet",
    "register.updated": "oppdatert",
    "register.clientId": "Klient-ID (application id): {clientId}",
    "register.tenantId": "Leier-ID (tenant id): {tenantId}",
    "register.redirects": "Omdirigerings-URI-er (SPA): {uris}",
    "register.scopes": "Delegerte Graph-tillatelser: {scopes}",
    "register.where.pane":
      "Oppgaveruten, fanen SharePoint → Tilkobling: Klient-ID {clientId}, leier-ID {tenantId}, minste tilgang {selected}.",
    "register.where.cli":
      "CLI: et delegert token for denne appen i ANSKAFFELSESPLAN_TOKEN, --graph https://graph.microsoft.com/v1.0.",
    "register.where.grant": "Skrivetilgang gitt appen på området {site} (Sites.Selected).",
    "register.yes": "ja",
    "register.no": "nei",
    "register.failed": "App-registreringen stoppet: {step} svarte {status}: {detail}",
    "doctor.header": "Helsesjekk av {site} via {graph}",
    "doctor.summary.ok":
      "Alt i orden: tillegget kan brukes ({ok} {ok|kontroll|kontroller} bestått, {warnings} {warnings|advarsel|advarsler}).",
    "doctor.summary.failed":
      "Tillegget kan ikke brukes slik det står: {errors} feil, {warnings} {warnings|advarsel|advarsler}.",
    "doctor.level.ok": "OK",
    "doctor.level.warning": "ADVARSEL",
    "doctor.level.error": "FEIL",
    "doctor.advice": "Gjør dette: {advice}",
    "doctor.token.missing": "Ingen innlogging: ANSKAFFELSESPLAN_TOKEN er ikke satt.",
    "doctor.token.missing.advice":
      "Logg inn og legg et delegert token for app-registreringen i ANSKAFFELSESPLAN_TOKEN.",
    "doctor.token.opaque": "Tokenet er ikke et JWT; tilgangene kan ikke leses fra det.",
    "doctor.token.opaque.advice":
      "Ingenting å gjøre om innloggingen virker; skrivekontrollen nedenfor viser om tilgangen holder.",
    "doctor.token.expired": "Tokenet utløp {expiry}.",
    "doctor.token.expired.advice": "Logg inn på nytt og hent et nytt token.",
    "doctor.token.scopes": "Innlogget som {user}; tilganger: {scopes}.",
    "doctor.token.scopes.advice": "Ingenting å gjøre.",
    "doctor.token.readOnly":
      "Tokenet gir bare lesetilgang ({scopes}); tillegget skriver beslutninger og poster.",
    "doctor.token.readOnly.advice":
      "Gi app-registreringen Sites.Selected (med skrivetilgang på området) eller Sites.ReadWrite.All, gi administratorsamtykke og logg inn på nytt.",
    "doctor.token.noSites": "Tokenet har ingen SharePoint-tilgang ({scopes}).",
    "doctor.token.noSites.advice":
      "Legg til Sites.Selected og Lists.SelectedOperations.Selected (eller Sites.ReadWrite.All) i app-registreringen (anskaffelsesplan register-app), gi samtykke og logg inn på nytt.",
    "doctor.site.ok": "Området «{name}» ({url}) er nådd.",
    "doctor.site.ok.advice": "Ingenting å gjøre.",
    "doctor.site.missing": "Området {url} finnes ikke eller er ikke synlig for deg (HTTP {status}).",
    "doctor.site.missing.advice":
      "Kontroller adressen; med Sites.Selected må en administrator gi appen tilgang til området (register-app --site).",
    "doctor.site.denied": "Ingen tilgang til området {url} (HTTP {status}).",
    "doctor.site.denied.advice":
      "Med Sites.Selected: gi appen skrivetilgang på området (POST /sites/{id}/permissions, se docs/deployment.md); ellers må du være medlem av området.",
    "doctor.list.ok": "Listen «{list}» finnes; {columns} {columns|kolonne|kolonner} kontrollert.",
    "doctor.list.ok.advice": "Ingenting å gjøre.",
    "doctor.list.missing": "Listen «{list}» ({role}) finnes ikke på området.",
    "doctor.list.missing.advice":
      "Kjør «anskaffelsesplan setup-lists --graph URL --site URL» (eller «Opprett manglende lister» i ruten); har listen et annet navn, oppgi det (--{option}).",
    "doctor.list.optionalMissing":
      "Listen «{list}» ({role}) finnes ikke; tillegget klarer seg uten, med mindre.",
    "doctor.list.optionalMissing.advice":
      "Kjør «anskaffelsesplan setup-lists --graph URL --site URL» for å opprette den, eller oppgi navnet (--{option}).",
    "doctor.list.empty": "Listen «{list}» ({role}) er tom.",
    "doctor.list.empty.advice": "Fyll listen før planleggingen ({role}).",
    "doctor.column.missing": "Listen «{list}» mangler kolonnen {column} (felt {field}).",
    "doctor.column.missing.advice":
      "Er kolonnen omdøpt eller heter den noe annet: lag en feltkobling med «anskaffelsesplan map-list --list «{list}»» og bruk den (--mapping); ellers legg kolonnen til som {kind}.",
    "doctor.column.wrongType":
      "Kolonnen {column} i «{list}» er av typen {actual}, men tillegget venter {expected}.",
    "doctor.column.wrongType.advice":
      "Endre kolonnetypen til {expected} i listeinnstillingene, eller koble feltet {field} til en annen kolonne av riktig type.",
    "doctor.column.choices": "Valgkolonnen {column} i «{list}» mangler valgene {choices}.",
    "doctor.column.choices.advice":
      "Legg valgene til i kolonnens innstillinger; ellers feiler skrivingen av disse verdiene.",
    "doctor.write.ok":
      "Skrivetilgang til «{list}» bekreftet uten å endre noe (betinget skriving avvist med 412).",
    "doctor.write.ok.advice": "Ingenting å gjøre.",
    "doctor.write.denied": "Ingen skrivetilgang til «{list}» (HTTP {status}).",
    "doctor.write.denied.advice":
      "Gi brukeren Rediger-tilgang på området og appen skrivetilgang (Sites.Selected med «write», eller Sites.ReadWrite.All), og logg inn på nytt.",
    "doctor.write.unknown": "Skrivetilgangen til «{list}» kunne ikke prøves ({reason}).",
    "doctor.write.unknown.advice": "Prøv en publisering med ett behov og se at den lykkes.",
    "doctor.write.reason.empty": "listen er tom",
    "doctor.write.reason.status": "uventet svar {status}",
    "doctor.library.ok": "Dokumentbiblioteket «{name}» er nådd.",
    "doctor.library.ok.advice": "Ingenting å gjøre.",
    "doctor.library.missing": "Områdets dokumentbibliotek kan ikke nås (HTTP {status}).",
    "doctor.library.missing.advice":
      "Kontroller at området har standardbiblioteket «Dokumenter» og at appen har tilgang til området.",
    "doctor.record.ok": "Planårsposten for {year} finnes og har skjemaversjon {version}.",
    "doctor.record.ok.advice": "Ingenting å gjøre.",
    "doctor.record.missing": "Planåret {year} har ingen planårspost ({location}).",
    "doctor.record.missing.advice":
      "Opprett planåret med «anskaffelsesplan year init --year {year} --graph … --site …» (første oppsett, docs/deployment.md) før behandlingen starter.",
    "doctor.record.unreadable": "Planårsposten for {year} er ikke gyldig JSON ({location}).",
    "doctor.record.unreadable.advice":
      "Gjenopprett en tidligere versjon av filen i dokumentbiblioteket (Versjonslogg).",
    "doctor.record.unknownVersion":
      "Planårsposten for {year} har skjemaversjon {version}; denne utgaven av tillegget kjenner versjon {known}.",
    "doctor.record.unknownVersion.advice":
      "Oppdater tillegget til utgaven som skrev posten (docs/deployment.md, «Oppdatering og tilbakerulling»); ikke rediger posten for hånd.",
    "doctor.record.invalid":
      "Planårsposten for {year} har {count} feil; den første er i feltet {path} ({location}).",
    "doctor.record.invalid.advice":
      "Kjør «anskaffelsesplan year status» for å se alle feilene, og rett filen eller gjenopprett en tidligere versjon i dokumentbiblioteket (Versjonslogg).",
    "doctor.record.noVersion": "Planårsposten for {year} mangler skjemaversjon (schemaVersion).",
    "doctor.record.noVersion.advice":
      "Gjenopprett en tidligere versjon av filen i dokumentbiblioteket (Versjonslogg).",
    "doctor.role.intake": "innmeldinger",
    "doctor.role.kav": "KAV-avtaler",
    "doctor.role.people": "ressurser",
    "doctor.role.feedback": "tilbakemeldinger",
    "doctor.failed": "Helsesjekken stoppet: {detail}",
  },
  en: {
    "register.dryRun": "Dry run: nothing is sent. These requests would be sent to {graph}:",
    "register.badPermissions": "--permissions must be selected or readWriteAll (got “{value}”).",
    "register.noToken": "{variable} is not set (an administrator's Graph token).",
    "register.done": "The app registration “{name}” was {action}.",
    "register.created": "created",
    "register.updated": "updated",
    "register.clientId": "Client ID (application id): {clientId}",
    "register.tenantId": "Tenant ID: {tenantId}",
    "register.redirects": "Redirect URIs (SPA): {uris}",
    "register.scopes": "Delegated Graph permissions: {scopes}",
    "register.where.pane":
      "Task pane, SharePoint tab → Connection: client ID {clientId}, tenant ID {tenantId}, least privilege {selected}.",
    "register.where.cli":
      "CLI: a delegated token for this app in ANSKAFFELSESPLAN_TOKEN, --graph https://graph.microsoft.com/v1.0.",
    "register.where.grant": "Write access granted to the app on the site {site} (Sites.Selected).",
    "register.yes": "yes",
    "register.no": "no",
    "register.failed": "The app registration stopped: {step} answered {status}: {detail}",
    "doctor.header": "Health check of {site} through {graph}",
    "doctor.summary.ok":
      "All good: the add-in can be used ({ok} {ok|check|checks} passed, {warnings} {warnings|warning|warnings}).",
    "doctor.summary.failed":
      "The add-in cannot be used as things stand: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "doctor.level.ok": "OK",
    "doctor.level.warning": "WARNING",
    "doctor.level.error": "ERROR",
    "doctor.advice": "To do: {advice}",
    "doctor.token.missing": "Not signed in: ANSKAFFELSESPLAN_TOKEN is not set.",
    "doctor.token.missing.advice":
      "Sign in and put a delegated token for the app registration in ANSKAFFELSESPLAN_TOKEN.",
    "doctor.token.opaque": "The token is not a JWT; its permissions cannot be read from it.",
    "doctor.token.opaque.advice":
      "Nothing to do if sign-in works; the write check below shows whether access suffices.",
    "doctor.token.expired": "The token expired at {expiry}.",
    "doctor.token.expired.advice": "Sign in again and get a new token.",
    "doctor.token.scopes": "Signed in as {user}; permissions: {scopes}.",
    "doctor.token.scopes.advice": "Nothing to do.",
    "doctor.token.readOnly":
      "The token only allows reading ({scopes}); the add-in writes decisions and items.",
    "doctor.token.readOnly.advice":
      "Give the app registration Sites.Selected (with write on the site) or Sites.ReadWrite.All, grant admin consent and sign in again.",
    "doctor.token.noSites": "The token has no SharePoint permission ({scopes}).",
    "doctor.token.noSites.advice":
      "Add Sites.Selected and Lists.SelectedOperations.Selected (or Sites.ReadWrite.All) to the app registration (anskaffelsesplan register-app), consent and sign in again.",
    "doctor.site.ok": "The site “{name}” ({url}) is reachable.",
    "doctor.site.ok.advice": "Nothing to do.",
    "doctor.site.missing": "The site {url} does not exist or is not visible to you (HTTP {status}).",
    "doctor.site.missing.advice":
      "Check the address; with Sites.Selected an administrator must grant the app the site (register-app --site).",
    "doctor.site.denied": "No access to the site {url} (HTTP {status}).",
    "doctor.site.denied.advice":
      "With Sites.Selected: grant the app write on the site (POST /sites/{id}/permissions, see docs/deployment.md); otherwise you must be a member of the site.",
    "doctor.list.ok": "The list “{list}” exists; {columns} {columns|column|columns} checked.",
    "doctor.list.ok.advice": "Nothing to do.",
    "doctor.list.missing": "The list “{list}” ({role}) is not on the site.",
    "doctor.list.missing.advice":
      "Run “anskaffelsesplan setup-lists --graph URL --site URL” (or “Create missing lists” in the pane); if the list has another name, give it (--{option}).",
    "doctor.list.optionalMissing":
      "The list “{list}” ({role}) is not on the site; the add-in manages without it, with less.",
    "doctor.list.optionalMissing.advice":
      "Run “anskaffelsesplan setup-lists --graph URL --site URL” to create it, or give its name (--{option}).",
    "doctor.list.empty": "The list “{list}” ({role}) is empty.",
    "doctor.list.empty.advice": "Fill the list before planning ({role}).",
    "doctor.column.missing": "The list “{list}” has no column {column} (field {field}).",
    "doctor.column.missing.advice":
      "If the column was renamed or is called something else: make a field mapping with “anskaffelsesplan map-list --list “{list}”” and use it (--mapping); otherwise add the column as {kind}.",
    "doctor.column.wrongType":
      "The column {column} in “{list}” is of type {actual}, but the add-in expects {expected}.",
    "doctor.column.wrongType.advice":
      "Change the column's type to {expected} in the list settings, or map the field {field} to another column of the right type.",
    "doctor.column.choices": "The choice column {column} in “{list}” lacks the choices {choices}.",
    "doctor.column.choices.advice":
      "Add the choices in the column's settings; otherwise writing these values fails.",
    "doctor.write.ok":
      "Write access to “{list}” confirmed without changing anything (conditional write refused with 412).",
    "doctor.write.ok.advice": "Nothing to do.",
    "doctor.write.denied": "No write access to “{list}” (HTTP {status}).",
    "doctor.write.denied.advice":
      "Give the user Edit on the site and the app write access (Sites.Selected with “write”, or Sites.ReadWrite.All), then sign in again.",
    "doctor.write.unknown": "Write access to “{list}” could not be tried ({reason}).",
    "doctor.write.unknown.advice": "Try publishing one need and see that it succeeds.",
    "doctor.write.reason.empty": "the list is empty",
    "doctor.write.reason.status": "unexpected answer {status}",
    "doctor.library.ok": "The document library “{name}” is reachable.",
    "doctor.library.ok.advice": "Nothing to do.",
    "doctor.library.missing": "The site's document library cannot be reached (HTTP {status}).",
    "doctor.library.missing.advice":
      "Check that the site has its default library “Documents” and that the app has access to the site.",
    "doctor.record.ok": "The plan-year record for {year} exists and has schema version {version}.",
    "doctor.record.ok.advice": "Nothing to do.",
    "doctor.record.missing": "Plan year {year} has no plan-year record ({location}).",
    "doctor.record.missing.advice":
      "Create the plan year with “anskaffelsesplan year init --year {year} --graph … --site …” (first set-up, docs/deployment.md) before the work starts.",
    "doctor.record.unreadable": "The plan-year record for {year} is not valid JSON ({location}).",
    "doctor.record.unreadable.advice":
      "Restore an earlier version of the file in the document library (Version history).",
    "doctor.record.unknownVersion":
      "The plan-year record for {year} has schema version {version}; this release of the add-in knows version {known}.",
    "doctor.record.unknownVersion.advice":
      "Update the add-in to the release that wrote the record (docs/deployment.md, “Updates and rollback”); do not edit the record by hand.",
    "doctor.record.invalid":
      "The plan-year record for {year} has {count} {count|error|errors}; the first is in the field {path} ({location}).",
    "doctor.record.invalid.advice":
      "Run “anskaffelsesplan year status” to see every error, and correct the file or restore an earlier version in the document library (Version history).",
    "doctor.record.noVersion": "The plan-year record for {year} has no schema version (schemaVersion).",
    "doctor.record.noVersion.advice":
      "Restore an earlier version of the file in the document library (Version history).",
    "doctor.role.intake": "intake",
    "doctor.role.kav": "KAV contracts",
    "doctor.role.people": "people",
    "doctor.role.feedback": "feedback",
    "doctor.failed": "The health check stopped: {detail}",
  },
};

/** A finding's text and what to do about it, in `locale`. */
export function describeFinding(
  finding: { readonly code: string; readonly params: Readonly<Record<string, string | number>> },
  locale: Locale,
): { readonly text: string; readonly advice: string } {
  // A list's role (intake, kav, people, feedback) and a write probe's reason travel as codes.
  const { role, reason } = finding.params;
  const params = {
    ...finding.params,
    ...(typeof role === "string" ? { role: translate(GO_LIVE_MESSAGES, locale, `doctor.role.${role}`) } : {}),
    ...(typeof reason === "string"
      ? { reason: translate(GO_LIVE_MESSAGES, locale, `doctor.write.reason.${reason}`, finding.params) }
      : {}),
  };
  return {
    text: translate(GO_LIVE_MESSAGES, locale, `doctor.${finding.code}`, params),
    advice: translate(GO_LIVE_MESSAGES, locale, `doctor.${finding.code}.advice`, params),
  };
}

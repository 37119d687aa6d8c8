/**
 * The words of errors that adapters and use cases raise with a code (CodedError in
 * src/application/codedError.ts), bokmål first, each saying what to do next; and errorText, the one
 * function the task pane turns any caught error into a sentence in the user's language with.
 */
import { GRAPH_MESSAGES } from "./graphMessages";
import { translate, type Catalogue, type Locale } from "./locale";
import { ownValue } from "../domain/model/dataRecord";

/** Texts of the error codes; `{field}` params are shown through `setting.<field>`. */
export const ERROR_MESSAGES: Catalogue = {
  nb: {
    "error.network":
      "Fikk ikke kontakt med tjenesten. Sjekk nettverket (og VPN hvis du bruker det), og prøv igjen. Hjelper ikke det, kan tjenesten være nede – prøv igjen senere.",
    "error.unexpected":
      "Noe uventet gikk galt. Prøv igjen; fortsetter feilen, send denne teksten til brukerstøtte: {detail}",
    "error.cancelled": "Avbrutt.",
    "error.projectPlan.failed":
      "Planen kunne ikke gjøres om til Project-oppgaver. Beregn planen på nytt; fortsetter feilen, send denne teksten til brukerstøtte: {detail}",
    "error.worker.failed":
      "Beregningen stoppet uventet ({detail}). Last inn siden på nytt; fortsetter feilen, send denne teksten til brukerstøtte.",
    "error.siteUrl.invalid":
      "«{value}» er ikke en adresse til et SharePoint-område. Skriv hele adressen, f.eks. https://politiet.sharepoint.com/sites/anskaffelser.",
    "error.graphUrl.invalid":
      "«{value}» er ikke en adresse. Skriv Graph-endepunktet med versjon, f.eks. https://graph.microsoft.com/v1.0.",
    "error.graphUrl.notHttps": "Graph-endepunktet må nås over https: «{value}». Rett adressen og prøv igjen.",
    "error.graphUrl.noVersion":
      "Skriv Graph-endepunktet med versjon, f.eks. https://graph.microsoft.com/v1.0 (fikk «{value}»).",
    "error.settings.unreadable":
      "De lagrede SharePoint-innstillingene kan ikke leses. Fyll dem inn på nytt og lagre.",
    "error.settings.notText": "Innstillingen «{field}» må være tekst. Fyll den inn på nytt.",
    "error.settings.notBoolean": "Innstillingen «{field}» må være ja eller nei. Velg på nytt.",
    "error.settings.notHttps": "Innstillingen «{field}» må være en https://-adresse. Rett den og prøv igjen.",
    "error.mapping.unreadable":
      "Den lagrede feltkoblingen for «{list}» kan ikke leses. Koble feltene på nytt med «Feltkobling …».",
    "error.syncState.version":
      "Den lagrede synkroniseringen av «{list}» er fra en annen versjon av verktøyet. Velg «Les alt på nytt».",
    "error.signIn.dialogBlocked":
      "Innloggingsvinduet kunne ikke åpnes ({detail}). Tillat popup-vinduer for Office, og velg «Logg inn» igjen.",
    "error.signIn.unreadable": "Innloggingsvinduet sendte et svar som ikke kan leses. Velg «Logg inn» igjen.",
    "error.signIn.failed": "Innloggingen mislyktes ({detail}). Velg «Logg inn» for å prøve igjen.",
    "error.signIn.closed":
      "Innloggingsvinduet ble lukket før du var logget inn. Velg «Logg inn» for å prøve igjen.",
    "error.signIn.dialogError": "Innloggingsvinduet feilet (kode {code}). Velg «Logg inn» for å prøve igjen.",
    "error.kav.notChosen":
      "Ingen KAV-liste er valgt for denne tilkoblingen. Velg en KAV-liste og prøv igjen.",
    "error.kav.missingColumns":
      "KAV-listen «{list}» mangler kolonnene {columns}. Koble feltene på nytt med «Feltkobling for KAV-listen …».",
    "error.list.noColumn":
      "Listen har ingen kolonne «{column}» for feltet {field}. Koble feltet til en kolonne, eller opprett kolonnen, og prøv igjen.",
    "error.sync.missing": "Listen er ikke synkronisert ennå. Velg «Synkroniser» før du publiserer.",
    "error.graph.noItemAnswer": "SharePoint svarte ikke for element {item}. Publiser igjen.",
    "error.graph.incomplete": "SharePoint ga et ufullstendig svar på {request}. Prøv igjen om litt.",
    "error.graph.noUser":
      "Microsoft Graph oppga ikke brukernavnet til kontoen du er logget inn med. Logg ut og inn igjen.",
    "error.upload.unconfirmed":
      "SharePoint bekreftet ikke at filen {file} ble lagret. Se etter den i dokumentbiblioteket, og lagre igjen om den mangler.",
    "error.mapping.fatalColumns":
      "Listen har ingen kolonne for {columns}. Koble feltene med «Feltkobling …», og synkroniser igjen.",
    "error.mapping.none":
      "Listen har ingen feltkobling ennå. Åpne «Feltkobling …», lagre koblingen, og synkroniser igjen.",
    "error.graph.denied":
      "SharePoint nektet tilgang ({status}). Logg inn på nytt, eller be en administrator gi kontoen tilgang til området.",
    "error.graph.notFound":
      "SharePoint fant ikke det som ble bedt om ({status}). Sjekk områdets adresse og listenavnene, og prøv igjen.",
    "error.graph.busy": "SharePoint er opptatt akkurat nå ({status}). Vent litt, og prøv igjen.",
    "error.graph.status":
      "SharePoint svarte med feil {status}. Prøv igjen; fortsetter feilen, send denne teksten til brukerstøtte: {detail}",
    "setting.graphBaseUrl": "Graph-endepunkt",
    "setting.siteUrl": "Områdets adresse (URL)",
    "setting.clientId": "Klient-ID",
    "setting.tenantId": "Tenant-ID",
    "setting.intakeList": "Innmeldingsliste",
    "setting.kavList": "KAV-liste",
    "setting.peopleList": "Ressursliste",
    "setting.useSelectedScopes": "Minste rettighet (Sites.Selected)",
  },
  en: {
    "error.network":
      "Could not reach the service. Check your network connection (and VPN, if you use one) and try again. If that does not help, the service may be down – try again later.",
    "error.unexpected":
      "Something unexpected went wrong. Try again; if the error persists, send this text to support: {detail}",
    "error.cancelled": "Cancelled.",
    "error.projectPlan.failed":
      "The plan could not be made into Project tasks. Compute the plan again; if the error persists, send this text to support: {detail}",
    "error.worker.failed":
      "The computation stopped unexpectedly ({detail}). Reload the page; if the error persists, send this text to support.",
    "error.siteUrl.invalid":
      "“{value}” is not the address of a SharePoint site. Enter the full address, e.g. https://politiet.sharepoint.com/sites/anskaffelser.",
    "error.graphUrl.invalid":
      "“{value}” is not an address. Enter the Graph endpoint with its version, e.g. https://graph.microsoft.com/v1.0.",
    "error.graphUrl.notHttps":
      "The Graph endpoint must be reached over https: “{value}”. Correct it and try again.",
    "error.graphUrl.noVersion":
      "Enter the Graph endpoint with its version, e.g. https://graph.microsoft.com/v1.0 (got “{value}”).",
    "error.settings.unreadable": "The saved SharePoint settings cannot be read. Enter them again and save.",
    "error.settings.notText": "The setting “{field}” must be text. Enter it again.",
    "error.settings.notBoolean": "The setting “{field}” must be yes or no. Choose again.",
    "error.settings.notHttps": "The setting “{field}” must be an https:// address. Correct it and try again.",
    "error.mapping.unreadable":
      "The saved field mapping for “{list}” cannot be read. Map the fields again with “Field mapping …”.",
    "error.syncState.version":
      "The saved sync of “{list}” is from another version of the tool. Choose “Read everything again”.",
    "error.signIn.dialogBlocked":
      "The sign-in window could not open ({detail}). Allow pop-ups for Office and choose “Sign in” again.",
    "error.signIn.unreadable":
      "The sign-in window sent an answer that cannot be read. Choose “Sign in” again.",
    "error.signIn.failed": "Signing in failed ({detail}). Choose “Sign in” to try again.",
    "error.signIn.closed":
      "The sign-in window was closed before you were signed in. Choose “Sign in” to try again.",
    "error.signIn.dialogError": "The sign-in window failed (code {code}). Choose “Sign in” to try again.",
    "error.kav.notChosen": "No KAV list is chosen for this connection. Choose a KAV list and try again.",
    "error.kav.missingColumns":
      "The KAV list “{list}” has no columns {columns}. Map the fields again with “Field mapping for the KAV list …”.",
    "error.list.noColumn":
      "The list has no column “{column}” for the field {field}. Map the field to a column, or create the column, and try again.",
    "error.sync.missing": "The list has not been synced yet. Choose “Sync” before publishing.",
    "error.graph.noItemAnswer": "SharePoint gave no answer for item {item}. Publish again.",
    "error.graph.incomplete": "SharePoint gave an incomplete answer to {request}. Try again shortly.",
    "error.graph.noUser":
      "Microsoft Graph did not give the user name of the signed-in account. Sign out and in again.",
    "error.upload.unconfirmed":
      "SharePoint did not confirm that the file {file} was saved. Look for it in the document library and save again if it is missing.",
    "error.mapping.fatalColumns":
      "The list has no column for {columns}. Map the fields with “Field mapping …” and sync again.",
    "error.mapping.none":
      "The list has no field mapping yet. Open “Field mapping …”, save the mapping and sync again.",
    "error.graph.denied":
      "SharePoint refused access ({status}). Sign in again, or ask an administrator to give the account access to the site.",
    "error.graph.notFound":
      "SharePoint did not find what was asked for ({status}). Check the site address and the list names, and try again.",
    "error.graph.busy": "SharePoint is busy right now ({status}). Wait a moment and try again.",
    "error.graph.status":
      "SharePoint answered with error {status}. Try again; if the error persists, send this text to support: {detail}",
    "setting.graphBaseUrl": "Graph endpoint",
    "setting.siteUrl": "Site address (URL)",
    "setting.clientId": "Client ID",
    "setting.tenantId": "Tenant ID",
    "setting.intakeList": "Intake list",
    "setting.kavList": "KAV list",
    "setting.peopleList": "People list",
    "setting.useSelectedScopes": "Least privilege (Sites.Selected)",
  },
};

/** Messages a network failure of `fetch` carries in Chromium/Edge, Firefox, Safari and Node. */
const NETWORK_FAILURE =
  /^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|fetch failed)$/;

/** True when `error` is `fetch`'s failure to reach the server at all (no answer, no status). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && NETWORK_FAILURE.test(error.message);
}

/** An HTTP error answer from Graph (GraphError's statusCode) by what the user can do about it. */
function statusText(status: number, error: unknown, locale: Locale): string {
  const key =
    status === 401 || status === 403
      ? "error.graph.denied"
      : status === 404
        ? "error.graph.notFound"
        : status === 429 || status === 503 || status === 504
          ? "error.graph.busy"
          : "error.graph.status";
  const detail = error instanceof Error ? error.message : String(error);
  return translate(ERROR_MESSAGES, locale, key, { status, detail });
}

/** The text of a coded error's key (error catalogue first, then the Graph feature's own keys). */
function codedText(key: string, params: Readonly<Record<string, string | number>>, locale: Locale): string {
  const field = ownValue(params, "field");
  const shown =
    typeof field === "string" && ownValue(ERROR_MESSAGES[locale], `setting.${field}`) !== undefined
      ? { ...params, field: translate(ERROR_MESSAGES, locale, `setting.${field}`) }
      : params;
  const catalogue = ownValue(ERROR_MESSAGES.nb, key) !== undefined ? ERROR_MESSAGES : GRAPH_MESSAGES;
  return translate(catalogue, locale, key, shown);
}

/**
 * Any caught error as a sentence in the user's language: a coded error (`messageKey`,
 * `messageParams`) by its catalogue text, a network failure as what to check, an HTTP error answer
 * by its status, a cancellation as such; anything else says it was unexpected and carries its own
 * text for support.
 */
export function errorText(error: unknown, locale: Locale): string {
  const key = (error as { messageKey?: unknown } | null)?.messageKey;
  if (typeof key === "string") {
    const params = (error as { messageParams?: Readonly<Record<string, string | number>> }).messageParams;
    return codedText(key, params ?? {}, locale);
  }
  if (isNetworkFailure(error)) return translate(ERROR_MESSAGES, locale, "error.network");
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number" && status >= 400) return statusText(status, error, locale);
  if ((error as { name?: unknown } | null)?.name === "AbortError")
    return translate(ERROR_MESSAGES, locale, "error.cancelled");
  const detail = error instanceof Error ? error.message : String(error);
  return translate(ERROR_MESSAGES, locale, "error.unexpected", { detail });
}

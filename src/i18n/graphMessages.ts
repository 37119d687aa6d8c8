/**
 * Messages of the SharePoint sync and write-back (CLI and task pane), bokmål first.
 */
import type { Catalogue } from "./locale";

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
    "publish.done":
      "Publisert til {list}: {written} skrevet, {merged} flettet med andres endringer, {unchanged} uendret, {missing} ikke funnet, {conflicts} konflikter, {failed} feilet.",
    "publish.conflict":
      "Konflikt på behov {needId}, felt {field}: noen andre satte «{theirs}» (var «{base}»), planen sier «{ours}». Verdien er ikke overskrevet.",
    "publish.failed": "Behov {needId} ble ikke skrevet (status {status}): {message}",
    "publish.missing": "Behov {needId} finnes ikke i listen.",
    "error.token": "Mangler tilgangstoken: sett miljøvariabelen {variable}.",
    "setup.created": "Opprettet listene: {lists}.",
    "setup.existing": "Listene fantes allerede: {lists}.",
    "setup.listMissing": "Listen «{list}» finnes ikke på {site}. Lister: {lists}.",
    "setup.mapped": "Foreslått kobling for «{list}» skrevet til {file}: {mapped} av {total} felt koblet.",
    "setup.unmapped": "Ikke koblet (rediger filen, bruk den så med sync --mapping): {fields}",
    "error.state": "Ingen synkroniseringstilstand i {state}: kjør sync først.",
    "error.stateMismatch": "Tilstanden i {state} gjelder {stateList} på {stateSite}, ikke {list} på {site}.",
    "serve.ready":
      "Demo-SharePoint (Graph) kjører på {baseUrl}\nNettsted: {siteUrl}\nLister: {lists}\nToken: {token}\nSertifikat (CA): {caFile}\nAvslutt med Ctrl+C.",
    progress: "{phase}: {done}",
    "auth.unavailable.project":
      "Project støtter verken Nested App Authentication eller Office SSO, og dialog-API-et er ikke tilgjengelig her. Synkroniser fra Excel eller nettleseren, eller bruk kommandolinjen med et token.",
    "auth.unavailable.host":
      "Innlogging er ikke tilgjengelig i dette programmet. Bruk Excel, nettleseren eller kommandolinjen.",
  },
  en: {
    "sync.done":
      "Synced {list} ({mode}): {records} needs, {changed} changed, {deleted} deleted. Written to {out}.",
    "sync.mode.full": "full read",
    "sync.mode.delta": "changes since last time",
    "sync.mode.resync": "full read after an expired delta token",
    "sync.issue": "Item {itemId}, field {field}: {code} ({detail})",
    "sync.contractIssue": "KAV item {itemId}, field {field}: {detail} – the contract is left out.",
    "publish.done":
      "Published to {list}: {written} written, {merged} merged with others' edits, {unchanged} unchanged, {missing} not found, {conflicts} conflicts, {failed} failed.",
    "publish.conflict":
      "Conflict on need {needId}, field {field}: someone else set “{theirs}” (was “{base}”), the plan says “{ours}”. The value was not overwritten.",
    "publish.failed": "Need {needId} was not written (status {status}): {message}",
    "publish.missing": "Need {needId} is not in the list.",
    "error.token": "No access token: set the environment variable {variable}.",
    "setup.created": "Created the lists: {lists}.",
    "setup.existing": "The lists existed already: {lists}.",
    "setup.listMissing": 'The list "{list}" does not exist on {site}. Lists: {lists}.',
    "setup.mapped": 'Suggested mapping for "{list}" written to {file}: {mapped} of {total} fields mapped.',
    "setup.unmapped": "Not mapped (edit the file, then use it with sync --mapping): {fields}",
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
  },
};

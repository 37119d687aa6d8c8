/**
 * Messages of the plan versions (draft → submitted → approved → published), their errors and the
 * diff of two versions, bokmål first, English second; plus the words of the "Endringer" sheet.
 */
import type { VersionDiff } from "../domain/planYear/versionDiffTypes";
import { formatDate, translate, type Catalogue, type Locale } from "./locale";
import { PRIORITISATION_MESSAGES } from "./prioritisationMessages";

/** Version catalogue. */
export const VERSION_MESSAGES: Catalogue = {
  nb: {
    "error.not-found": "Versjon {version} finnes ikke.",
    "error.no-user": "Ingen innlogget bruker: oppgi --user eller miljøvariabelen ANSKAFFELSESPLAN_USER.",
    "error.not-approver":
      "{user} kan ikke godkjenne {scopeName} for versjon {version}: bare de som er satt opp som godkjennere i plan-året kan det.",
    "error.scope-not-required":
      "Versjon {version} trenger ingen godkjenning av {scopeName}: den delen har ingen behov.",
    "error.scope-approved": "{scopeName} er allerede godkjent for versjon {version} (av {user}).",
    "error.wrong-status": "Versjon {version} har status «{statusName}» og kan ikke {actionName}.",
    "error.superseded":
      "Versjon {version} er erstattet av den nyere godkjente versjonen {newer} og kan ikke publiseres.",
    "error.newer-approved":
      "Versjon {version} kan ikke godkjennes: den nyere versjonen {newer} er allerede godkjent.",
    "error.tampered":
      "{file} er endret etter at versjonen ble lagret eller sendt til godkjenning (felt «{field}»): en godkjent versjon kan ikke endres. Lag en ny versjon i stedet.",
    "error.invalid-file": "{file}, felt «{field}»: {problemText}.",
    "error.none-in-force":
      "Plan-året {year} har ingen godkjent eller publisert versjon å planlegge videre fra: godkjenn en versjon først.",
    "problem.json": "ikke gyldig JSON (ved tegn {detail})",
    "problem.object": "må være et JSON-objekt",
    "problem.schemaVersion": "ukjent skjemaversjon {detail}",
    "problem.expected": "skal være {detail}",
    "problem.missing": "mangler",
    "problem.list": "må være en liste",
    "problem.summary": "trenger id, status og approvals",
    "problem.stamp": "trenger by og at",
    "problem.hash": "må være en SHA-256 i heksadesimal",
    "action.create": "opprettes",
    "action.submit": "sendes til godkjenning (bare utkast kan det)",
    "action.approve": "godkjennes (den må være sendt til godkjenning og ikke godkjent fra før)",
    "action.publish": "publiseres (bare en godkjent versjon kan det)",
    "status.draft": "utkast",
    "status.submitted": "til godkjenning",
    "status.approved": "godkjent",
    "status.published": "publisert",
    "scope.whole": "hele planen (PFTs ledergruppe)",
    "scope.procurement": "anskaffelsesplanen (direktør for anskaffelser og juridisk)",
    "scope.realEstate": "eiendomsporteføljeplanen (direktør for eiendom)",
    "part.procurement": "Anskaffelsesplanen",
    "part.realEstate": "Eiendomsporteføljeplanen",
    "part.materiel": "Materiellinvesteringsplanen",
    "kind.annual": "årsplan",
    "kind.revision": "revisjon",
    "list.none": "Plan-året {year} har ingen versjoner ennå.",
    "list.line": "{version}  {statusName}  {kindName}  opprettet {created} av {by}{approvals}{current}",
    "list.approvals": "  godkjent: {scopes}",
    "list.current": "  ← gjeldende",
    "draft.saved": "Utkast {version} lagret ({file}).",
    "submit.done": "Versjon {version} er sendt til godkjenning; innholdet er låst (SHA-256 {hash}).",
    "approve.done": "{scopeName} er godkjent for versjon {version} av {user}.",
    "approve.missing": "Mangler fortsatt: {scopes}.",
    "approve.complete": "Versjon {version} er godkjent og er nå gjeldende versjon.",
    "publish.published": "Versjon {version} er publisert.",
    "publish.already": "Versjon {version} er allerede publisert: ingenting ble skrevet.",
    "publish.notPublished":
      "Versjon {version} er ikke merket som publisert: løs konfliktene og feilene over og publiser igjen, eller godta konfliktene med --accept-conflicts.",
    "publish.document": "Lagret {name} i dokumenter.",
    "publish.siteMissing": "Oppgi området beslutningene skal publiseres til: --graph URL --site URL.",
    "diff.summary":
      "Endringer fra {from} til {to}: nye {added}, borte {dropped}, flyttet {moved}, nylig forsinket {newlyLate}, endret beslutning {decisionChanged}, uendret {unchanged}.",
    "diff.added": "+ {need}: nytt behov",
    "diff.dropped": "- {need}: ikke lenger med",
    "diff.moved": "~ {need}: {changes}",
    "diff.rank": "rang {from} → {to}",
    "diff.start": "oppstart {from} → {to}",
    "diff.finish": "ferdig {from} → {to}",
    "diff.late": "! {need}: {days} {days|dag|dager} for sent{deadline}",
    "diff.deadline": " (frist {deadline})",
    "diff.decision": "* {need}: {from} → {to}",
    "diff.none": "–",
    "decision.include": "med",
    "decision.defer": "ikke med",
    "decision.none": "ingen beslutning",
    "sheet.title": "Endringer fra versjon {from} til {to}",
    "sheet.kind": "Endring",
    "sheet.need": "Behov",
    "sheet.needTitle": "Tittel",
    "sheet.part": "Del av planen",
    "sheet.field": "Hva",
    "sheet.from": "Før",
    "sheet.to": "Nå",
    "sheet.count": "Antall",
    "kind.added": "Ny",
    "kind.dropped": "Borte",
    "kind.moved": "Flyttet",
    "kind.newlyLate": "Nylig forsinket",
    "kind.decisionChanged": "Endret beslutning",
    "kind.unchanged": "Uendret",
    "field.rank": "Rang",
    "field.start": "Planlagt oppstart",
    "field.finish": "Planlagt ferdig",
    "field.daysLate": "Dager for sent",
    "field.decision": "Beslutning",
  },
  en: {
    "error.not-found": "Version {version} does not exist.",
    "error.no-user": "No signed-in user: give --user or the environment variable ANSKAFFELSESPLAN_USER.",
    "error.not-approver":
      "{user} cannot approve {scopeName} for version {version}: only the approvers set up in the plan year can.",
    "error.scope-not-required": "Version {version} needs no approval of {scopeName}: that part has no needs.",
    "error.scope-approved": "{scopeName} is already approved for version {version} (by {user}).",
    "error.wrong-status": "Version {version} is “{statusName}” and cannot be {actionName}.",
    "error.superseded":
      "Version {version} is superseded by the newer approved version {newer} and cannot be published.",
    "error.newer-approved":
      "Version {version} cannot be approved: the newer version {newer} is approved already.",
    "error.tampered":
      "{file} was changed after the version was saved or submitted (field “{field}”): an approved version cannot change. Make a new version instead.",
    "error.invalid-file": "{file}, field “{field}”: {problemText}.",
    "error.none-in-force":
      "Plan year {year} has no approved or published version to re-plan from: approve a version first.",
    "problem.json": "not valid JSON (at character {detail})",
    "problem.object": "must be a JSON object",
    "problem.schemaVersion": "unknown schema version {detail}",
    "problem.expected": "must be {detail}",
    "problem.missing": "missing",
    "problem.list": "must be a list",
    "problem.summary": "needs id, status and approvals",
    "problem.stamp": "needs by and at",
    "problem.hash": "must be a SHA-256 in hex",
    "action.create": "created",
    "action.submit": "submitted (only a draft can be)",
    "action.approve": "approved (it must be submitted and not approved already)",
    "action.publish": "published (only an approved version can be)",
    "status.draft": "draft",
    "status.submitted": "submitted",
    "status.approved": "approved",
    "status.published": "published",
    "scope.whole": "the whole plan (PFT's leadership group)",
    "scope.procurement": "the procurement plan (director of Procurement and Legal)",
    "scope.realEstate": "the real-estate portfolio plan (director of Real Estate)",
    "part.procurement": "Procurement plan",
    "part.realEstate": "Real-estate portfolio plan",
    "part.materiel": "Materiel investment plan",
    "kind.annual": "annual plan",
    "kind.revision": "revision",
    "list.none": "Plan year {year} has no versions yet.",
    "list.line": "{version}  {statusName}  {kindName}  created {created} by {by}{approvals}{current}",
    "list.approvals": "  approved: {scopes}",
    "list.current": "  ← in force",
    "draft.saved": "Draft {version} saved ({file}).",
    "submit.done": "Version {version} is submitted for approval; its content is locked (SHA-256 {hash}).",
    "approve.done": "{scopeName} is approved for version {version} by {user}.",
    "approve.missing": "Still missing: {scopes}.",
    "approve.complete": "Version {version} is approved and is now the version in force.",
    "publish.published": "Version {version} is published.",
    "publish.already": "Version {version} is already published: nothing was written.",
    "publish.notPublished":
      "Version {version} is not marked published: resolve the conflicts and failures above and publish again, or accept the conflicts with --accept-conflicts.",
    "publish.document": "Saved {name} in documents.",
    "publish.siteMissing": "Give the site to publish the decisions to: --graph URL --site URL.",
    "diff.summary":
      "Changes from {from} to {to}: added {added}, dropped {dropped}, moved {moved}, newly late {newlyLate}, decision changed {decisionChanged}, unchanged {unchanged}.",
    "diff.added": "+ {need}: new need",
    "diff.dropped": "- {need}: no longer in",
    "diff.moved": "~ {need}: {changes}",
    "diff.rank": "rank {from} → {to}",
    "diff.start": "start {from} → {to}",
    "diff.finish": "finish {from} → {to}",
    "diff.late": "! {need}: {days} {days|day|days} late{deadline}",
    "diff.deadline": " (deadline {deadline})",
    "diff.decision": "* {need}: {from} → {to}",
    "diff.none": "–",
    "decision.include": "in",
    "decision.defer": "out",
    "decision.none": "no decision",
    "sheet.title": "Changes from version {from} to {to}",
    "sheet.kind": "Change",
    "sheet.need": "Need",
    "sheet.needTitle": "Title",
    "sheet.part": "Part of the plan",
    "sheet.field": "What",
    "sheet.from": "Before",
    "sheet.to": "Now",
    "sheet.count": "Count",
    "kind.added": "Added",
    "kind.dropped": "Dropped",
    "kind.moved": "Moved",
    "kind.newlyLate": "Newly late",
    "kind.decisionChanged": "Decision changed",
    "kind.unchanged": "Unchanged",
    "field.rank": "Rank",
    "field.start": "Planned start",
    "field.finish": "Planned finish",
    "field.daysLate": "Days late",
    "field.decision": "Decision",
  },
};

/** A message of the version catalogue. */
export function versionText(
  locale: Locale,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(VERSION_MESSAGES, locale, key, params);
}

/** The words of a PlanVersionError (code and parameters) in the locale. */
export function versionErrorText(
  error: { readonly code: string; readonly params: Readonly<Record<string, string | number>> },
  locale: Locale,
): string {
  const p = error.params;
  const words: Record<string, string> = {};
  if (p.scope !== undefined) words.scopeName = versionText(locale, `scope.${p.scope}`);
  if (p.status !== undefined) words.statusName = versionText(locale, `status.${p.status}`);
  if (p.action !== undefined) words.actionName = versionText(locale, `action.${p.action}`);
  if (p.problem !== undefined)
    words.problemText = versionText(locale, `problem.${p.problem}`, { detail: p.detail ?? "" });
  return versionText(locale, `error.${error.code}`, { ...p, ...words });
}

/** A decision and its reason in words, e.g. `ikke med (budsjett)`. */
export function decisionWords(
  state: { readonly decision: "include" | "defer" | null; readonly reason: string | null },
  locale: Locale,
): string {
  const decision = versionText(locale, `decision.${state.decision ?? "none"}`);
  return state.reason === null
    ? decision
    : `${decision} (${translate(PRIORITISATION_MESSAGES, locale, `cli.reason.${state.reason}`)})`;
}

/** A need as the diff text names it: id and (hidden when graded) title. */
function needLabel(need: { readonly needId: string; readonly title: string }): string {
  return need.title === "" ? need.needId : `${need.needId} ${need.title}`;
}

/** A date or rank of a change, or a dash when absent. */
export function changeValue(value: string | number | null, locale: Locale): string {
  if (value === null) return versionText(locale, "diff.none");
  return typeof value === "number" ? String(value) : formatDate(value, locale);
}

/** The diff as CLI text: a summary line, then one line per change. */
export function diffText(diff: VersionDiff, locale: Locale): string[] {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    versionText(locale, key, params);
  const lines = [t("diff.summary", { from: diff.from, to: diff.to, ...diff.counts })];
  for (const n of diff.added) lines.push(t("diff.added", { need: needLabel(n) }));
  for (const n of diff.dropped) lines.push(t("diff.dropped", { need: needLabel(n) }));
  for (const m of diff.moved) {
    const changes = (["rank", "start", "finish"] as const).flatMap((field) => {
      const c = m[field];
      return c
        ? [t(`diff.${field}`, { from: changeValue(c.from, locale), to: changeValue(c.to, locale) })]
        : [];
    });
    lines.push(t("diff.moved", { need: needLabel(m), changes: changes.join(", ") }));
  }
  for (const l of diff.newlyLate) {
    const deadline = l.deadline ? t("diff.deadline", { deadline: formatDate(l.deadline, locale) }) : "";
    lines.push(t("diff.late", { need: needLabel(l), days: l.daysLate, deadline }));
  }
  for (const d of diff.decisionChanged)
    lines.push(
      t("diff.decision", {
        need: needLabel(d),
        from: decisionWords(d.from, locale),
        to: decisionWords(d.to, locale),
      }),
    );
  return lines;
}

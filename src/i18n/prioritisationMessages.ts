/**
 * Messages of the prioritisation stage: configuration issues, per-need score errors and the
 * explanation lines of each ranked need. Norwegian bokmål first, English second; same keys.
 */
import type { Criterion } from "../domain/prioritisation/prioritisationTypes";
import { formatMoney, formatNumber, translate, type Catalogue, type Locale } from "./locale";

/** The prioritisation catalogue. */
export const PRIORITISATION_MESSAGES: Catalogue = {
  nb: {
    "criteria-empty": "Kriteriesettet er tomt.",
    "criterion-id-empty": "Et kriterium mangler id.",
    "criterion-duplicate": "Kriteriet {criterion} står flere ganger.",
    "criterion-weight-invalid": "Vekten til kriteriet {criterion} er ugyldig: {weight}.",
    "weights-sum": "Vektene må summere til 100 %, men summerer til {sum} %.",
    "ahp-size": "Parvis sammenligning må ha 1–{max} kriterier, men har {n}.",
    "ahp-shape": "Sammenligningsmatrisen må være {n} × {n}.",
    "ahp-value":
      "Sammenligningen {row} mot {column} er {value}, som ikke er på Saatys skala 1–9 (eller 1/9–1).",
    "ahp-reciprocal":
      "Sammenligningen {row} mot {column} ({value}) og motsatt ({back}) er ikke hverandres inverse.",
    "ahp-diagonal": "Diagonalen må være 1 (kriteriet {criterion} har {value}).",
    "ahp-missing": "Modus AHP krever en parvis sammenligningsmatrise.",
    "ahp-criteria": "Matrisen må ha de samme kriteriene som kriteriesettet ({expected}); den har {given}.",
    "ahp-inconsistent":
      "Sammenligningene er for inkonsistente (CR = {cr} > 0,10). Mest inkonsistent: {row} mot {column} er satt til {given}, men vektene tilsier {implied}; vurder {suggested}.",
    "force-unknown-need": "Tvangsvalget gjelder behovet {need}, som ikke finnes.",
    "force-duplicate": "Behovet {need} har mer enn ett tvangsvalg.",
    "force-conflict-forced-out":
      "Behovet {need} er tvunget inn, men avhenger av {dependency} ({path}), som er tvunget ut.",
    "force-conflict-unscored":
      "Behovet {need} er tvunget inn, men avhenger av {dependency} ({path}), som har manglende eller ugyldige poeng og ikke kan rangeres.",
    "force-conflict-rejected":
      "Behovet {need} er tvunget inn, men avhenger av {dependency} ({path}), som ble avvist i mottakskontrollen.",
    "force-conflict-not-considered":
      "Behovet {need} er tvunget inn, men avhenger av {dependency} ({path}), som er trukket eller avslått.",
    "force-conflict-unknown":
      "Behovet {need} er tvunget inn, men avhenger av {dependency} ({path}), som ikke finnes.",
    "effort-invalid": "Innsatsmodellen: {field} må være et tall ≥ 0 (fikk {value}).",
    "force-unscored": "Behovet {need} er tvunget inn eller ut, men har ugyldige poeng.",
    "budget-invalid": "Budsjettet må være et tall ≥ 0 (fikk {value}).",
    "score-missing": "Behov {need}: poeng for kriteriet {criterion} mangler og kan ikke utledes.",
    "score-invalid":
      "Behov {need}: poeng for kriteriet {criterion} er {value}; må være et heltall {min}–{max}.",
    "explain-rank": "Rangert {rank} av {total} med poengsum {score}.",
    "limit-budget": "budsjett",
    "limit-lawyers": "jurister",
    "limit-leads": "anskaffelsesledere i {category}",
    "explain-criterion": "{criterion}: {score} × {weight} % = {contribution}.",
    "explain-criterion-derived": "{criterion}: {score} (utledet) × {weight} % = {contribution}.",
    "explain-forced-in": "Tvunget inn: {reason}. {comment}",
    "explain-required-by": "Tatt med fordi det tvungne behovet {need} avhenger av det.",
    "explain-forced-out": "Tvunget ut: {reason}. {comment}",
    "explain-selected": "Valgt: gir høyest samlet poengsum innenfor budsjett og kapasitet.",
    "explain-selected-rank":
      "Valgt: får plass når vi går nedover rangeringen innenfor budsjett og kapasitet.",
    "explain-selected-value":
      "Valgt: gir høyest samlet verdi (poengsum × anslått verdi) innenfor budsjett og kapasitet.",
    "explain-short-budget": "Budsjettet mangler {shortNok} (trenger {neededNok}, {availableNok} igjen).",
    "explain-short-weeks":
      "Kapasiteten til {limit} mangler {short} {short|uke|uker} (trenger {needed}, {available} igjen).",
    "explain-let-in-raise": "Kommer med om {raise}.",
    "explain-let-in-raise-more":
      "Kommer med om {raise} – mer enn det som mangler, fordi høyere rangerte behov som nå er ute, da kommer med først.",
    "explain-let-in-defer-one": "Kommer med om {needs} utsettes.",
    "explain-let-in-defer": "Kommer med om disse {count} behovene utsettes: {needs}.",
    "explain-let-in-none": "Ingen enkelt økning eller utsettelse slipper behovet inn.",
    "raise-budget": "budsjettet økes med {by}",
    "raise-weeks": "kapasiteten til {limit} økes med {by} {by|uke|uker}",
    "raise-and": " og ",
    "explain-out-budget": "Ikke valgt: budsjettet er brukt opp ({limits}).",
    "explain-out-capacity": "Ikke valgt: kapasiteten er brukt opp ({limits}).",
    "explain-out-dependency": "Ikke valgt: avhenger av {needs}, som ikke er valgt ({limits}).",
    "explain-resource-bound": "Plasseringen avgjøres av budsjett og kapasitet, ikke av vektene.",
    "explain-sensitivity-out":
      "Faller ut om vekten til {criterion} endres med {delta} prosentpoeng (mot {competitor}).",
    "explain-sensitivity-in":
      "Kommer inn om vekten til {criterion} endres med {delta} prosentpoeng (mot {competitor}).",
    "explain-sensitivity-none": "Ingen enkeltvekt kan flytte behovet over linjen (mot {competitor}).",
    "reason-legal-obligation": "lovpålagt",
    "reason-contract-expiring": "avtale utløper uten opsjoner",
    "reason-management-decision": "ledelsesbeslutning",
    "cli.config-errors": "Prioriteringen kan ikke kjøres:",
    "cli.yes": "ja",
    "cli.no": "nei",
    "cli.score": "poeng",
    "cli.selected": "valgt",
    "cli.reason": "årsak",
    "cli.lead-weeks": "AL-uker",
    "cli.reason.forced-in": "tvunget inn",
    "cli.reason.selected": "valgt",
    "cli.reason.forced-out": "tvunget ut",
    "cli.reason.budget": "budsjett",
    "cli.reason.capacity": "kapasitet",
    "cli.reason.dependency": "avhengighet",
    "cli.status.optimal": "bevist optimal",
    "cli.status.time-limit": "tidsgrense nådd",
    "cli.status.heuristic": "heuristisk",
    "cli.status.rank-order": "etter rangering",
    "cli.status.work-limit": "arbeidsgrense nådd",
    "cli.mode": "Utvalg: {mode}.",
    "cli.mode.rank": "etter rangering (ta med det som får plass, ovenfra)",
    "cli.mode.score": "høyest samlet poengsum",
    "cli.mode.value": "høyest samlet verdi (poengsum × anslått verdi)",
    "cli.compare":
      "  {mode}: {selected} valgt, poengsum {score}, kostnad {cost} ({status}); tar med {adds} som rangeringen utelater, utelater {drops}.",
    "cli.why-out": "Utelatt over laveste valgte rang, og hva som slipper dem inn:",
    "cli.why-out-line": "  #{rank} {need}: {lines}",
    "cli.summary":
      "Valgt {selected} av {ranked} rangerte behov: samlet poengsum {score}, kostnad {cost} ({status}, gap {gap} %).",
    "cli.summary-rank":
      "Valgt {selected} av {ranked} rangerte behov: samlet poengsum {score}, kostnad {cost} ({status}).",
    "cli.limit": "  {limit}: {used} av {capacity}",
    "cli.score-errors": "{count} behov har ugyldige eller manglende poeng og er ikke rangert (se plan.json).",
  },
  en: {
    "criteria-empty": "The criteria set is empty.",
    "criterion-id-empty": "A criterion has no id.",
    "criterion-duplicate": "Criterion {criterion} appears more than once.",
    "criterion-weight-invalid": "The weight of criterion {criterion} is invalid: {weight}.",
    "weights-sum": "Weights must sum to 100 %, but sum to {sum} %.",
    "ahp-size": "Pairwise comparison needs 1–{max} criteria, but has {n}.",
    "ahp-shape": "The comparison matrix must be {n} × {n}.",
    "ahp-value": "The comparison {row} vs {column} is {value}, which is not on Saaty's 1–9 scale (or 1/9–1).",
    "ahp-reciprocal":
      "The comparison {row} vs {column} ({value}) and the reverse ({back}) are not reciprocal.",
    "ahp-diagonal": "The diagonal must be 1 (criterion {criterion} has {value}).",
    "ahp-missing": "Mode AHP needs a pairwise comparison matrix.",
    "ahp-criteria": "The matrix must have the criteria of the criteria set ({expected}); it has {given}.",
    "ahp-inconsistent":
      "The comparisons are too inconsistent (CR = {cr} > 0.10). Most inconsistent: {row} vs {column} is set to {given}, but the weights imply {implied}; consider {suggested}.",
    "force-unknown-need": "The force decision names need {need}, which does not exist.",
    "force-duplicate": "Need {need} has more than one force decision.",
    "force-conflict-forced-out":
      "Need {need} is forced in, but depends on {dependency} ({path}), which is forced out.",
    "force-conflict-unscored":
      "Need {need} is forced in, but depends on {dependency} ({path}), whose scores are missing or invalid, so it cannot be ranked.",
    "force-conflict-rejected":
      "Need {need} is forced in, but depends on {dependency} ({path}), which was rejected at intake.",
    "force-conflict-not-considered":
      "Need {need} is forced in, but depends on {dependency} ({path}), which is withdrawn or declined.",
    "force-conflict-unknown":
      "Need {need} is forced in, but depends on {dependency} ({path}), which does not exist.",
    "effort-invalid": "Effort model: {field} must be a number ≥ 0 (got {value}).",
    "force-unscored": "Need {need} is forced in or out, but has invalid scores.",
    "budget-invalid": "The budget must be a number ≥ 0 (got {value}).",
    "score-missing": "Need {need}: the score for criterion {criterion} is missing and cannot be derived.",
    "score-invalid":
      "Need {need}: the score for criterion {criterion} is {value}; it must be an integer {min}–{max}.",
    "explain-rank": "Ranked {rank} of {total} with score {score}.",
    "explain-criterion": "{criterion}: {score} × {weight} % = {contribution}.",
    "explain-criterion-derived": "{criterion}: {score} (derived) × {weight} % = {contribution}.",
    "explain-forced-in": "Forced in: {reason}. {comment}",
    "explain-required-by": "Included because the forced-in need {need} depends on it.",
    "explain-forced-out": "Forced out: {reason}. {comment}",
    "explain-selected": "Selected: part of the highest total score within budget and capacity.",
    "explain-selected-rank": "Selected: fits when going down the ranking within budget and capacity.",
    "explain-selected-value":
      "Selected: part of the highest total value (score × estimated value) within budget and capacity.",
    "explain-short-budget": "The budget is short by {shortNok} (needs {neededNok}, {availableNok} left).",
    "explain-short-weeks":
      "The capacity of {limit} is short by {short} {short|week|weeks} (needs {needed}, {available} left).",
    "explain-let-in-raise": "Comes in if {raise}.",
    "explain-let-in-raise-more":
      "Comes in if {raise} – more than the shortfall, because higher-ranked needs that are now out would come in first.",
    "explain-let-in-defer-one": "Comes in if {needs} is deferred.",
    "explain-let-in-defer":
      "Comes in if {count|this|these} {count} {count|need is|needs are} deferred: {needs}.",
    "explain-let-in-none": "No single raise or deferral lets the need in.",
    "raise-budget": "the budget is raised by {by}",
    "raise-weeks": "the capacity of {limit} is raised by {by} {by|week|weeks}",
    "raise-and": " and ",
    "explain-out-budget": "Not selected: the budget is used up ({limits}).",
    "limit-budget": "budget",
    "limit-lawyers": "lawyers",
    "limit-leads": "procurement leads in {category}",
    "explain-out-capacity": "Not selected: capacity is used up ({limits}).",
    "explain-out-dependency": "Not selected: depends on {needs}, which are not selected ({limits}).",
    "explain-resource-bound": "Its place is decided by budget and capacity, not by the weights.",
    "explain-sensitivity-out":
      "Drops out if the weight of {criterion} changes by {delta} percentage points (vs {competitor}).",
    "explain-sensitivity-in":
      "Comes in if the weight of {criterion} changes by {delta} percentage points (vs {competitor}).",
    "explain-sensitivity-none": "No single weight can move the need across the line (vs {competitor}).",
    "reason-legal-obligation": "legal obligation",
    "reason-contract-expiring": "contract expiring without options",
    "reason-management-decision": "management decision",
    "cli.config-errors": "The prioritisation cannot run:",
    "cli.yes": "yes",
    "cli.no": "no",
    "cli.score": "score",
    "cli.selected": "selected",
    "cli.reason": "reason",
    "cli.lead-weeks": "lead weeks",
    "cli.reason.forced-in": "forced in",
    "cli.reason.selected": "selected",
    "cli.reason.forced-out": "forced out",
    "cli.reason.budget": "budget",
    "cli.reason.capacity": "capacity",
    "cli.reason.dependency": "dependency",
    "cli.status.optimal": "proved optimal",
    "cli.status.time-limit": "time limit reached",
    "cli.status.heuristic": "heuristic",
    "cli.status.rank-order": "rank order",
    "cli.status.work-limit": "work limit reached",
    "cli.mode": "Selection: {mode}.",
    "cli.mode.rank": "by rank (take what fits, from the top)",
    "cli.mode.score": "most total score",
    "cli.mode.value": "most total value (score × estimated value)",
    "cli.compare":
      "  {mode}: {selected} selected, score {score}, cost {cost} ({status}); adds {adds} that the ranking leaves out, drops {drops}.",
    "cli.why-out": "Left out above the lowest selected rank, and what lets them in:",
    "cli.why-out-line": "  #{rank} {need}: {lines}",
    "cli.summary":
      "Selected {selected} of {ranked} ranked needs: total score {score}, cost {cost} ({status}, gap {gap} %).",
    "cli.summary-rank":
      "Selected {selected} of {ranked} ranked needs: total score {score}, cost {cost} ({status}).",
    "cli.limit": "  {limit}: {used} of {capacity}",
    "cli.score-errors":
      "{count} {count|need has|needs have} invalid or missing scores and {count|is|are} not ranked (see plan.json).",
  },
};

/** Params shown with two decimals always, so the lines of one explanation read alike (1,00 next to 1,25). */
const FIXED_TWO_DECIMALS: ReadonlySet<string> = new Set(["contribution"]);

/** Words a prioritisation message (config issue, score error, explanation line) in `locale`;
 * criterion ids become the criteria's names when `criteria` is given, main category ids (in
 * lead-capacity limits) the categories' names when `categories` is given. */
export function formatPrioritisationMessage(
  message: { readonly code: string; readonly params: Readonly<Record<string, string | number>> },
  locale: Locale,
  criteria: readonly Pick<Criterion, "id" | "nameNb" | "nameEn">[] = [],
  categories: readonly { readonly id: string; readonly name: string }[] = [],
): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(message.params))
    params[key] =
      typeof value !== "number"
        ? value
        : key.endsWith("Nok")
          ? formatMoney(value, locale, 0)
          : FIXED_TWO_DECIMALS.has(key)
            ? formatNumber(value, locale, 2)
            : localNumber(value, locale);
  if (typeof params.raise === "string") params.raise = raiseWords(params.raise, locale, categories);
  for (const key of ["limits", "limit"])
    if (typeof params[key] === "string") params[key] = limitNames(params[key] as string, locale, categories);
  if (typeof params.reason === "string" && params.reason !== "")
    params.reason = translate(PRIORITISATION_MESSAGES, locale, `reason-${params.reason}`);
  const criterion = criteria.find((c) => c.id === params.criterion);
  if (criterion) params.criterion = locale === "nb" ? criterion.nameNb : criterion.nameEn;
  return translate(PRIORITISATION_MESSAGES, locale, message.code, params).trim();
}

/** A number in the locale's format with the decimals it has (at most three): 4,55 in bokmål. */
function localNumber(value: number, locale: Locale): string {
  const decimals = Math.min(3, (String(value).split(".")[1] ?? "").length);
  return formatNumber(value, locale, decimals);
}

/** Raises (`limit=amount` joined by `|`) in words: "the budget is raised by 1 500 000 kr and …". */
function raiseWords(
  raise: string,
  locale: Locale,
  categories: readonly { readonly id: string; readonly name: string }[],
): string {
  return raise
    .split("|")
    .map((part) => {
      const at = part.lastIndexOf("=");
      const limit = part.slice(0, at);
      const by = Number(part.slice(at + 1));
      return limit === "budget"
        ? translate(PRIORITISATION_MESSAGES, locale, "raise-budget", { by: formatMoney(by, locale, 0) })
        : translate(PRIORITISATION_MESSAGES, locale, "raise-weeks", {
            limit: limitNames(limit, locale, categories),
            by: localNumber(by, locale),
          });
    })
    .join(translate(PRIORITISATION_MESSAGES, locale, "raise-and"));
}

/** Limit ids (`budget`, `lawyers`, `leads:<category>`) in a comma-separated list, named in words. */
function limitNames(
  ids: string,
  locale: Locale,
  categories: readonly { readonly id: string; readonly name: string }[],
): string {
  return ids
    .split(", ")
    .map((id) => {
      if (id === "budget" || id === "lawyers")
        return translate(PRIORITISATION_MESSAGES, locale, `limit-${id}`);
      if (id.startsWith("leads:")) {
        const categoryId = id.slice("leads:".length);
        return translate(PRIORITISATION_MESSAGES, locale, "limit-leads", {
          category: categories.find((c) => c.id === categoryId)?.name ?? categoryId,
        });
      }
      return id;
    })
    .join(", ");
}

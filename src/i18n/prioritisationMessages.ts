/**
 * Messages of the prioritisation stage: configuration issues, per-need score errors and the
 * explanation lines of each ranked need. Norwegian bokmål first, English second; same keys.
 */
import type { Criterion } from "../domain/prioritisation/prioritisationTypes";
import { formatNumber, translate, type Catalogue, type Locale } from "./locale";

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
    "force-conflict":
      "Behovet {need} er tvunget inn, men avhenger av {dependency}, som er tvunget ut eller mangler.",
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
    "cli.summary":
      "Valgt {selected} av {ranked} rangerte behov: samlet poengsum {score}, kostnad {cost} ({status}, gap {gap} %).",
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
    "force-conflict":
      "Need {need} is forced in, but depends on {dependency}, which is forced out or missing.",
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
    "cli.summary":
      "Selected {selected} of {ranked} ranked needs: total score {score}, cost {cost} ({status}, gap {gap} %).",
    "cli.limit": "  {limit}: {used} of {capacity}",
    "cli.score-errors": "{count} needs have invalid or missing scores and are not ranked (see plan.json).",
  },
};

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
    params[key] = typeof value === "number" ? localNumber(value, locale) : value;
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

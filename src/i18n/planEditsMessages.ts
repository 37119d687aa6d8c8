/**
 * Messages of the pane's edits ("Vekter og valg"): weights and the pairwise comparison with its
 * consistency ratio, score overrides, force in/out with a reason, feedback to units, and what an
 * edit moved (came in, went out, and why). Norwegian bokmål first, English second; same keys.
 * Force reason names come from the Excel catalogue (the same words as the workbook's list).
 */
import { translate, type Catalogue, type Locale } from "./locale";

/** The catalogue of the pane's edits. */
export const PLAN_EDITS_MESSAGES: Catalogue = {
  nb: {
    tab: "Vekter og valg",
    intro:
      "Endringer her lagres i planåret ({where}) og planen lages på nytt. Du ser hvilke behov som kom med og hvilke som gikk ut.",
    "where.site": "områdets planår, som {who}",
    "where.local": "denne nettleseren",
    noPrioritisation: "Prioriteringen ble ikke kjørt, så vekter og valg kan ikke endres ennå.",
    working: "Lagrer og lager planen på nytt …",
    "working.ranked":
      "Ny rangering og nytt utvalg vises. Tidsplanen og den effektive fronten beregnes ennå …",
    failed: "Endringen ble ikke lagret: {reason}",
    "storedNotPlanned.cancelled":
      "Endringen er lagret i planåret, men beregningen ble avbrutt. Planen som vises, er uten endringen; den kommer med neste gang planen beregnes.",
    "storedNotPlanned.failed":
      "Endringen er lagret i planåret, men planen kunne ikke beregnes: {reason} Planen som vises, er uten endringen.",
    "failed.noRecord":
      "Planen er synkronisert fra et område uten planår {year}. Opprett planåret i fanen Planår og synkroniser igjen; da lagres endringene der.",
    conflicts:
      "Noen andre endret det samme samtidig; deres verdi ble beholdt for: {paths}. Se over og endre igjen om nødvendig.",
    "weights.title": "Vekter",
    "weights.label": "Vekt for {criterion} (prosent)",
    "weights.sum": "Sum: {sum} %",
    "weights.sumOff": "Summen er {sum} %; vektene skaleres til 100 % når de brukes: {normalised}.",
    "weights.allZero": "Minst én vekt må være større enn 0.",
    "weights.apply": "Bruk vektene",
    "weights.reset": "Tilbakestill",
    "weights.pairwise": "Parvis sammenligning …",
    "pairwise.title": "Parvis sammenligning",
    "pairwise.help":
      "For hvert par: hvor mye viktigere er det første kriteriet enn det andre (1 = like viktige, 9 = ekstremt mye viktigere; 1/3 = det andre er moderat viktigere).",
    "pairwise.pair": "{a} mot {b}",
    "pairwise.value.1": "1 – like viktige",
    "pairwise.value.more": "{value} – {a} viktigst",
    "pairwise.value.less": "1/{value} – {b} viktigst",
    "pairwise.weights": "Vekter fra sammenligningen: {weights}",
    "pairwise.cr": "Konsistensforhold (CR): {cr}",
    "pairwise.crOk": "Sammenligningene henger godt nok sammen (CR ≤ 0,10).",
    "pairwise.crHigh":
      "Sammenligningene henger ikke sammen (CR {cr} > 0,10), så vektene brukes ikke. Mest avvikende: {a} mot {b} er satt til {given}; vektene tilsier omtrent {suggested}.",
    "pairwise.apply": "Bruk disse vektene",
    "pairwise.cancel": "Avbryt",
    "need.title": "Endre et behov",
    "need.pick": "Behov",
    "need.pickPlaceholder": "Velg et behov",
    "need.edit": "Endre behovet …",
    "need.dialogTitle": "{id} {title}",
    "need.scores": "Poeng (1–5)",
    "need.score": "{criterion}",
    "need.scoreDerived": "{criterion} (avledet)",
    "need.force": "Tvinge inn eller ut",
    "need.force.none": "Ikke tvunget",
    "need.force.in": "Tving inn",
    "need.force.out": "Tving ut",
    "need.reason": "Grunn (påkrevd)",
    "need.reasonPlaceholder": "Velg en grunn",
    "need.reasonMissing": "Velg en grunn for å tvinge behovet inn eller ut.",
    "need.comment": "Kommentar til beslutningen",
    "need.feedback": "Tilbakemelding til enheten",
    "need.save": "Lagre og lag planen på nytt",
    "need.cancel": "Avbryt",
    "need.nothing": "Ingenting er endret.",
    "change.title": "Hva endringen flyttet",
    "change.cameIn": "Kom med ({count})",
    "change.wentOut": "Gikk ut ({count})",
    "change.none": "Ingen behov kom med eller gikk ut.",
    "change.rankMoved": "{count} behov fikk ny rangering.",
    "change.need": "{id} {title}",
    "error.weights-sum": "Vektene må til sammen være 100 % (nå {sum} %).",
    "error.weight-invalid": "Vekten for {criterion} må være et tall fra 0 til 100 (nå «{value}»).",
    "error.score-invalid": "Poenget for {need}, {criterion} må være et heltall fra 1 til 5 (nå {value}).",
    "error.force-reason": "Behov {need}: velg en grunn for å tvinge det inn eller ut.",
  },
  en: {
    tab: "Weights and choices",
    intro:
      "Changes here are stored in the plan year ({where}) and the plan is made again. You see which needs came in and which went out.",
    "where.site": "the site's plan year, as {who}",
    "where.local": "this browser",
    noPrioritisation: "The prioritisation did not run, so weights and choices cannot be changed yet.",
    working: "Saving and making the plan again …",
    "working.ranked":
      "The new ranking and selection are shown. The schedule and the efficient frontier are still being computed …",
    failed: "The change was not saved: {reason}",
    "storedNotPlanned.cancelled":
      "The change is saved in the plan year, but the computation was cancelled. The plan shown does not include it; it will the next time the plan is computed.",
    "storedNotPlanned.failed":
      "The change is saved in the plan year, but the plan could not be computed: {reason} The plan shown does not include it.",
    "failed.noRecord":
      "The plan is synced from a site without a plan year {year}. Set the plan year up in the Plan year tab and sync again; the changes are then stored there.",
    conflicts:
      "Someone else changed the same thing at the same time; their value was kept for: {paths}. Review and change again if needed.",
    "weights.title": "Weights",
    "weights.label": "Weight of {criterion} (percent)",
    "weights.sum": "Sum: {sum} %",
    "weights.sumOff": "The sum is {sum} %; the weights are scaled to 100 % when applied: {normalised}.",
    "weights.allZero": "At least one weight must be above 0.",
    "weights.apply": "Apply the weights",
    "weights.reset": "Reset",
    "weights.pairwise": "Pairwise comparison …",
    "pairwise.title": "Pairwise comparison",
    "pairwise.help":
      "For each pair: how much more important is the first criterion than the second (1 = equally important, 9 = extremely more important; 1/3 = the second is moderately more important).",
    "pairwise.pair": "{a} versus {b}",
    "pairwise.value.1": "1 – equally important",
    "pairwise.value.more": "{value} – {a} more important",
    "pairwise.value.less": "1/{value} – {b} more important",
    "pairwise.weights": "Weights from the comparison: {weights}",
    "pairwise.cr": "Consistency ratio (CR): {cr}",
    "pairwise.crOk": "The comparisons are consistent enough (CR ≤ 0.10).",
    "pairwise.crHigh":
      "The comparisons are not consistent (CR {cr} > 0.10), so the weights are not applied. Most at odds: {a} versus {b} is set to {given}; the weights imply about {suggested}.",
    "pairwise.apply": "Apply these weights",
    "pairwise.cancel": "Cancel",
    "need.title": "Change a need",
    "need.pick": "Need",
    "need.pickPlaceholder": "Choose a need",
    "need.edit": "Change the need …",
    "need.dialogTitle": "{id} {title}",
    "need.scores": "Scores (1–5)",
    "need.score": "{criterion}",
    "need.scoreDerived": "{criterion} (derived)",
    "need.force": "Force in or out",
    "need.force.none": "Not forced",
    "need.force.in": "Force in",
    "need.force.out": "Force out",
    "need.reason": "Reason (required)",
    "need.reasonPlaceholder": "Choose a reason",
    "need.reasonMissing": "Choose a reason to force the need in or out.",
    "need.comment": "Comment on the decision",
    "need.feedback": "Feedback to the unit",
    "need.save": "Save and make the plan again",
    "need.cancel": "Cancel",
    "need.nothing": "Nothing has changed.",
    "change.title": "What the change moved",
    "change.cameIn": "Came in ({count})",
    "change.wentOut": "Went out ({count})",
    "change.none": "No need came in or went out.",
    "change.rankMoved": "{count} needs got a new rank.",
    "change.need": "{id} {title}",
    "error.weights-sum": "The weights must add up to 100 % (now {sum} %).",
    "error.weight-invalid": "The weight of {criterion} must be a number from 0 to 100 (now “{value}”).",
    "error.score-invalid":
      "The score of {need}, {criterion} must be a whole number from 1 to 5 (now {value}).",
    "error.force-reason": "Need {need}: choose a reason to force it in or out.",
  },
};

/** A message of the pane's edits in the locale. */
export function planEditsSay(
  locale: Locale,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(PLAN_EDITS_MESSAGES, locale, key, params);
}

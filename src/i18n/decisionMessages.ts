/**
 * The feedback text each unit gets on each need it submitted (written back to SharePoint),
 * bokmål first, English second.
 */
import type { Catalogue } from "./locale";

/** Decision feedback catalogue. */
export const DECISION_MESSAGES: Catalogue = {
  nb: {
    "decision.included": "Behovet er med i anskaffelsesplanen {year} (rangert {rank} av {ranked}).",
    "decision.deferred": "Behovet er ikke med i planen nå (rangert {rank} av {ranked}): {reason}.",
    "decision.unranked": "Behovet kunne ikke rangeres: {reasons}",
    "decision.rejected": "Behovet kunne ikke behandles: {reasons}",
    "decision.schedule": "Planlagt oppstart {start}, kontrakt signert {signed}.",
    "decision.late": "Planen rekker ikke fristen {deadline}: {days} {days|dag|dager} for sent.",
    "decision.graded": "Behovet er skjermet. Tilbakemeldingen står i innmeldingen.",
    "decision.underway": "Arbeidet er i gang: «{phase}» pågår per {date}.",
    "decision.completed": "Anskaffelsen er gjennomført: kontrakt signert {signed}, ferdig {finish}.",
    "decision.rejectedShared": "Behovet kunne ikke behandles. Feilene står i innmeldingen.",
    "reason.forced-out": "tatt ut etter beslutning",
    "reason.budget": "budsjettet er brukt opp",
    "reason.capacity": "kapasiteten hos anskaffelsesledere eller jurister er brukt opp",
    "reason.dependency": "et behov det avhenger av er ikke med",
  },
  en: {
    "decision.included": "The need is in the procurement plan {year} (ranked {rank} of {ranked}).",
    "decision.deferred": "The need is not in the plan for now (ranked {rank} of {ranked}): {reason}.",
    "decision.unranked": "The need could not be ranked: {reasons}",
    "decision.rejected": "The need could not be processed: {reasons}",
    "decision.schedule": "Planned start {start}, contract signed {signed}.",
    "decision.late": "The plan misses the deadline {deadline}: {days} {days|day|days} late.",
    "decision.graded": "The need is security graded. The feedback is in the submission.",
    "decision.underway": "Work is under way: “{phase}” is in progress as of {date}.",
    "decision.completed": "The procurement is done: contract signed {signed}, finished {finish}.",
    "decision.rejectedShared": "The need could not be processed. The errors are in the submission.",
    "reason.forced-out": "left out by decision",
    "reason.budget": "the budget is used up",
    "reason.capacity": "the capacity of procurement leads or lawyers is used up",
    "reason.dependency": "a need it depends on is not in the plan",
  },
};

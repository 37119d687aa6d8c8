/**
 * Messages of the plan computation in the task pane (its phases, Cancel), bokmål first.
 */
import type { Catalogue } from "./locale";

/** Texts of the pane's progress while a plan computes; keys are the same in both locales. */
export const COMPUTE_MESSAGES: Catalogue = {
  nb: {
    "compute.label": "Beregning av planen",
    "compute.status": "Beregner planen: {phase} ({step} av {total})",
    "compute.phase.intake": "Inntak",
    "compute.phase.prioritisation": "Prioritering",
    "compute.phase.selection": "Utvalg",
    "compute.phase.schedule": "Tidsplan",
    "compute.done": "ferdig",
    "compute.running": "pågår",
    "compute.waiting": "venter",
    "compute.cancel": "Avbryt",
    "compute.cancelled": "Beregningen ble avbrutt.",
  },
  en: {
    "compute.label": "Computing the plan",
    "compute.status": "Computing the plan: {phase} ({step} of {total})",
    "compute.phase.intake": "Intake",
    "compute.phase.prioritisation": "Prioritisation",
    "compute.phase.selection": "Selection",
    "compute.phase.schedule": "Schedule",
    "compute.done": "done",
    "compute.running": "running",
    "compute.waiting": "waiting",
    "compute.cancel": "Cancel",
    "compute.cancelled": "The computation was cancelled.",
  },
};

/**
 * Messages of the plan computation in the task pane (its phases, Cancel, the parts of a provisional
 * plan still computed), bokmål first.
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
    "compute.phase.frontier": "Effektiv front",
    "compute.pending.schedule": "Beregner tidsplan …",
    "compute.pending.frontier": "Beregner effektiv front …",
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
    "compute.phase.frontier": "Efficient frontier",
    "compute.pending.schedule": "Computing the schedule …",
    "compute.pending.frontier": "Computing the efficient frontier …",
    "compute.done": "done",
    "compute.running": "running",
    "compute.waiting": "waiting",
    "compute.cancel": "Cancel",
    "compute.cancelled": "The computation was cancelled.",
  },
};

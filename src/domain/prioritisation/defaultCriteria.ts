/**
 * The default criteria set of the prioritisation matrix (configurable per plan year).
 * Each criterion is scored 1–5; weights are percent and sum to 100.
 */
import type { Criterion } from "./prioritisationTypes";

/** Default criteria with weights from docs/domain (operational criticality 25 … maturity 5). */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: "operationalCriticality",
    nameNb: "Operativ kritikalitet",
    nameEn: "Operational criticality",
    weight: 25,
  },
  {
    id: "timeCriticality",
    nameNb: "Tidskritikalitet / avtaleutløp",
    nameEn: "Time criticality / contract expiry",
    weight: 20,
  },
  { id: "strategicAlignment", nameNb: "Strategisk forankring", nameEn: "Strategic alignment", weight: 15 },
  { id: "economicBenefit", nameNb: "Økonomisk gevinst", nameEn: "Economic benefit", weight: 15 },
  { id: "supplyRisk", nameNb: "Forsyningsrisiko", nameEn: "Supply risk", weight: 10 },
  { id: "reach", nameNb: "Rekkevidde (enheter berørt)", nameEn: "Reach (units affected)", weight: 10 },
  { id: "maturity", nameNb: "Modenhet", nameEn: "Maturity", weight: 5 },
];

/** Lowest and highest allowed score. */
export const SCORE_MIN = 1;
/** Highest allowed score. */
export const SCORE_MAX = 5;

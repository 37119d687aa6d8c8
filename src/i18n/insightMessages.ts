/**
 * Messages of the insight analyses (contract expiry, spend cube, joint procurements, the annual
 * wheel, fast-track follow-up) and of the plan documents per unit. Bokmål first, English second.
 */
import type { Catalogue } from "./locale";

/** The insight catalogue. */
export const INSIGHT_MESSAGES: Catalogue = {
  nb: {
    "suggestion.title": "Reanskaffelse – {contractName}",
    "suggestion.description":
      "Foreslått av utløpsanalysen i KAV: avtalen {contractId} med {supplier} kan løpe til {finalExpiry} (opsjoner medregnet). Ny avtale må signeres innen {signBy}; med prosedyren {procedure} må arbeidet starte senest {latestStart}.",
    "suggestion.rationale": "Avtalen utløper, og ingen innmeldt behov dekker den.",
  },
  en: {
    "suggestion.title": "Renewal – {contractName}",
    "suggestion.description":
      "Suggested by the KAV expiry analysis: contract {contractId} with {supplier} can run until {finalExpiry} (options included). A new contract must be signed by {signBy}; with the procedure {procedure} work must start by {latestStart}.",
    "suggestion.rationale": "The contract expires and no submitted need covers it.",
  },
};

/**
 * The closed value sets of a raw need (area, delivery track, contract type, insight source, funding
 * status, complexity, status) with the Norwegian and English words accepted for each value.
 */
import type { Area } from "../model/organisation";
import type {
  Complexity,
  ContractType,
  DeliveryTrack,
  FundingStatus,
  InsightSource,
  NeedStatus,
} from "../model/need";
import { enumParser, type SynonymTable } from "./enumParser";

/** Words for the areas (fagområder). */
export const AREA_SYNONYMS: SynonymTable<Area> = {
  Materiell: ["materiel", "materials", "equipment", "materiellansvarlig", "ma"],
  Eiendom: ["eiendommer", "real estate", "property", "estate", "eiendomsansvarlig", "ea"],
  IKT: ["ict", "it", "informasjons og kommunikasjonsteknologi"],
  Anskaffelser: [
    "anskaffelse",
    "innkjøp",
    "procurement",
    "procurements",
    "purchasing",
    "anskaffelsesansvarlig",
    "aa",
  ],
};

/** Words for the delivery tracks (leveranser). */
export const DELIVERY_TRACK_SYNONYMS: SynonymTable<DeliveryTrack> = {
  basis: ["basisleveranse", "basisleveransen", "årlig", "basic", "baseline", "base", "annual"],
  rullerende: ["rullerende plan", "rullering", "rolling", "rolling plan", "rolling revision"],
  hurtig: ["hurtigleveranse", "hurtigspor", "sla", "fast track", "fasttrack", "fast"],
};

/** Words for the contract types. */
export const CONTRACT_TYPE_SYNONYMS: SynonymTable<ContractType> = {
  goods: ["varer", "vare", "varekjøp", "good", "supplies"],
  services: ["tjenester", "tjeneste", "service"],
  works: [
    "bygg og anlegg",
    "bygg- og anlegg",
    "bygge- og anleggsarbeider",
    "bygge og anlegg",
    "bygg",
    "building works",
    "construction",
    "work",
  ],
};

/** Words for the insight sources. */
export const INSIGHT_SOURCE_SYNONYMS: SynonymTable<InsightSource> = {
  submission: [
    "innmelding",
    "behovsinnmelding",
    "innmeldt behov",
    "brukerinnmelding",
    "bruker",
    "user",
    "user submission",
  ],
  "kav-expiry": [
    "kav",
    "avtaleutløp",
    "utløpsanalyse",
    "kav utløp",
    "contract expiry",
    "expiry",
    "expiry analysis",
  ],
  "spend-analysis": ["spendanalyse", "spend analyse", "spend", "spend cube", "forbruksanalyse"],
  market: ["marked", "markedskunnskap", "markedsinnsikt", "market knowledge"],
  nordic: ["nordisk", "nordisk samarbeid", "nordiske anskaffelser", "nordic procurement"],
  "armed-forces": ["forsvaret", "forsvarets anskaffelser", "armed forces procurement", "defence", "defense"],
};

/** Words for the funding statuses. */
export const FUNDING_STATUS_SYNONYMS: SynonymTable<FundingStatus> = {
  funded: ["finansiert", "fullfinansiert", "fully funded"],
  "partly-funded": ["delvis finansiert", "delfinansiert", "delvis", "partially funded", "partial"],
  unfunded: ["ikke finansiert", "ufinansiert", "ikke", "not funded", "none"],
};

/** Words for the complexities. */
export const COMPLEXITY_SYNONYMS: SynonymTable<Complexity> = {
  low: ["lav", "enkel", "simple"],
  medium: ["middels", "moderat", "normal", "moderate"],
  high: ["høy", "kompleks", "complex"],
};

/** Words for the need statuses. */
export const NEED_STATUS_SYNONYMS: SynonymTable<NeedStatus> = {
  submitted: ["innmeldt", "sendt inn", "ny", "new"],
  "in-analysis": ["under analyse", "analyse", "til analyse", "under behandling", "analysis"],
  planned: ["planlagt", "i plan"],
  deferred: ["utsatt", "postponed"],
  declined: ["avslått", "avvist", "rejected"],
  withdrawn: ["trukket", "trukket tilbake", "cancelled", "canceled"],
};

/** Parses an area, e.g. "ikt" or "Real estate". */
export const parseArea = enumParser(AREA_SYNONYMS);
/** Parses a delivery track, e.g. "Basisleveranse" or "fast-track". */
export const parseDeliveryTrack = enumParser(DELIVERY_TRACK_SYNONYMS);
/** Parses a contract type, e.g. "Varer" or "Bygg og anlegg". */
export const parseContractType = enumParser(CONTRACT_TYPE_SYNONYMS);
/** Parses an insight source, e.g. "Avtaleutløp" or "spend analysis". */
export const parseInsightSource = enumParser(INSIGHT_SOURCE_SYNONYMS);
/** Parses a funding status, e.g. "Delvis finansiert" or "unfunded". */
export const parseFundingStatus = enumParser(FUNDING_STATUS_SYNONYMS);
/** Parses a complexity, e.g. "Høy" or "low". */
export const parseComplexity = enumParser(COMPLEXITY_SYNONYMS);
/** Parses a need status, e.g. "Under analyse" or "deferred". */
export const parseNeedStatus = enumParser(NEED_STATUS_SYNONYMS);

/**
 * The organisation that submits and handles needs: units (police districts and special bodies),
 * areas (fagområder) and main procurement categories with their subcategories.
 */

/** Kind of submitting unit. */
export type UnitKind = "district" | "special-body";

/** A unit that submits needs: one of the 12 police districts or a configurable special body. */
export interface Unit {
  /** Stable short id, e.g. `oslo`, `kripos`. */
  readonly id: string;
  /** Name as written in Norwegian, e.g. `Oslo politidistrikt`. */
  readonly name: string;
  readonly kind: UnitKind;
}

/** The four areas (fagområder) of the local plans. */
export const AREAS = ["Materiell", "Eiendom", "IKT", "Anskaffelser"] as const;
/** An area (fagområde). */
export type Area = (typeof AREAS)[number];

/** A subcategory inside a main category (the level at which Kraljic is drawn). */
export interface Subcategory {
  readonly id: string;
  readonly name: string;
}

/** A main procurement category; each procurement lead belongs to exactly one. */
export interface MainCategory {
  readonly id: string;
  readonly name: string;
  readonly subcategories: readonly Subcategory[];
}

/** The 12 police districts (fixed by the police reform of 2017). */
export const POLICE_DISTRICTS: readonly Unit[] = [
  { id: "oslo", name: "Oslo politidistrikt", kind: "district" },
  { id: "ost", name: "Øst politidistrikt", kind: "district" },
  { id: "innlandet", name: "Innlandet politidistrikt", kind: "district" },
  { id: "sor-ost", name: "Sør-Øst politidistrikt", kind: "district" },
  { id: "agder", name: "Agder politidistrikt", kind: "district" },
  { id: "sor-vest", name: "Sør-Vest politidistrikt", kind: "district" },
  { id: "vest", name: "Vest politidistrikt", kind: "district" },
  { id: "more-og-romsdal", name: "Møre og Romsdal politidistrikt", kind: "district" },
  { id: "trondelag", name: "Trøndelag politidistrikt", kind: "district" },
  { id: "nordland", name: "Nordland politidistrikt", kind: "district" },
  { id: "troms", name: "Troms politidistrikt", kind: "district" },
  { id: "finnmark", name: "Finnmark politidistrikt", kind: "district" },
];

/** The default special bodies (særorganer); the list is configurable per plan. */
export const DEFAULT_SPECIAL_BODIES: readonly Unit[] = [
  { id: "kripos", name: "Kripos", kind: "special-body" },
  { id: "okokrim", name: "Økokrim", kind: "special-body" },
  { id: "pu", name: "Politiets utlendingsenhet", kind: "special-body" },
  { id: "phs", name: "Politihøgskolen", kind: "special-body" },
  { id: "up", name: "Utrykningspolitiet", kind: "special-body" },
  { id: "pft", name: "Politiets fellestjenester", kind: "special-body" },
  { id: "nid", name: "Nasjonalt ID-senter", kind: "special-body" },
  { id: "pit", name: "Politiets IT-enhet", kind: "special-body" },
  { id: "sivil-rett", name: "Sivil rettsforvaltning", kind: "special-body" },
];

/** The default three main categories of the central procurement unit, with subcategories. */
export const DEFAULT_MAIN_CATEGORIES: readonly MainCategory[] = [
  {
    id: "materiell",
    name: "Materiell og logistikk",
    subcategories: [
      { id: "kjoretoy", name: "Kjøretøy og båter" },
      { id: "vapen", name: "Våpen og ammunisjon" },
      { id: "uniform", name: "Uniform og personlig utrustning" },
      { id: "beskyttelse", name: "Verneutstyr og beskyttelse" },
      { id: "teknisk-utstyr", name: "Teknisk og taktisk utstyr" },
    ],
  },
  {
    id: "ikt",
    name: "IKT og telekom",
    subcategories: [
      { id: "programvare", name: "Programvare og lisenser" },
      { id: "maskinvare", name: "Maskinvare og klienter" },
      { id: "nett", name: "Nett, samband og telekom" },
      { id: "ikt-tjenester", name: "IKT-konsulenttjenester" },
    ],
  },
  {
    id: "tjenester-eiendom",
    name: "Tjenester og eiendom",
    subcategories: [
      { id: "bygg", name: "Bygg og anlegg" },
      { id: "fdv", name: "Drift, vedlikehold og renhold" },
      { id: "radgivning", name: "Rådgivning og utredning" },
      { id: "reise", name: "Reise, kurs og konferanse" },
      { id: "kontor", name: "Kontorrekvisita og trykk" },
    ],
  },
];

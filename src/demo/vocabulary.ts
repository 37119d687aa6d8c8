/**
 * Category-specific vocabulary of the demo tenant, one profile per default subcategory: the area
 * (fagområde) and contract type it belongs to, what is bought (Norwegian noun phrases; `{place}`
 * marks local items), why (description sentences), supplier trades, and how values spread.
 */
import type { ContractType } from "../domain/model/need";
import type { Area } from "../domain/model/organisation";

/** What the demo knows about buying in one subcategory. */
export interface SubcategoryProfile {
  readonly category: string;
  readonly subcategory: string;
  readonly area: Area;
  readonly contractType: ContractType;
  /** Noun phrases that fit after "Kjøp av" / "Rammeavtale for"; `{place}` is a town. */
  readonly items: readonly string[];
  /** Sentences for descriptions: why and how the unit uses what it buys. */
  readonly purposes: readonly string[];
  /** Trade words for supplier names ("Bygg" → "Fjord Bygg AS"). */
  readonly trades: readonly string[];
  /** Median estimated value in NOK and the log-scale spread around it. */
  readonly valueMedian: number;
  readonly valueSigma: number;
  /** Share of contracts in the subcategory that are framework agreements. */
  readonly frameworkShare: number;
  /** Relative likelihood that a need here is security graded (0 = never). */
  readonly gradedWeight: number;
  /** Relative frequency of needs and contracts in the subcategory. */
  readonly weight: number;
}

/** The profiles of the default subcategories (src/domain/model/organisation.ts). */
export const SUBCATEGORY_PROFILES: readonly SubcategoryProfile[] = [
  {
    category: "materiell",
    subcategory: "kjoretoy",
    area: "Materiell",
    contractType: "goods",
    items: [
      "patruljebiler",
      "elektriske patruljebiler",
      "sivile tjenestebiler",
      "transportbiler for arrestanter",
      "motorsykler til trafikktjenesten",
      "patruljebåter",
      "snøscootere",
      "terrenggående kjøretøy",
      "hundebiler med bur",
      "mobile kommandoplasser",
      "dekk til tjenestebiler",
    ],
    purposes: [
      "Kjøretøyene skal erstatte eldre biler som har nådd utskiftingsalder.",
      "Flåten må fornyes for å holde responstiden i distriktet.",
      "Utskiftingen følger kjøretøystrategien og kravet om nullutslipp der det er mulig.",
    ],
    trades: ["Bil", "Kjøretøy", "Motor", "Bilsenter", "Båt"],
    valueMedian: 8_000_000,
    valueSigma: 1.1,
    frameworkShare: 0.75,
    gradedWeight: 0.3,
    weight: 70,
  },
  {
    category: "materiell",
    subcategory: "vapen",
    area: "Materiell",
    contractType: "goods",
    items: [
      "tjenestepistoler",
      "automatvåpen",
      "treningsammunisjon",
      "skarp ammunisjon",
      "elektrosjokkvåpen",
      "pepperspray",
      "våpenskap og våpenoppbevaring",
      "siktemidler til tjenestevåpen",
      "skytesimulatorer",
      "markeringsammunisjon",
    ],
    purposes: [
      "Utstyret inngår i den operative grunnberedskapen for innsatspersonell.",
      "Behovet følger av nye krav til trening og godkjenning av innsatspersonell.",
      "Dagens beholdning er slitt og må erstattes før neste godkjenningsperiode.",
    ],
    trades: ["Våpen", "Ballistikk", "Jakt og Våpen", "Defence"],
    valueMedian: 5_000_000,
    valueSigma: 1.1,
    frameworkShare: 0.8,
    gradedWeight: 3,
    weight: 35,
  },
  {
    category: "materiell",
    subcategory: "uniform",
    area: "Materiell",
    contractType: "goods",
    items: [
      "uniformer",
      "uniformsbukser og -jakker",
      "tjenestestøvler og vintersko",
      "regnbekledning",
      "refleksvester",
      "uniformseffekter og distinksjoner",
      "hansker",
      "bekledning til innsatspersonell",
    ],
    purposes: [
      "Alle tjenestepersoner i uniformert tjeneste skal ha tilgang til riktig bekledning.",
      "Bekledningen skal tilpasses nytt uniformsreglement.",
      "Behovet omfatter også tilpasninger for gravide og personer med særskilte behov.",
    ],
    trades: ["Tekstil", "Uniform", "Bekledning"],
    valueMedian: 6_000_000,
    valueSigma: 1.0,
    frameworkShare: 0.85,
    gradedWeight: 0,
    weight: 50,
  },
  {
    category: "materiell",
    subcategory: "beskyttelse",
    area: "Materiell",
    contractType: "goods",
    items: [
      "skuddsikre vester",
      "ballistiske hjelmer",
      "ballistiske skjold",
      "stikksikre vester",
      "gassmasker",
      "verneutstyr mot CBRNE-hendelser",
      "hørselsvern",
      "beskyttelsesutstyr for ordenstjeneste",
    ],
    purposes: [
      "Verneutstyret skal beskytte tjenestepersoner i skarpe oppdrag.",
      "Utstyret har begrenset levetid og må erstattes når sertifiseringen utløper.",
      "Behovet er en oppfølging av evalueringen etter siste nasjonale øvelse.",
    ],
    trades: ["Sikkerhet", "Verneutstyr", "Protect"],
    valueMedian: 4_000_000,
    valueSigma: 1.0,
    frameworkShare: 0.8,
    gradedWeight: 2,
    weight: 45,
  },
  {
    category: "materiell",
    subcategory: "teknisk-utstyr",
    area: "Materiell",
    contractType: "goods",
    items: [
      "droner",
      "kroppsbårne kameraer",
      "nattsynsutstyr",
      "alkometre",
      "lasermålere for fartskontroll",
      "kriminaltekniske verktøy",
      "DNA-analysesett",
      "fingeravtrykkskannere",
      "termiske kameraer",
      "utstyr til bombegruppen",
      "utstyr for sikring av digitale bevis",
    ],
    purposes: [
      "Utstyret styrker etterforskningen og sikringen av bevis.",
      "Teknologien gir patruljene bedre situasjonsforståelse i oppdrag.",
      "Behovet følger av ny nasjonal metodikk for kriminalteknikk.",
    ],
    trades: ["Teknikk", "Elektronikk", "Optikk", "Solutions"],
    valueMedian: 2_500_000,
    valueSigma: 1.2,
    frameworkShare: 0.6,
    gradedWeight: 2,
    weight: 80,
  },
  {
    category: "ikt",
    subcategory: "programvare",
    area: "IKT",
    contractType: "goods",
    items: [
      "lisenser for saksbehandlingssystem",
      "lisenser for kontorprogramvare",
      "analyseverktøy for etterretning",
      "programvare for bildeanalyse",
      "verktøy for mobilforensikk",
      "lisenser for kartverktøy",
      "programvare for vaktplanlegging",
      "sikkerhetsprogramvare for klienter",
      "lisenser for databaseplattform",
      "talegjenkjenning for avhør",
    ],
    purposes: [
      "Lisensene dekker alle brukere i enheten og må fornyes for å sikre drift.",
      "Verktøyet effektiviserer saksbehandlingen og reduserer manuelt arbeid.",
      "Løsningen må oppfylle kravene i politiregisterloven og sikkerhetsloven.",
    ],
    trades: ["Software", "Data", "Systemer", "IT"],
    valueMedian: 4_000_000,
    valueSigma: 1.3,
    frameworkShare: 0.5,
    gradedWeight: 1.5,
    weight: 90,
  },
  {
    category: "ikt",
    subcategory: "maskinvare",
    area: "IKT",
    contractType: "goods",
    items: [
      "bærbare PC-er",
      "mobiltelefoner til tjenestebruk",
      "nettbrett til patruljebiler",
      "servere til datasenter",
      "lagringssystemer",
      "skjermer og dokkingstasjoner",
      "skrivere og multifunksjonsmaskiner",
      "robuste PC-er til kjøretøy",
      "videokonferanseutstyr",
    ],
    purposes: [
      "Utstyret erstatter klienter som er ute av leverandørstøtte.",
      "Behovet følger av innføringen av mobile arbeidsflater for patruljene.",
      "Kapasiteten i datasenteret må økes for å håndtere økte datamengder.",
    ],
    trades: ["Data", "IT", "Teknologi"],
    valueMedian: 5_000_000,
    valueSigma: 1.1,
    frameworkShare: 0.7,
    gradedWeight: 0.8,
    weight: 60,
  },
  {
    category: "ikt",
    subcategory: "nett",
    area: "IKT",
    contractType: "services",
    items: [
      "mobilabonnement",
      "datalinjer mellom tjenestesteder",
      "satellittkommunikasjon",
      "fiberforbindelse til politihuset i {place}",
      "trådløst nett i politihuset i {place}",
      "sentralbord- og telefonitjenester",
      "reservesamband for operasjonssentralen",
    ],
    purposes: [
      "Sambandet er kritisk for operasjonssentralens kontakt med patruljene.",
      "Dagens forbindelser har for lav kapasitet for video og store datamengder.",
      "Tjenesten må ha redundans i tråd med kravene til kritisk infrastruktur.",
    ],
    trades: ["Nett", "Kommunikasjon", "Telecom", "Samband"],
    valueMedian: 6_000_000,
    valueSigma: 1.2,
    frameworkShare: 0.5,
    gradedWeight: 2,
    weight: 55,
  },
  {
    category: "ikt",
    subcategory: "ikt-tjenester",
    area: "IKT",
    contractType: "services",
    items: [
      "konsulenttjenester for systemutvikling",
      "drift av datasenter",
      "konsulenttjenester innen informasjonssikkerhet",
      "testtjenester",
      "brukerstøtte og servicedesk",
      "skytjenester",
      "migrering til ny plattform",
      "prosjektledelse for IKT-prosjekter",
      "penetrasjonstesting",
    ],
    purposes: [
      "Politiet har ikke nok egen kapasitet til å gjennomføre arbeidet i planperioden.",
      "Tjenesten er nødvendig for å modernisere og sikre fagsystemene.",
      "Arbeidet skal gjennomføres i tett samarbeid med Politiets IT-enhet.",
    ],
    trades: ["Consulting", "Digital", "IT-partner", "Rådgivning"],
    valueMedian: 8_000_000,
    valueSigma: 1.2,
    frameworkShare: 0.7,
    gradedWeight: 1.5,
    weight: 75,
  },
  {
    category: "tjenester-eiendom",
    subcategory: "bygg",
    area: "Eiendom",
    contractType: "works",
    items: [
      "rehabilitering av politistasjonen i {place}",
      "ombygging av arresten i {place}",
      "ny skytebane i {place}",
      "utvidelse av garasjeanlegget ved politihuset i {place}",
      "oppgradering av ventilasjonsanlegget i politihuset i {place}",
      "ny hundegård ved politistasjonen i {place}",
      "energieffektivisering av politihuset i {place}",
      "ombygging av publikumsmottaket i {place}",
    ],
    purposes: [
      "Bygget oppfyller ikke dagens krav til sikkerhet og arbeidsmiljø.",
      "Tiltaket er forankret i eiendomsplanen og avklart med utleier.",
      "Arbeidene må gjennomføres mens driften på tjenestestedet opprettholdes.",
    ],
    trades: ["Bygg", "Entreprenør", "Anlegg", "Byggservice"],
    valueMedian: 25_000_000,
    valueSigma: 1.2,
    frameworkShare: 0.1,
    gradedWeight: 1,
    weight: 60,
  },
  {
    category: "tjenester-eiendom",
    subcategory: "fdv",
    area: "Eiendom",
    contractType: "services",
    items: [
      "renhold av politihus i {place}",
      "vakthold ved politihuset i {place}",
      "snørydding og utendørs drift i {place}",
      "vedlikehold av heiser i {place}",
      "kantinedrift i politihuset i {place}",
      "avfallshåndtering i {place}",
      "service på ventilasjonsanlegg i {place}",
      "vaktmestertjenester i {place}",
    ],
    purposes: [
      "Tjenesten er nødvendig for forsvarlig drift av bygningene.",
      "Driften skal tilpasses døgnkontinuerlig tjeneste på stedet.",
      "Leveransen skal oppfylle krav til miljø og seriøsitet i arbeidslivet.",
    ],
    trades: ["Renhold", "Eiendomsservice", "Drift", "Facility"],
    valueMedian: 3_000_000,
    valueSigma: 1.0,
    frameworkShare: 0.6,
    gradedWeight: 0.3,
    weight: 120,
  },
  {
    category: "tjenester-eiendom",
    subcategory: "radgivning",
    area: "Anskaffelser",
    contractType: "services",
    items: [
      "juridisk bistand",
      "organisasjonsutvikling",
      "utredning av ny tjenestestruktur",
      "ekstern revisjon",
      "rekrutteringstjenester",
      "bedriftshelsetjeneste",
      "tolketjenester",
      "oversettelsestjenester",
      "kommunikasjonsrådgivning",
      "evaluering av beredskapsøvelser",
    ],
    purposes: [
      "Enheten trenger spisskompetanse som ikke finnes internt.",
      "Oppdraget følger av føringer i tildelingsbrevet.",
      "Tjenesten skal brukes ved behov gjennom hele avtaleperioden.",
    ],
    trades: ["Rådgivning", "Analyse", "Consult", "Advokatfirma"],
    valueMedian: 1_500_000,
    valueSigma: 1.0,
    frameworkShare: 0.7,
    gradedWeight: 0.3,
    weight: 60,
  },
  {
    category: "tjenester-eiendom",
    subcategory: "reise",
    area: "Anskaffelser",
    contractType: "services",
    items: [
      "reisebyråtjenester",
      "hotell- og konferansetjenester",
      "flyreiser",
      "kurs i taktisk førstehjelp",
      "leie av øvingsområder",
      "kurs i lederutvikling",
      "transport av arrestanter",
    ],
    purposes: [
      "Behovet gjelder hele enheten og gir bedre priser gjennom samlet volum.",
      "Tjenesten er nødvendig for å gjennomføre pålagt trening og kompetanseheving.",
      "Dagens løsning er fragmentert og gir lite oversikt over kostnadene.",
    ],
    trades: ["Reisebyrå", "Travel", "Konferanse", "Kompetanse"],
    valueMedian: 2_000_000,
    valueSigma: 1.0,
    frameworkShare: 0.8,
    gradedWeight: 0,
    weight: 30,
  },
  {
    category: "tjenester-eiendom",
    subcategory: "kontor",
    area: "Anskaffelser",
    contractType: "goods",
    items: [
      "kontorrekvisita",
      "kontormøbler",
      "trykksaker og skjemaer",
      "papir og toner",
      "møbler til publikumsområder",
      "arkivmateriell",
      "ergonomiske arbeidsplasser",
    ],
    purposes: [
      "Behovet dekker løpende forbruk i enheten.",
      "Innkjøpet skal samles på én avtale for å redusere antall småkjøp.",
      "Leveransen skal oppfylle krav til miljømerking.",
    ],
    trades: ["Kontor", "Papir", "Trykk", "Interiør"],
    valueMedian: 1_000_000,
    valueSigma: 0.9,
    frameworkShare: 0.85,
    gradedWeight: 0,
    weight: 60,
  },
];

/** The profile of a subcategory; throws when the demo has none for it. */
export function profileOf(subcategory: string): SubcategoryProfile {
  const profile = SUBCATEGORY_PROFILES.find((p) => p.subcategory === subcategory);
  if (!profile) throw new RangeError(`The demo has no vocabulary for subcategory ${subcategory}`);
  return profile;
}

/** Replaces `{place}` in a phrase with the town. */
export function fillPlace(phrase: string, town: string): string {
  return phrase.replace("{place}", town);
}

/** The phrase with its first letter in upper case. */
export function capitalise(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

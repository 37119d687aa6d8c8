// A labelled set of Norwegian need titles for the joint-procurement grouping: groups of the same
// thing written differently (inflection, compounds, æøå typed or not, abbreviations) from different
// units, beside distractors in the same subcategory. `group` is the truth; undefined = stands alone.

/** One labelled title. */
export interface LabelledTitle {
  readonly title: string;
  readonly unit: string;
  readonly subcategory: string;
  readonly group?: string;
}

const t = (subcategory: string, group: string | undefined, unit: string, title: string): LabelledTitle =>
  group === undefined ? { title, unit, subcategory } : { title, unit, subcategory, group };

/** The set the threshold and n were chosen on. */
export const TUNING_SET: readonly LabelledTitle[] = [
  t("kjoretoy", "bil", "oslo", "Patruljebiler"),
  t("kjoretoy", "bil", "vest", "Kjøp av patruljebil"),
  t("kjoretoy", "bil", "agder", "Nye patruljebilene"),
  t("kjoretoy", "bat", "nordland", "Patruljebåt"),
  t("kjoretoy", "bat", "troms", "Patruljebåter til sjøtjenesten"),
  t("kjoretoy", "bat", "finnmark", "Kjop av patruljebaat"),
  t("kjoretoy", "mc", "up", "Motorsykler til trafikktjenesten"),
  t("kjoretoy", "mc", "sor-vest", "Motorsykkel, trafikk"),
  t("kjoretoy", "hund", "oslo", "Kjt. til hundetjenesten"),
  t("kjoretoy", "hund", "ost", "Kjøretøy for hundetjenesten"),
  t("kjoretoy", undefined, "finnmark", "Snøscooter"),
  t("beskyttelse", "vest", "oslo", "Skuddsikre vester"),
  t("beskyttelse", "vest", "vest", "Skuddsikker vest"),
  t("beskyttelse", "vest", "trondelag", "Vester, skuddsikre"),
  t("beskyttelse", "hjelm", "agder", "Ballistiske hjelmer"),
  t("beskyttelse", "hjelm", "innlandet", "Ballistisk hjelm"),
  t("beskyttelse", undefined, "innlandet", "Hørselvern"),
  t("programvare", "sak", "oslo", "Lisenser for saksbehandlingssystem"),
  t("programvare", "sak", "kripos", "Saksbehandlingssystemlisenser"),
  t("programvare", "sak", "okokrim", "Lisens saksbehandlingssystemet"),
  t("programvare", undefined, "kripos", "Analyseverktøy for etterforskning"),
  t("programvare", undefined, "oslo", "Kartløsning for operasjonssentralen"),
  t("fdv", "renhold", "vest", "Renhold av politihus"),
  t("fdv", "renhold", "agder", "Renholdstjenester for politihuset"),
  t("fdv", "vaktmester", "troms", "Vaktmestertjenester"),
  t("fdv", "vaktmester", "nordland", "Vaktmestertjeneste"),
  t("fdv", undefined, "finnmark", "Snøbrøyting"),
];

/** Held out: measured only once n and the threshold were fixed on the tuning set. */
export const HELD_OUT_SET: readonly LabelledTitle[] = [
  t("kjoretoy", "elbil", "oslo", "Elektriske patruljebiler"),
  t("kjoretoy", "elbil", "ost", "El. patruljebil"),
  t("kjoretoy", "elbil", "innlandet", "Patruljebiler, elektriske"),
  t("kjoretoy", "henger", "troms", "Tilhengere"),
  t("kjoretoy", "henger", "nordland", "Tilhenger til båttransport"),
  t("kjoretoy", undefined, "vest", "Sivile tjenestebiler"),
  t("kjoretoy", undefined, "agder", "Redningsbåt"),
  t("beskyttelse", "kjemi", "oslo", "Verneutstyr for kjemikaliehåndtering"),
  t("beskyttelse", "kjemi", "kripos", "Kjemikalieverneutstyr"),
  t("beskyttelse", "kjemi", "up", "Verneutst. kjemikalier"),
  t("beskyttelse", "skjold", "sor-ost", "Skjold for innsatspersonell"),
  t("beskyttelse", "skjold", "vest", "Ballistiske skjold"),
  t("beskyttelse", undefined, "trondelag", "Hansker"),
  t("programvare", "kontor", "pft", "Kontorstøtteprogramvare"),
  t("programvare", "kontor", "pit", "Programvare for kontorstøtte"),
  t("programvare", "kontor", "phs", "SW kontorstøtte"),
  t("programvare", "video", "oslo", "Videoavhør, programvare"),
  t("programvare", "video", "sor-vest", "Programvare for videoavhør"),
  t("programvare", undefined, "nid", "Passproduksjonssystem"),
  t("fdv", "vinduer", "oslo", "Vinduspuss"),
  t("fdv", "vinduer", "ost", "Vaskin av vinduer"),
  t("fdv", "drift", "troms", "Drift og vedl. av politistasjoner"),
  t("fdv", "drift", "finnmark", "Drift og vedlikehold av politistasjonene"),
  t("fdv", undefined, "agder", "Kantinedrift"),
];

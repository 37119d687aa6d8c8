/**
 * Towns where each default unit has premises, used in local needs and contracts
 * ("Renhold av politihus i Bodø"). Units outside this table (a configured special body) fall back
 * to Oslo, where the central services sit.
 */

const TOWNS_BY_UNIT: Readonly<Record<string, readonly string[]>> = {
  oslo: ["Oslo", "Grønland", "Manglerud", "Stovner", "Majorstuen"],
  ost: ["Ski", "Lillestrøm", "Fredrikstad", "Sarpsborg", "Moss", "Jessheim"],
  innlandet: ["Hamar", "Lillehammer", "Gjøvik", "Elverum", "Kongsvinger"],
  "sor-ost": ["Tønsberg", "Drammen", "Skien", "Sandefjord", "Kongsberg", "Hønefoss"],
  agder: ["Kristiansand", "Arendal", "Mandal", "Flekkefjord"],
  "sor-vest": ["Stavanger", "Sandnes", "Haugesund", "Egersund"],
  vest: ["Bergen", "Førde", "Voss", "Stord"],
  "more-og-romsdal": ["Ålesund", "Molde", "Kristiansund", "Ørsta"],
  trondelag: ["Trondheim", "Steinkjer", "Namsos", "Stjørdal"],
  nordland: ["Bodø", "Mo i Rana", "Narvik", "Mosjøen", "Svolvær"],
  troms: ["Tromsø", "Harstad", "Finnsnes"],
  finnmark: ["Kirkenes", "Hammerfest", "Alta", "Vadsø"],
  kripos: ["Oslo"],
  okokrim: ["Oslo"],
  pu: ["Oslo", "Trandum"],
  phs: ["Oslo", "Bodø", "Stavern", "Kongsvinger"],
  up: ["Stokke", "Oslo"],
  pft: ["Oslo", "Drammen"],
  nid: ["Kongsvinger"],
  pit: ["Oslo", "Drammen"],
  "sivil-rett": ["Leknes"],
};

/** The towns of a unit (Oslo for units the table does not know). */
export function townsOf(unitId: string): readonly string[] {
  return TOWNS_BY_UNIT[unitId] ?? ["Oslo"];
}

/**
 * Norwegian-looking people and companies for the demo tenant: person names, police e-mail
 * addresses and supplier names ending in "AS". All invented; drawn from the one seeded source.
 */
import type { SeededRandom } from "./random";

const FIRST_NAMES: readonly string[] = (
  "Kari Ola Ingrid Lars Anne Per Marit Jon Silje Kristian Hanne Øyvind Åse Bjørn Solveig Trond " +
  "Sigrid Håkon Ragnhild Eirik Tone Geir Liv Stian Ida Magnus Nora Sindre Thea Jørgen Hilde Espen " +
  "Camilla Anders Marte Vegard Guro Torbjørn Elin Kjetil Ingvild Henrik Maria Petter Line Morten " +
  "Tuva Fredrik Linn Sverre Randi Arne Heidi Knut Vilde Rune Åshild Terje Kristin Halvor Amir " +
  "Fatima Jonas Sara"
).split(" ");

const LAST_NAMES: readonly string[] = (
  "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen " +
  "Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Henriksen " +
  "Lund Halvorsen Sørensen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen " +
  "Paulsen Bakken Mathisen Lie Amundsen Nguyen Rasmussen Lunde Solheim Berge Moe Nygård Bakke Holm " +
  "Lien Hauge Sæther Aas Myhre Haugland Sandvik Rønning Næss Vik Haug Birkeland Ruud Strøm " +
  "Myklebust Tangen Ødegård Helland Bøe Aune Tveit Brekke Ahmed Khan"
).split(" ");

const COMPANY_STEMS: readonly string[] = (
  "Nordlys Fjord Polar Trollheim Vestland Nordkapp Midnattsol Fjell Havørn Aurora Skagerak Dovre " +
  "Glitre Tinde Bjørnstad Hovland Nordvik Isbre Kystlys Jotun Lofot Hardanger Rondane " +
  "Varanger Telemark Sognefjell Blåfjell Granli Solvang Eikeli Furulund Bergtatt Nordsjø Vidde " +
  "Fonna"
).split(" ");

/** Trades that also read well as the tail of a compound name ("Fjordbygg AS"). */
const COMPOUND_TRADES = new Set([
  "Bygg",
  "Bil",
  "Data",
  "Drift",
  "Trykk",
  "Renhold",
  "Tekstil",
  "Teknikk",
  "Nett",
]);

/** A person's full name. */
export function personName(random: SeededRandom): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** ASCII form of a Norwegian name part for an e-mail address (æ→ae, ø→o, å→a). */
function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]+/g, ".");
}

/** The police e-mail address of a person: `fornavn.etternavn@politiet.no`. */
export function policeEmail(name: string): string {
  return `${asciiFold(name)}@politiet.no`;
}

/** `count` distinct person names. */
export function distinctPersonNames(random: SeededRandom, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(personName(random));
  return [...names];
}

/**
 * A supplier name for a trade (e.g. "Bygg", "Renhold") not yet in `taken`, which it joins:
 * "Fjord Bygg AS", "Hansen Bygg AS" or "Fjordbygg AS".
 */
export function newSupplierName(random: SeededRandom, trade: string, taken: Set<string>): string {
  for (;;) {
    const form = random.int(0, 3);
    const stem = form === 1 ? random.pick(LAST_NAMES) : random.pick(COMPANY_STEMS);
    const name =
      form === 2 && COMPOUND_TRADES.has(trade) ? `${stem}${trade.toLowerCase()} AS` : `${stem} ${trade} AS`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

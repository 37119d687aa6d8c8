/**
 * Norwegian titles, descriptions and rationales for demo needs, built from the subcategory
 * vocabulary and what kind of need it is (renewal, joint, fast-track, graded, part of a project).
 */
import { formatDate } from "../i18n/locale";
import type { IsoDate } from "../domain/time/isoDate";
import type { Unit } from "../domain/model/organisation";
import type { KavContract } from "../domain/model/contract";
import { finalExpiry } from "../domain/model/contract";
import type { SeededRandom } from "./random";
import { capitalise, type SubcategoryProfile } from "./vocabulary";

/** What the text of a need is about. */
export interface NeedTextInput {
  readonly profile: SubcategoryProfile;
  readonly unit: Unit;
  /** The item bought, `{place}` already filled in. */
  readonly item: string;
  /** A fixed title (project steps), used instead of a composed one. */
  readonly fixedTitle?: string;
  readonly renews?: KavContract;
  readonly nordic: boolean;
  readonly armedForces: boolean;
  readonly sharedWith: readonly Unit[];
  readonly fastTrack: boolean;
  readonly graded: boolean;
  readonly spendAnalysis: boolean;
  readonly market: boolean;
  readonly neededBy?: IsoDate;
  readonly dependsOnId?: string;
  readonly planYear: number;
}

const TITLE_PREFIXES: Readonly<Record<SubcategoryProfile["contractType"], readonly string[]>> = {
  goods: ["Rammeavtale for ", "Kjøp av ", "Anskaffelse av ", ""],
  services: ["Rammeavtale for ", "Avtale om ", "Kjøp av ", ""],
  works: ["", "", "Totalentreprise for "],
};

const GENERAL_REASONS: readonly string[] = [
  "Behovet er nødvendig for å opprettholde operativ evne.",
  "Anskaffelsen bidrar til målene i virksomhetsstrategien.",
  "Samlet anskaffelse gir bedre priser og mindre administrasjon.",
  "Uten anskaffelsen må enheten gjøre dyre enkeltkjøp utenfor avtale.",
  "Tiltaket reduserer risikoen for brudd i leveransene.",
  "Behovet er prioritert av ledergruppen i enheten.",
  "Behovet er meldt i den lokale investeringsplanen.",
];

/** The title: fixed, a renewal of the contract, or prefix + item (at most 255 characters). */
export function needTitle(random: SeededRandom, input: NeedTextInput): string {
  if (input.fixedTitle) return input.fixedTitle;
  if (input.renews) return `Reanskaffelse – ${input.renews.name}`;
  const title = capitalise(`${random.pick(TITLE_PREFIXES[input.profile.contractType])}${input.item}`);
  return !input.item.includes(" i ") && random.chance(0.3) ? `${title} til ${input.unit.name}` : title;
}

/** Two to five sentences on what is needed, why, and when. */
export function needDescription(random: SeededRandom, input: NeedTextInput): string {
  const opening = input.renews
    ? `${input.unit.name} trenger en ny avtale som erstatter «${input.renews.name}».`
    : `${input.unit.name} har behov for ${input.item}.`;
  const parts = [opening, random.pick(input.profile.purposes)];
  if (input.renews) {
    parts.push(
      `Gjeldende avtale ${input.renews.id} med ${input.renews.supplier} kan ikke forlenges ut over ${formatDate(finalExpiry(input.renews), "nb")}.`,
    );
  }
  if (input.sharedWith.length > 0) {
    parts.push(`Behovet deles med ${input.sharedWith.map((u) => u.name).join(", ")}.`);
  }
  if (input.graded) parts.push("Detaljer om behovet gis muntlig til anskaffelsesleder.");
  if (input.neededBy) parts.push(`Ønsket leveranse senest ${formatDate(input.neededBy, "nb")}.`);
  return parts.join(" ");
}

/** Why the need matters: one general reason plus the reasons that follow from its kind. */
export function needRationale(random: SeededRandom, input: NeedTextInput): string {
  const parts: string[] = [];
  if (input.renews) {
    parts.push(
      `Avtalen ${input.renews.id} utløper ${formatDate(finalExpiry(input.renews), "nb")} etter at alle opsjoner er brukt, og ny avtale må være på plass før den tid.`,
    );
  }
  if (input.fastTrack) parts.push("Behovet er akutt og må dekkes innenfor SLA for hurtigleveranser.");
  if (input.graded) parts.push("Behovet er skjermingsverdig etter sikkerhetsloven.");
  if (input.nordic) parts.push("Behovet kan dekkes gjennom en planlagt nordisk fellesanskaffelse.");
  if (input.armedForces) {
    parts.push("Forsvaret planlegger en tilsvarende anskaffelse som politiet kan slutte seg til.");
  }
  if (input.sharedWith.length > 0) {
    parts.push("Flere enheter har meldt samme behov, og en felles anskaffelse er naturlig.");
  }
  if (input.spendAnalysis) parts.push("Spendanalysen viser betydelige kjøp utenfor avtale i kategorien.");
  if (input.market)
    parts.push("Markedet har endret seg, og nye løsninger kan gi bedre kvalitet til lavere pris.");
  if (input.dependsOnId) parts.push(`Behovet forutsetter at ${input.dependsOnId} er anskaffet først.`);
  parts.push(random.pick(GENERAL_REASONS));
  if (random.chance(0.3)) parts.push(`Behovet er omtalt i disponeringsskrivet for ${input.planYear}.`);
  return parts.join(" ");
}

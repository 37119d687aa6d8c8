/**
 * Writes a need the way a SharePoint list (through Microsoft Graph) or a hand-made JSON file
 * delivers it: mostly strings in Norwegian formats ("1 500 000,50", "15.01.2027", "Ja"/"Nei",
 * "Hurtigleveranse", "Varer"), sometimes numbers, booleans, ISO dates and arrays, units sometimes
 * by name, and empty score fields where the submitter gave no score.
 */
import type { RawRecord } from "../domain/intake/intakeTypes";
import { SCORE_FIELD_PREFIX } from "../domain/intake/intakeTypes";
import type { ContractType, DeliveryTrack, Need } from "../domain/model/need";
import type { Unit } from "../domain/model/organisation";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import { formatDate } from "../i18n/locale";
import type { IsoDate } from "../domain/time/isoDate";
import type { SeededRandom } from "./random";

/** Norwegian labels of the delivery tracks, as the SharePoint choice column shows them. */
export const DELIVERY_TRACK_LABELS: Readonly<Record<DeliveryTrack, string>> = {
  basis: "Basisleveranse",
  rullerende: "Rullerende plan",
  hurtig: "Hurtigleveranse",
};

/** Norwegian labels of the contract types. */
export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, string>> = {
  goods: "Varer",
  services: "Tjenester",
  works: "Bygge- og anleggsarbeider",
};

/**
 * A number in Norwegian notation: groups of three digits separated by `groupSeparator`
 * (a space, or the no-break space Excel and Intl use) and a decimal comma, e.g. "1 500 000,50".
 */
export function norwegianNumber(value: number, groupSeparator = " "): string {
  const cents = Math.round(Math.abs(value) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const sign = value < 0 ? "-" : "";
  return fraction === 0 ? `${sign}${grouped}` : `${sign}${grouped},${String(fraction).padStart(2, "0")}`;
}

function yesNo(random: SeededRandom, value: boolean): string | boolean {
  if (random.chance(0.3)) return value;
  return value ? "Ja" : "Nei";
}

function money(random: SeededRandom, value: number): string | number {
  const form = random.weighted([
    ["norwegian", 50],
    ["no-break", 10],
    ["digits", 10],
    ["number", 30],
  ] as const);
  if (form === "number") return value;
  if (form === "digits") return norwegianNumber(value, "");
  return norwegianNumber(value, form === "no-break" ? "\u00a0" : " ");
}

function date(random: SeededRandom, value: IsoDate): string {
  return random.chance(0.75) ? formatDate(value, "nb") : value;
}

function unitField(random: SeededRandom, unitId: string, units: readonly Unit[]): string {
  const unit = units.find((u) => u.id === unitId);
  return unit && random.chance(0.2) ? unit.name : unitId;
}

function list(random: SeededRandom, ids: readonly string[]): string | readonly string[] {
  if (ids.length === 1 && random.chance(0.5)) return ids[0] as string;
  return random.chance(0.7) ? ids : ids.join(";");
}

function scoreFields(random: SeededRandom, need: Need): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const criterion of DEFAULT_CRITERIA) {
    const score = need.scores[criterion.id];
    const key = `${SCORE_FIELD_PREFIX}${criterion.id}`;
    if (score === undefined) {
      if (random.chance(0.5)) fields[key] = "";
    } else {
      fields[key] = random.chance(0.7) ? String(score) : score;
    }
  }
  return fields;
}

/** The need as a raw record, fields in RAW_NEED_FIELDS order followed by the scores. */
export function toRawRecord(random: SeededRandom, need: Need, units: readonly Unit[]): RawRecord {
  const record: Record<string, unknown> = {
    id: need.id,
    title: need.title,
    description: need.description,
    rationale: need.rationale,
    unit: unitField(random, need.unit, units),
    contact: need.contact,
    area: need.area,
    category: need.category,
  };
  if (need.subcategory !== undefined) record.subcategory = need.subcategory;
  record.insightSource = need.insightSource;
  record.deliveryTrack = random.chance(0.75) ? DELIVERY_TRACK_LABELS[need.deliveryTrack] : need.deliveryTrack;
  record.contractType = random.chance(0.75) ? CONTRACT_TYPE_LABELS[need.contractType] : need.contractType;
  record.estimatedValue = money(random, need.estimatedValue);
  if (need.neededBy !== undefined) record.neededBy = date(random, need.neededBy);
  if (need.existingContractId !== undefined) record.existingContractId = need.existingContractId;
  record.securityGraded = yesNo(random, need.securityGraded);
  record.fundingStatus = need.fundingStatus;
  if (need.dependsOn.length > 0) record.dependsOn = list(random, need.dependsOn);
  record.jointNordic = yesNo(random, need.joint.nordic);
  record.jointArmedForces = yesNo(random, need.joint.armedForces);
  if (need.joint.sharedWithUnits.length > 0)
    record.sharedWithUnits = list(random, need.joint.sharedWithUnits);
  record.complexity = need.complexity;
  record.status = need.status;
  return { ...record, ...scoreFields(random, need) };
}

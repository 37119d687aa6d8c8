/**
 * Display names of submitting units (police districts and the default special bodies).
 */
import { DEFAULT_SPECIAL_BODIES, POLICE_DISTRICTS } from "../domain/model/organisation";

const names = new Map([...POLICE_DISTRICTS, ...DEFAULT_SPECIAL_BODIES].map((u) => [u.id, u.name]));

/** The unit's Norwegian name, or its id when it is not one of the known units. */
export function unitName(unitId: string): string {
  return names.get(unitId) ?? unitId;
}

/**
 * The demo's central procurement staff: 23 procurement leads spread 8/8/7 over the three main
 * categories and 5 lawyers, with availability fractions and a few leave periods in the plan year.
 */
import type { MainCategory } from "../domain/model/organisation";
import type { Absence, Person } from "../domain/model/people";
import { addDays, isoFromYmd, minDate } from "../domain/time/isoDate";
import { distinctPersonNames } from "./names";
import type { SeededRandom } from "./random";

/** Leads per main category, in the order of the configured categories. */
export const LEADS_PER_CATEGORY: readonly number[] = [8, 8, 7];
/** Number of lawyers. */
export const LAWYER_COUNT = 5;

/** Kinds of leave: [[shortest days, longest days], weight]. */
const LEAVE_KINDS: readonly (readonly [readonly [number, number], number])[] = [
  [[90, 180], 1], // parental leave
  [[14, 35], 2], // course or study leave
  [[21, 60], 1], // sick leave
];

function absences(random: SeededRandom, planYear: number): Absence[] {
  if (!random.chance(0.3)) return [];
  const [shortest, longest] = random.weighted(LEAVE_KINDS);
  const from = addDays(isoFromYmd(planYear, 1, 1), random.int(14, 300));
  const to = addDays(from, random.int(shortest, longest) - 1);
  return [{ from, to: minDate(to, isoFromYmd(planYear, 12, 31)) }];
}

/** Availability in steps of 0.05 from 0.6 to 1.0, most people near full time. */
function availability(random: SeededRandom): number {
  return (
    random.weighted([
      [20, 6],
      [19, 3],
      [18, 3],
      [16, 2],
      [14, 1],
      [12, 1],
    ] as const) / 20
  );
}

/** Leads (8/8/7 over the first three categories) followed by the lawyers. */
export function generatePeople(
  random: SeededRandom,
  categories: readonly MainCategory[],
  planYear: number,
): Person[] {
  const leadCount = LEADS_PER_CATEGORY.reduce((a, b) => a + b, 0);
  const names = distinctPersonNames(random, leadCount + LAWYER_COUNT);
  const people: Person[] = [];
  LEADS_PER_CATEGORY.forEach((count, c) => {
    const category = categories[c];
    if (!category) throw new RangeError(`The demo needs ${LEADS_PER_CATEGORY.length} main categories`);
    for (let i = 0; i < count; i += 1) {
      const n = people.length + 1;
      people.push({
        id: `al-${String(n).padStart(2, "0")}`,
        name: names[n - 1] as string,
        role: "lead",
        category: category.id,
        availability: availability(random),
        absences: absences(random, planYear),
      });
    }
  });
  for (let i = 1; i <= LAWYER_COUNT; i += 1) {
    people.push({
      id: `jur-${String(i).padStart(2, "0")}`,
      name: names[leadCount + i - 1] as string,
      role: "lawyer",
      availability: availability(random),
      absences: absences(random, planYear),
    });
  }
  return people;
}

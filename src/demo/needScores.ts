/**
 * Criterion scores (1–5) for demo needs, as a submitter would give them: centred on 3 and pushed
 * up or down by what the need is (graded, expiring contract, fast-track, wide reach, ...).
 * Some needs leave scores empty: mostly the derivable ones, a few others (reported as errors).
 */
import type { CriteriaScores } from "../domain/model/need";
import { DEFAULT_CRITERIA, SCORE_MAX, SCORE_MIN } from "../domain/prioritisation/defaultCriteria";
import type { SeededRandom } from "./random";
import type { SubcategoryProfile } from "./vocabulary";

/** What the scores depend on. */
export interface ScoreInput {
  readonly profile: SubcategoryProfile;
  readonly graded: boolean;
  /** Months from the plan year's start to the renewed contract's final expiry, if a renewal. */
  readonly monthsToExpiry?: number;
  readonly fastTrack: boolean;
  /** Units affected (the submitter included). */
  readonly reach: number;
  readonly joint: boolean;
  readonly spendAnalysis: boolean;
  readonly estimatedValue: number;
}

const OPERATIONAL = new Set(["vapen", "beskyttelse", "kjoretoy", "nett", "teknisk-utstyr"]);
const ROUTINE = new Set(["reise", "kontor", "radgivning"]);

function clampScore(value: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value)));
}

function timeCriticality(random: SeededRandom, input: ScoreInput): number {
  if (input.fastTrack) return 5;
  if (input.monthsToExpiry !== undefined) return input.monthsToExpiry < 12 ? 5 : 4;
  return random.int(1, 4);
}

function reachScore(input: ScoreInput): number {
  if (input.reach >= 10) return 5;
  if (input.reach >= 4) return 4;
  return input.reach >= 2 ? 3 : 1 + (input.joint ? 2 : 0);
}

function scoreFor(random: SeededRandom, id: string, input: ScoreInput): number {
  const noise = random.int(-1, 1);
  const sub = input.profile.subcategory;
  switch (id) {
    case "operationalCriticality":
      return clampScore(
        3 + noise + (OPERATIONAL.has(sub) ? 1 : 0) + (input.graded ? 1 : 0) - (ROUTINE.has(sub) ? 1 : 0),
      );
    case "timeCriticality":
      return timeCriticality(random, input);
    case "economicBenefit":
      return clampScore(
        2 + noise + (input.estimatedValue >= 10_000_000 ? 1 : 0) + (input.spendAnalysis ? 2 : 0),
      );
    case "supplyRisk":
      return clampScore(2 + noise + (input.graded ? 2 : 0) + (sub === "vapen" ? 1 : 0));
    case "reach":
      return clampScore(reachScore(input) + (random.chance(0.2) ? noise : 0));
    default:
      return random.int(SCORE_MIN, SCORE_MAX);
  }
}

/** Criteria the prioritisation derives when a submitter leaves them empty (docs/prioritisation.md). */
const DERIVABLE = ["timeCriticality", "reach"] as const;

/**
 * Scores for the default criteria; criteria left empty by the submitter are absent. About 12 % of
 * needs leave one or both derivable criteria empty; about 1 % leave one other criterion empty and
 * 1 % leave every score empty — those the prioritisation reports as per-need errors.
 */
export function needScores(random: SeededRandom, input: ScoreInput): CriteriaScores {
  const draw = random.int(1, 100);
  const empty = new Set<string>(
    draw === 1
      ? DEFAULT_CRITERIA.map((c) => c.id)
      : draw === 2
        ? [random.pick(DEFAULT_CRITERIA.filter((c) => !(DERIVABLE as readonly string[]).includes(c.id))).id]
        : draw <= 14
          ? random.sample([...DERIVABLE], random.int(1, 2))
          : [],
  );
  const scores: Record<string, number> = {};
  for (const criterion of DEFAULT_CRITERIA) {
    const score = scoreFor(random, criterion.id, input);
    if (!empty.has(criterion.id)) scores[criterion.id] = score;
  }
  return scores;
}

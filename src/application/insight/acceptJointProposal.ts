/**
 * Accepting a joint procurement proposal: its needs are merged into one new need, and the originals
 * stay traceable — withdrawn, each with feedback naming the joint need it went into. The merged need
 * is a raw record that goes through the same intake as every need: the sum of the values, the
 * earliest needed-by date, the other units as `sharedWithUnits` (reach is derived from them), the
 * highest score per criterion, graded when any original is graded (the redaction policy then hides
 * it), and the contract the originals renew when they renew one.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import type { JointProposal } from "../../domain/insight/jointProcurement";
import { COMPLEXITIES, type FundingStatus, type Need } from "../../domain/model/need";
import { REACH } from "../../domain/prioritisation/scoring";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { translate } from "../../i18n/locale";

/** Who owns the joint need. */
export interface AcceptJointOptions {
  /** Id of the merged need (unique in the plan year). */
  readonly needId: string;
  /** The unit that coordinates the joint procurement (e.g. `pft`). */
  readonly unit: string;
  readonly contact: string;
  /** Longest title the intake takes (the plan's `textLimits.title`; 255 by default). */
  readonly titleLimit?: number;
}

/** What accepting a proposal changes. */
export interface JointMerge {
  /** The merged need, as a raw record for the intake. */
  readonly record: RawRecord;
  /** The originals: withdrawn, with feedback to their units (bokmål). */
  readonly originals: readonly {
    readonly needId: string;
    readonly status: "withdrawn";
    readonly feedback: string;
  }[];
}

const say = (key: string, params: Readonly<Record<string, string | number>>) =>
  translate(INSIGHT_MESSAGES, "nb", key, params);

function funding(needs: readonly Need[]): FundingStatus {
  if (needs.every((n) => n.fundingStatus === "funded")) return "funded";
  if (needs.every((n) => n.fundingStatus === "unfunded")) return "unfunded";
  return "partly-funded";
}

function maxScores(needs: readonly Need[]): Record<string, number> {
  const scores: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const n of needs) {
    for (const [criterion, score] of Object.entries(n.scores)) {
      if (criterion === REACH) continue;
      const key = `${SCORE_FIELD_PREFIX}${criterion}`;
      scores[key] = Math.max(scores[key] ?? 0, score);
    }
  }
  return scores;
}

function renewedContract(proposal: JointProposal, needs: readonly Need[]): string | undefined {
  const contracts = [...new Set(needs.flatMap((n) => (n.existingContractId ? [n.existingContractId] : [])))];
  if (contracts.length > 1)
    throw new RangeError(
      `Joint proposal ${proposal.id}, field existingContractId: the needs renew ${contracts.length} different contracts; merge them by hand`,
    );
  return contracts[0];
}

/**
 * The merged need and the withdrawn originals for an accepted proposal.
 * @throws RangeError naming the proposal and field when a need is missing or they renew several contracts.
 */
export function acceptJointProposal(
  proposal: JointProposal,
  needs: readonly Need[],
  options: AcceptJointOptions,
): JointMerge {
  const byId = new Map(needs.map((n) => [n.id, n]));
  const members = proposal.needIds.map((id) => {
    const need = byId.get(id);
    if (!need)
      throw new RangeError(`Joint proposal ${proposal.id}, field needIds: need ${id} is not among the needs`);
    return need;
  });
  const first = members[0] as Need;
  const ids = new Set(proposal.needIds);
  const neededBy = members.flatMap((n) => (n.neededBy ? [n.neededBy] : [])).sort()[0];
  const contract = renewedContract(proposal, members);
  const dependsOn = [...new Set(members.flatMap((n) => n.dependsOn))].filter((id) => !ids.has(id));
  const prefixed = say("jointNeed.title", { title: first.title });
  const record: RawRecord = {
    id: options.needId,
    title: Array.from(prefixed).length <= (options.titleLimit ?? 255) ? prefixed : first.title,
    description: say("jointNeed.description", { proposal: proposal.id, needs: proposal.needIds.join(", ") }),
    rationale: say("jointNeed.rationale", { reach: proposal.reach }),
    unit: options.unit,
    contact: options.contact,
    area: first.area,
    category: first.category,
    ...(first.subcategory !== undefined ? { subcategory: first.subcategory } : {}),
    insightSource: proposal.kind === "similar" ? "submission" : proposal.kind,
    deliveryTrack: members.every((n) => n.deliveryTrack === first.deliveryTrack)
      ? first.deliveryTrack
      : "basis",
    contractType: first.contractType,
    estimatedValue: members.reduce((sum, n) => sum + n.estimatedValue, 0),
    ...(neededBy !== undefined ? { neededBy } : {}),
    ...(contract !== undefined ? { existingContractId: contract } : {}),
    securityGraded: members.some((n) => n.securityGraded),
    fundingStatus: funding(members),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    jointNordic: members.some((n) => n.joint.nordic),
    jointArmedForces: members.some((n) => n.joint.armedForces),
    sharedWithUnits: proposal.units.filter((u) => u !== options.unit),
    complexity: COMPLEXITIES[Math.max(...members.map((n) => COMPLEXITIES.indexOf(n.complexity)))] as string,
    status: "submitted",
    ...maxScores(members),
  };
  const originals = members.map((n) => ({
    needId: n.id,
    status: "withdrawn" as const,
    feedback: say("jointNeed.feedback", {
      needId: options.needId,
      proposal: proposal.id,
      others: proposal.needIds.filter((id) => id !== n.id).join(", "),
    }),
  }));
  return { record, originals };
}

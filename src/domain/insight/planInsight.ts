/**
 * The insight of a plan run as one value (plan.json `insight`, docs/insight.md): contract expiry,
 * spend, joint procurement proposals, the annual wheel's status and the fast-track follow-up on one day.
 */
import type { WheelStatus } from "./annualWheel";
import type { FastTrackFollowUp } from "./fastTrack";
import type { ContractExpiryAnalysis } from "./contractExpiry";
import type { JointProposal } from "./jointProcurement";
import type { SpendAnalysis } from "./spendCube";
import type { IsoDate } from "../time/isoDate";

/** The insight of a plan run. */
export interface PlanInsight {
  readonly asOf: IsoDate;
  readonly expiry: ContractExpiryAnalysis;
  readonly spend: SpendAnalysis;
  readonly joint: readonly JointProposal[];
  readonly wheel: WheelStatus;
  readonly fastTrack: FastTrackFollowUp;
}

/**
 * The insight of a plan run as one value (plan.json `insight`, docs/insight.md): contract expiry,
 * spend, joint procurement proposals and the annual wheel's status on one day.
 */
import type { WheelStatus } from "./annualWheel";
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
}

/**
 * The task pane's port for plan data: the demo tenant computed in the page, or the SharePoint lists
 * synced through Microsoft Graph. The composition root (index.tsx) picks the implementation.
 */
import type { PlanResult } from "../planResult";
import type { SharePointConnection } from "../sharepoint/sharePointWorkspace";
import type { PlanInput } from "../../domain/model/planInput";

/** A loaded plan, where it came from, and what the user should know about how it was loaded. */
export interface LoadedPlan {
  readonly result: PlanResult;
  /** The planning input the result was computed from. */
  readonly input: PlanInput;
  /** The lists the plan is synced from (its decisions can be published there); absent for the demo. */
  readonly from?: SharePointConnection;
  /** E.g. why the demo tenant is shown instead of the saved SharePoint site. */
  readonly notice?: string;
}

/** Loads the plan result the task pane shows. */
export interface PlanSource {
  /** Runs or fetches the plan; rejects with an Error whose message can be shown to the user. */
  load(): Promise<LoadedPlan>;
}

/**
 * The task pane's port for plan data: the demo tenant in the browser today, SharePoint through
 * Microsoft Graph later. The composition root (index.tsx) picks the implementation.
 */
import type { PlanResult } from "../application/planResult";

/** Loads the plan result the task pane shows. */
export interface PlanSource {
  /** Runs or fetches the plan; rejects with an Error whose message can be shown to the user. */
  load(): Promise<PlanResult>;
}

/**
 * What every role view and section reads: the App's props (the composition root's ports and
 * actions), the plan shown with its input and origin, the plan as Project tasks, the remembered
 * preferences and the translate functions. One context, so sections load lazily without props.
 */
import { createContext, useContext } from "react";
import type { PlanInput } from "../../../domain/model/planInput";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import type { PanePreferences } from "../../../application/pane/panePreferences";
import type { SharePointConnection } from "../../../application/sharepoint/sharePointWorkspace";
import type { PlanResult } from "../../../application/planResult";
import type { PlanIntakeView } from "../../../application/planCompute";
import type { PlanPending } from "../../../application/provisionalPlan";
import { translate, type Locale } from "../../../i18n/locale";
import { roleMessages } from "../../../i18n/roleMessages";
import type { Translate } from "../../messages";
import type { AppProps } from "../App/App";

/** The pane as the views see it. */
export interface PaneContextValue {
  readonly app: AppProps;
  readonly locale: Locale;
  /** The task pane shell's catalogue (uiMessages). */
  readonly t: Translate;
  /** The role views' catalogue (roleMessages). */
  readonly r: Translate;
  readonly preferences: PanePreferences;
  /** The plan shown and its input (undefined while loading or when loading failed). */
  readonly plan: PlanResult | undefined;
  /** While the plan shown is provisional: what of it is still computed (its schedule, or frontier). */
  readonly pending?: PlanPending | undefined;
  /** The needs known so far: the plan's, or the intake's while the plan still computes. */
  readonly needs: PlanIntakeView | undefined;
  readonly input: PlanInput | undefined;
  /** The lists the plan shown was synced from (undefined: not from SharePoint). */
  readonly planFrom: SharePointConnection | undefined;
  /** The plan shown as Project tasks, when it has a schedule. */
  readonly projectPlan: ProjectPlan | undefined;
}

/** The pane's context; App provides it. */
export const PaneContext = createContext<PaneContextValue | undefined>(undefined);

/** The pane's context inside a role view; throws outside App (a wiring mistake). */
export function usePane(): PaneContextValue {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane is used outside the task pane's App.");
  return pane;
}

/** The role views' translate function for `locale`. */
export function roleMessagesFor(locale: Locale): Translate {
  return (key, params) => translate(roleMessages, locale, key, params);
}

/**
 * App's state hooks: loading the plan through the PlanSource into the one plan state, the plan
 * shown as Project tasks, and the role (remembered; until chosen, the host's default).
 */
import { useEffect, useMemo, useState } from "react";
import { CodedError } from "../../../application/codedError";
import type { PlanSource } from "../../../application/pane/planSource";
import {
  defaultRole,
  type PaneHost,
  type PanePreferences,
  type PaneRole,
} from "../../../application/pane/panePreferences";
import type { PlanResult } from "../../../application/planResult";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import type { PlanStore } from "../../planStore";
import { errorText } from "../../../i18n/errorMessages";
import type { Locale } from "../../../i18n/locale";

/** Loads the plan once per source into the store; a failure is stored with its reason. */
export function useLoadPlan(source: PlanSource, store: PlanStore, locale: Locale): void {
  useEffect(() => {
    let current = true;
    source.load().then(
      (loaded) => {
        if (current) store.dispatch({ type: "loaded", loaded });
      },
      (error: unknown) => {
        if (current) store.dispatch({ type: "failed", reason: errorText(error, locale) });
      },
    );
    return () => {
      current = false;
    };
  }, [source, store, locale]);
}

/** The plan could not be made into Project tasks (the builder's own text goes to support as the detail). */
export class ProjectPlanError extends CodedError {
  constructor(detail: string) {
    super("projectPlan.failed", { detail });
    this.name = "ProjectPlanError";
  }
}

/** The plan as Project tasks, or why it could not be built (in the user's language). */
export function useProjectPlan(
  plan: PlanResult | undefined,
  projectPlanOf: ((plan: PlanResult) => ProjectPlan | undefined) | undefined,
  locale: Locale,
): { readonly plan?: ProjectPlan; readonly error?: string } {
  return useMemo(() => {
    if (!plan || !projectPlanOf) return {};
    try {
      const built = projectPlanOf(plan);
      return built ? { plan: built } : {};
    } catch (error) {
      const coded = error instanceof CodedError ? error : new ProjectPlanError(String(error));
      return { error: errorText(coded, locale) };
    }
  }, [plan, projectPlanOf, locale]);
}

/**
 * The role shown and the roles opened so far (a view mounts when first shown and then stays
 * mounted, so a running sync survives a role switch); choosing a role remembers it.
 */
export function useRole(
  preferences: PanePreferences,
  host: PaneHost,
): {
  readonly role: PaneRole;
  readonly opened: ReadonlySet<PaneRole>;
  readonly choose: (role: PaneRole) => void;
} {
  const [role, setRole] = useState<PaneRole>(() => preferences.role() ?? defaultRole(host));
  const [opened, setOpened] = useState<ReadonlySet<PaneRole>>(() => new Set([role]));
  const choose = (next: PaneRole) => {
    setRole(next);
    setOpened((before) => (before.has(next) ? before : new Set([...before, next])));
    preferences.setRole(next);
  };
  return { role, opened, choose };
}

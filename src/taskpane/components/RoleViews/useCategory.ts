/**
 * The procurement lead's "my category": the categories of the plan shown, the one chosen
 * (remembered in the pane's preferences; `""` = all) and the plan narrowed to it.
 */
import { createContext, useContext, useMemo, useState } from "react";
import {
  categoryChoices,
  planForCategory,
  type CategoryChoice,
} from "../../../application/pane/categoryPlan";
import type { PlanResult } from "../../../application/planResult";
import { usePane } from "./paneContext";

/** The category state of the lead's sections. */
export interface CategoryState {
  readonly choices: readonly CategoryChoice[];
  /** The category id chosen (`""`: all categories). */
  readonly category: string;
  readonly choose: (categoryId: string) => void;
  /** The plan shown, narrowed to the category. */
  readonly plan: PlanResult | undefined;
}

/** The lead view's category state, shared by its sections; LeadView provides it. */
export const CategoryContext = createContext<CategoryState | undefined>(undefined);

/** The lead view's category state inside one of its sections; throws outside LeadView. */
export function useLeadCategory(): CategoryState {
  const state = useContext(CategoryContext);
  if (!state) throw new Error("useLeadCategory is used outside the procurement lead's view.");
  return state;
}

/** The lead's category, remembered across sessions (LeadView holds it). */
export function useCategory(): CategoryState {
  const { plan, input, preferences } = usePane();
  const [chosen, setChosen] = useState(() => preferences.category() ?? "");
  const choices = useMemo(
    () => (plan ? categoryChoices(plan, input?.config.mainCategories ?? []) : []),
    [plan, input],
  );
  // A remembered category the plan shown does not have falls back to all categories.
  const category = choices.some((c) => c.id === chosen) ? chosen : "";
  const narrowed = useMemo(() => (plan ? planForCategory(plan, category) : undefined), [plan, category]);
  const choose = (categoryId: string) => {
    setChosen(categoryId);
    preferences.setCategory(categoryId);
  };
  return { choices, category, choose, plan: narrowed };
}

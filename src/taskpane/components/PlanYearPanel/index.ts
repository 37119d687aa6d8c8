/** PlanYearPanel component. */
export { PlanYearPanel, type PlanYearPanelProps } from "./PlanYearPanel";

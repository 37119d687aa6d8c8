/** PlanProgress component. */
export { PlanProgress, type PlanProgressProps } from "./PlanProgress";

/** PlanHeader component. */
export { PlanHeader, type PlanHeaderProps } from "./PlanHeader";

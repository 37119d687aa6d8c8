/** PlanCounts component. */
export { PlanCounts, type PlanCountsProps } from "./PlanCounts";

/**
 * Named slots in the role views for work that lands from other branches: the charts (a lazily
 * loaded `PlanCharts`) each view asks for. Until the charts exist, the slot renders nothing.
 */

/** The charts the views ask for: lead → frontier, Kraljic; planner → capacity, timeline; coordinator → wheel. */
export type PaneChartKind = "frontier" | "kraljic" | "capacity" | "timeline" | "wheel";

/** Props of ChartSlot. */
export interface ChartSlotProps {
  readonly charts: readonly PaneChartKind[];
}

/**
 * CHART SLOT: where the view's charts go. Replace the body with the lazily loaded `PlanCharts`
 * (React.lazy + Suspense) drawing `charts` for `usePane().plan`.
 */
export function ChartSlot(_props: ChartSlotProps) {
  return null;
}

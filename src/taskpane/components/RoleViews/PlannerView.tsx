/**
 * The planner's view (planlegger): the schedule with capacity use, the late needs and why, and the
 * way to Project and back (the Project pane in MS Project, the workbook panel in Excel, the
 * downloads elsewhere). Sections load when first opened.
 */
import { lazy, useMemo } from "react";
import { usePane } from "./paneContext";
import { SectionTabs, type PaneSection, type RoleViewProps } from "./SectionTabs";

const ScheduleSection = lazy(() =>
  import("./sections/ScheduleSection").then((m) => ({ default: m.ScheduleSection })),
);
const LateNeedsSection = lazy(() =>
  import("./sections/LateNeedsSection").then((m) => ({ default: m.LateNeedsSection })),
);
const HandoffSection = lazy(() =>
  import("./sections/HandoffSection").then((m) => ({ default: m.HandoffSection })),
);

/** The planner's view. */
export function PlannerView({ active }: RoleViewProps) {
  const { app, r } = usePane();
  const sections = useMemo((): PaneSection[] => {
    const handoff = { id: "handoff", label: r("section.handoff"), Component: HandoffSection, keep: true };
    const rest = [
      { id: "schedule", label: r("section.schedule"), Component: ScheduleSection },
      { id: "late", label: r("section.late"), Component: LateNeedsSection },
    ];
    // In MS Project the Project pane comes first: it is what the planner opened the pane for there.
    return app.host === "project" ? [handoff, ...rest] : [...rest, handoff];
  }, [app.host, r]);
  return <SectionTabs label={r("view.planner")} sections={sections} active={active} />;
}

// The pane's edits ("Vekter og valg").
export { PlanEditsPanel, type PlanEditsPanelProps } from "./PlanEditsPanel";

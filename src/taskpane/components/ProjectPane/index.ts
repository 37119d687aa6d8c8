/**
 * The Project pane: component, props and state hook.
 */
export { ProjectPane } from "./ProjectPane";
export type { ProjectPaneProps, ReplanOutcome } from "./ProjectPane.types";
export { useProjectTasks, type ProjectRun, type ProjectTasksState } from "./useProjectTasks";

/** SharePointPanel component. */
export { SharePointPanel, type SharePointPanelProps } from "./SharePointPanel";

/** ExcelWorkspace component. */
export { ExcelWorkspace, type ExcelWorkspaceProps } from "./ExcelWorkspace";

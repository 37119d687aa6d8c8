/** ExcelWorkspace component. */
export {
  ExcelWorkspace,
  type ExcelWorkspaceProps,
  type WorkspaceRefreshResult,
  type WorkspaceWriteResult,
} from "./ExcelWorkspace";

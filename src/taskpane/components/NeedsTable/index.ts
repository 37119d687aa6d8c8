/** NeedsTable component. */
export { NeedsTable, type NeedsTableProps } from "./NeedsTable";

/** NeedsToolbar component. */
export { NeedsToolbar, type NeedsToolbarProps } from "./NeedsToolbar";

/** SaveToSharePoint component. */
export { SaveToSharePoint, type SaveToSharePointProps } from "./SaveToSharePoint";

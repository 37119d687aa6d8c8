/**
 * The intake's side of the one text rule (src/domain/text/xmlSafeText.ts): text values lose the
 * characters XML 1.0 cannot hold, and the intake reports each change as a warning on the need,
 * naming the field and how many characters were removed (code `text-sanitised`).
 */
import { countXmlUnsafe, xmlSafeText } from "../text/xmlSafeText";

/** Code of the warning "characters removed from this field". */
export const SANITISED = "text-sanitised" as const;

/** A text value made safe, and how many characters were removed. */
export interface SanitisedText {
  readonly text: string;
  readonly removed: number;
}

/** `text` without the characters XML 1.0 cannot hold, trimmed again when something was removed. */
export function sanitiseText(text: string): SanitisedText {
  const removed = countXmlUnsafe(text);
  return removed === 0 ? { text, removed } : { text: xmlSafeText(text).trim(), removed };
}

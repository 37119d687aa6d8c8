/**
 * The one text rule for every output: only characters of the XML 1.0 `Char` production
 * (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]) survive. Everything else —
 * C0 control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF and lone
 * surrogates — is removed. The intake applies it (and reports what it removed); every writer
 * (xlsx, Project XML, SharePoint) applies it again at the point where text enters it.
 */

/** Characters outside XML 1.0 `Char`, lone surrogates included (the `u` flag matches them singly). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The same class without the global flag: a quick yes/no before any copying (the common case is "no"). */
const HAS_NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** `text` with every character that XML 1.0 cannot hold removed. */
export function xmlSafeText(text: string): string {
  return HAS_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, "") : text;
}

/** How many characters xmlSafeText would remove from `text` (0 when it is already safe). */
export function countXmlUnsafe(text: string): number {
  return HAS_NOT_XML_CHAR.test(text) ? (text.match(NOT_XML_CHAR)?.length ?? 0) : 0;
}

/** Characters shown as `\uXXXX` by escapeControlCharacters (line breaks and tabs decided per call). */
const CONTROL_FOR_DISPLAY = /[^\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A printable form of `text` for messages: every C0 control character, DEL, the C1 controls
 * (U+007F–U+009F), U+FFFE, U+FFFF and lone surrogates are shown as `\uXXXX`, so no message carries a
 * raw control character (a terminal escape sequence shows as text, e.g. `\u001b[2J`). With
 * `keepLineBreaks`, line feeds and tabs stay as they are (multi-line messages keep their shape).
 */
export function escapeControlCharacters(
  text: string,
  options: { readonly keepLineBreaks?: boolean } = {},
): string {
  return text.replace(CONTROL_FOR_DISPLAY, (c) =>
    options.keepLineBreaks === true && (c === "\n" || c === "\t")
      ? c
      : `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

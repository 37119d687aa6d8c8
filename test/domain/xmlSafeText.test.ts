// The one text rule of every output: only XML 1.0 Char survives; the count matches what is removed;
// safe text is returned as it is; messages show control characters as \uXXXX.
import fc from "fast-check";
import { countXmlUnsafe, escapeControlCharacters, xmlSafeText } from "../../src/domain/text/xmlSafeText";

/** XML 1.0 `Char`, code point by code point (written independently of the module's regex). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Code points of `text`, lone surrogates as themselves. */
function codePoints(text: string): number[] {
  return [...text].map((c) => c.codePointAt(0) as number);
}

const anyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n)),
      fc.constantFrom("\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0085"),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("xmlSafeText", () => {
  it("keeps exactly the XML 1.0 characters, in order, and counts what it removes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const safe = xmlSafeText(text);
        const kept = codePoints(text).filter(isXmlChar);
        expect(codePoints(safe)).toEqual(kept);
        expect(countXmlUnsafe(text)).toBe(codePoints(text).length - kept.length);
      }),
      { numRuns: 500 },
    );
  });

  it("returns safe text unchanged", () => {
    const text = "Kjøp av «biler» & <båter>\tlinje\r\n😀 \u0085";
    expect(xmlSafeText(text)).toBe(text);
    expect(countXmlUnsafe(text)).toBe(0);
  });

  it("shows control characters as \\uXXXX in messages, line breaks kept only when asked", () => {
    expect(escapeControlCharacters("a\u001b[2J\u0007\r\nb\u009b\uFFFF")).toBe(
      "a\\u001b[2J\\u0007\\u000d\\u000ab\\u009b\\uffff",
    );
    expect(escapeControlCharacters("a\nb\tc\rd", { keepLineBreaks: true })).toBe("a\nb\tc\\u000dd");
  });
});

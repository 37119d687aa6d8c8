/**
 * Canonical JSON and SHA-256: key order and whitespace never change the hash, any value change
 * does, the hash equals Node's own SHA-256 of the canonical text, and the text is well-formed JSON
 * for any Unicode.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, contentHashOf, sha256Hex } from "../../../src/domain/planYear/contentHash";

/** The same object with its keys in reverse order at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== "object") return value;
  // Null prototype: a "__proto__" key (fast-check makes them) stays an own member.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).reverse())
    out[key] = reversedKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe("canonical JSON and its SHA-256", () => {
  it("matches the SHA-256 test vector and Node's crypto", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
      }),
    );
  });

  it("sorts keys at every level and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":2,"y":1}]},"b":1}',
    );
  });

  it("round-trips any JSON value and ignores key order", () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(value);
        expect(contentHashOf(reversedKeys(value))).toBe(contentHashOf(value));
      }),
    );
  });

  it("is well-formed for any Unicode, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (key, value) => {
        const text = canonicalJson({ [key]: value });
        expect(LONE_SURROGATE.test(text)).toBe(false);
        expect(JSON.parse(text)).toEqual({ [key]: value });
      }),
    );
  });

  it("changes with any changed value", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer(), { minKeys: 1 }), fc.integer(), (dict, delta) => {
        fc.pre(delta !== 0);
        const key = Object.keys(dict)[0] as string;
        const changed = { ...dict, [key]: (dict[key] as number) + delta };
        expect(contentHashOf(changed)).not.toBe(contentHashOf(dict));
      }),
    );
  });

  it("refuses values JSON cannot hold, naming the path", () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow("$.a[1]: NaN is not a JSON number");
    expect(() => canonicalJson({ f: () => 1 })).toThrow("$.f: a function is not a JSON value");
  });
});

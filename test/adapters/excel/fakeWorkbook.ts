// A stateful fake of the Excel object model with Office.js batch semantics, for tests that need a
// workbook that lives across writes, reads and pane instances (reopen, failure half way):
// - every call and property write is queued in order and applied at `context.sync()`; objects
//   from `getItem` are resolved when their place in the queue executes, as in Office.js;
// - a failure injected at an operation applies everything before it in that batch and nothing
//   after (as a failing request does), and rejects the sync;
// - loaded properties throw until a sync has loaded them;
// - `Range.values` follows the documented rule: text starting with `=`, `+` or `-` becomes a
//   formula, a leading apostrophe marks text and is not part of the value, numeric text becomes
//   a number unless the cell's format is Text (`@`); `valuesAsJson` String values stay text.
// The parts the writer only formats (fonts, fills, conditional formats, charts, print setup) are
// recorded as calls on permissive stand-ins.
import { parseRangeRef, rangeRef } from "../../../src/domain/workbook/a1";

/** A cell as the fake stores it. */
export interface FakeCell {
  readonly type: "String" | "Double" | "Empty";
  readonly value: string | number;
  readonly formula?: string;
  readonly format: string;
}

interface FakeSheet {
  readonly id: string;
  name: string;
  readonly cells: Map<string, FakeCell>;
}

interface FakeTable {
  name: string;
  readonly sheetId: string;
  readonly ref: string;
}

/** The workbook's content: what survives a "reopen" (a new context over the same state). */
export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  parts: { id: string; xml: string }[];
  settings: Map<string, unknown>;
  nextId: number;
}

/** A context over a state, with the calls seen and a failure to inject. */
export interface FakeWorkbook {
  readonly context: Excel.RequestContext;
  readonly state: FakeWorkbookState;
  readonly calls: { sync: number; what: string; args: unknown[] }[];
  syncs(): number;
  /** Makes the first operation whose description matches fail (e.g. `/^range\.values:Plan/`). */
  failAt(pattern: RegExp | undefined): void;
}

const key = (row: number, col: number) => `${row},${col}`;
const EMPTY: FakeCell = { type: "Empty", value: "", format: "General" };

/** An empty workbook with one user sheet, as Excel starts. */
export function emptyWorkbook(): FakeWorkbookState {
  return {
    sheets: [{ id: "{S1}", name: "Ark1", cells: new Map() }],
    tables: [],
    parts: [],
    settings: new Map(),
    nextId: 2,
  };
}

/** The cell at (row, col) of a sheet. */
export function cellAt(state: FakeWorkbookState, sheet: string, row: number, col: number): FakeCell {
  const s = state.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`fake: no sheet ${sheet}`);
  return s.cells.get(key(row, col)) ?? EMPTY;
}

/** A cell after `Range.values` (or a person typing) put `raw` into a cell with `format`. */
function fromValue(raw: unknown, format: string): FakeCell {
  if (typeof raw === "number") return { type: "Double", value: raw, format };
  const text = String(raw ?? "");
  if (text === "") return { type: "Empty", value: "", format };
  if (text.startsWith("'")) return { type: "String", value: text.slice(1), format };
  if (/^[=+-]/.test(text))
    return { type: "Double", value: 0, formula: text.startsWith("=") ? text : `=${text}`, format };
  if (format !== "@" && /^-?\d+(\.\d+)?$/.test(text)) return { type: "Double", value: Number(text), format };
  return { type: "String", value: text, format };
}

/** Types a value into a cell as a person would (numbers as numbers, text as text). */
export function typeInto(
  state: FakeWorkbookState,
  sheet: string,
  row: number,
  col: number,
  value: string | number,
): void {
  const s = state.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`fake: no sheet ${sheet}`);
  const old = s.cells.get(key(row, col)) ?? EMPTY;
  s.cells.set(key(row, col), fromValue(value, old.format));
}

/** A fake over `state` (a new pane instance on the same document = a new fake over the same state). */
export function fakeWorkbook(state: FakeWorkbookState = emptyWorkbook()): FakeWorkbook {
  const calls: { sync: number; what: string; args: unknown[] }[] = [];
  let queue: { what: string; apply: () => void }[] = [];
  let loaders: (() => void)[] = [];
  let syncs = 0;
  let fail: RegExp | undefined;
  const op = (what: string, apply: () => void = () => undefined, args: unknown[] = []) => {
    calls.push({ sync: syncs, what, args });
    queue.push({ what, apply });
  };
  const sheetById = (id: string) => {
    const s = state.sheets.find((x) => x.id === id);
    if (!s) throw new Error("ItemNotFound: the sheet was deleted");
    return s;
  };
  const sheetByName = (name: string) => state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());

  /** A lazily bound handle: resolved when its queue position executes. */
  class Binding<T> {
    value: T | undefined;
    get(): T {
      if (this.value === undefined) throw new Error("fake: used before its batch ran");
      return this.value;
    }
  }

  /** Adds loadable (and optionally writable) properties to an object. */
  const loadable = (
    target: object,
    props: Record<string, () => unknown>,
    writable: Record<string, (v: unknown) => void> = {},
  ) => {
    const loaded = new Map<string, unknown>();
    for (const name of new Set([...Object.keys(props), ...Object.keys(writable)])) {
      Object.defineProperty(target, name, {
        configurable: true,
        get: () => {
          if (!loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
          return loaded.get(name);
        },
        set: (v: unknown) => {
          const write = writable[name];
          if (!write) throw new Error(`fake: ${name} is read-only`);
          write(v);
        },
      });
    }
    Object.assign(target, {
      load(spec?: string) {
        // isNullObject is known after every sync, as in Office.js.
        const names = [
          ...(spec ?? Object.keys(props).join(",")).split(",").map((s) => s.trim()),
          "isNullObject",
        ];
        loaders.push(() => {
          for (const n of names) {
            const get = props[n.split("/")[0] ?? n];
            if (get) loaded.set(n.split("/")[0] ?? n, get());
          }
        });
        return target;
      },
    });
    return target;
  };

  /** A permissive stand-in: any property, any call; calls are recorded and queued. */
  const sink = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, p) => (p === "then" ? undefined : sink(`${path}.${String(p)}`)),
      set: (_t, p, v) => {
        op(`${path}.${String(p)}`, () => undefined, [v]);
        return true;
      },
      apply: (_t, _this, args) => {
        op(path, () => undefined, args);
        return sink(`${path}()`);
      },
    });

  const range = (sheet: Binding<string>, address: () => string, label: string) => {
    const cellsOf = () => {
      const s = sheetById(sheet.get());
      const { row1, col1, row2, col2 } = parseRangeRef(address());
      const rows = Array.from({ length: row2 - row1 + 1 }, (_, r) =>
        Array.from({ length: col2 - col1 + 1 }, (_, c) => s.cells.get(key(row1 + r, col1 + c)) ?? EMPTY),
      );
      return { s, row1, col1, rows };
    };
    const writeAll = (what: string, data: unknown, make: (v: unknown, old: FakeCell) => FakeCell) =>
      op(
        `range.${what}:${label}`,
        () => {
          const { s, row1, col1, rows } = cellsOf();
          rows.forEach((line, r) =>
            line.forEach((old, c) => {
              const v = Array.isArray(data) ? (data[r] as unknown[])[c] : data;
              s.cells.set(key(row1 + r, col1 + c), make(v, old));
            }),
          );
        },
        [data],
      );
    const target = {
      format: sink(`format:${label}`),
      conditionalFormats: sink(`conditionalFormats:${label}`),
      dataValidation: sink(`dataValidation:${label}`),
    };
    return loadable(
      target,
      {
        values: () => cellsOf().rows.map((l) => l.map((c) => c.value)),
        formulas: () => cellsOf().rows.map((l) => l.map((c) => c.formula ?? c.value)),
        valueTypes: () => cellsOf().rows.map((l) => l.map((c) => c.type)),
        numberFormat: () => cellsOf().rows.map((l) => l.map((c) => c.format)),
        rowIndex: () => cellsOf().row1 - 1,
        columnIndex: () => cellsOf().col1 - 1,
      },
      {
        values: (d) => writeAll("values", d, (v, old) => fromValue(v, old.format)),
        formulas: (d) => writeAll("formulas", d, (v, old) => fromValue(v, old.format)),
        numberFormat: (d) => writeAll("numberFormat", d, (v, old) => ({ ...old, format: String(v) })),
        valuesAsJson: (d) =>
          writeAll("valuesAsJson", d, (v, old) => {
            const j = v as { type: string; basicValue: string | number };
            if (j.type === "String")
              return { type: "String", value: String(j.basicValue), format: old.format };
            if (j.type === "Empty") return { type: "Empty", value: "", format: old.format };
            return { type: "Double", value: Number(j.basicValue), format: old.format };
          }),
      },
    );
  };

  const table = (bound: Binding<FakeTable>, label: string) => {
    const t = {
      getDataBodyRange: () => {
        const sheet = new Binding<string>();
        let body = "";
        op(`table.body:${label}`, () => {
          const tb = bound.get();
          const { row1, col1, row2, col2 } = parseRangeRef(tb.ref);
          sheet.value = tb.sheetId;
          body = rangeRef(row1 + 1, col1, Math.max(row1 + 1, row2), col2);
        });
        return range(sheet, () => body, `${label}#body`);
      },
      style: "",
    };
    return loadable(
      t,
      { name: () => bound.get().name },
      {
        name: (v) =>
          op(`table.name:${label}=${String(v)}`, () => {
            if (
              state.tables.some((x) => x.name.toLowerCase() === String(v).toLowerCase() && x !== bound.get())
            )
              throw new Error(`InvalidArgument: a table named ${String(v)} exists`);
            bound.get().name = String(v);
          }),
      },
    );
  };

  const worksheet = (bound: Binding<string>, label: string, nullable: boolean) => {
    const w = {
      getRange: (address: string) => range(bound, () => address, `${label}!${address}`),
      delete: () =>
        op(`sheet.delete:${label}`, () => {
          if (bound.value === undefined) return;
          const s = sheetById(bound.get());
          if (state.sheets.length === 1) throw new Error("InvalidOperation: the last sheet");
          state.sheets = state.sheets.filter((x) => x !== s);
          state.tables = state.tables.filter((t) => t.sheetId !== s.id);
        }),
      freezePanes: sink(`freezePanes:${label}`),
      pageLayout: sink(`pageLayout:${label}`),
      charts: sink(`charts:${label}`),
      tables: {
        getItem: (name: string) => tableByName(name),
      },
    };
    return loadable(
      w,
      { isNullObject: () => nullable && bound.value === undefined, name: () => sheetById(bound.get()).name },
      {
        name: (v) =>
          op(`sheet.rename:${label}=${String(v)}`, () => {
            const existing = sheetByName(String(v));
            if (existing && existing.id !== bound.get()) throw new Error(`ItemAlreadyExists: ${String(v)}`);
            sheetById(bound.get()).name = String(v);
          }),
      },
    );
  };

  const sheetHandle = (name: string, nullable: boolean) => {
    const bound = new Binding<string>();
    op(`sheet.get:${name}`, () => {
      const s = sheetByName(name);
      if (!s && !nullable) throw new Error(`ItemNotFound: ${name}`);
      bound.value = s?.id;
    });
    return worksheet(bound, name, nullable);
  };

  const tableByName = (name: string) => {
    const bound = new Binding<FakeTable>();
    op(`table.get:${name}`, () => {
      const t = state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new Error(`ItemNotFound: table ${name}`);
      bound.value = t;
    });
    return table(bound, name);
  };

  const tablesCollection = loadable(
    {
      add: (qualified: string, _headers: boolean) => {
        const bound = new Binding<FakeTable>();
        op(
          `tables.add:${qualified}`,
          () => {
            const m = /^'((?:[^']|'')+)'!(.+)$/.exec(qualified);
            if (!m) throw new Error(`InvalidArgument: ${qualified} is not sheet-qualified`);
            const s = sheetByName((m[1] ?? "").replace(/''/g, "'"));
            if (!s) throw new Error(`ItemNotFound: sheet of ${qualified}`);
            const t = { name: `Table${state.nextId++}`, sheetId: s.id, ref: m[2] ?? "" };
            state.tables.push(t);
            bound.value = t;
          },
          [qualified],
        );
        return table(bound, qualified);
      },
      getItem: (name: string) => tableByName(name),
    },
    {
      items: () =>
        state.tables.map((t) => ({ name: t.name, worksheet: { name: sheetById(t.sheetId).name } })),
    },
  );

  const partsCollection = {
    getByNamespace: (ns: string) =>
      loadable(
        {},
        {
          items: () =>
            state.parts
              .filter((p) => p.xml.includes(`xmlns="${ns}"`))
              .map((p) => ({
                id: p.id,
                getXml: () => {
                  const result = { value: undefined as string | undefined };
                  loaders.push(() => {
                    result.value = state.parts.find((x) => x.id === p.id)?.xml;
                  });
                  return result;
                },
              })),
        },
      ),
    getItem: (id: string) => ({
      delete: () =>
        op(`customXmlParts.delete:${id}`, () => (state.parts = state.parts.filter((p) => p.id !== id))),
    }),
    add: (xml: string) =>
      op("customXmlParts.add", () => state.parts.push({ id: `{P${state.nextId++}}`, xml }), [xml]),
  };

  const settingsCollection = {
    getItemOrNullObject: (name: string) =>
      loadable({}, { isNullObject: () => !state.settings.has(name), value: () => state.settings.get(name) }),
    getItem: (name: string) => ({
      delete: () => op(`settings.delete:${name}`, () => state.settings.delete(name)),
    }),
    add: (name: string, value: unknown) =>
      op(`settings.add:${name}`, () => state.settings.set(name, value), [value]),
  };

  const record =
    (what: string) =>
    (...args: unknown[]) =>
      op(what, () => undefined, args);
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => sheetHandle(name, false),
        getItemOrNullObject: (name: string) => sheetHandle(name, true),
        add: (name: string) =>
          op(
            `worksheets.add:${name}`,
            () => {
              if (sheetByName(name)) throw new Error(`ItemAlreadyExists: ${name}`);
              state.sheets.push({ id: `{S${state.nextId++}}`, name, cells: new Map() });
            },
            [name],
          ),
      },
      tables: tablesCollection,
      customXmlParts: partsCollection,
      settings: settingsCollection,
      application: {
        suspendApiCalculationUntilNextSync: record("suspendApiCalculationUntilNextSync"),
        suspendScreenUpdatingUntilNextSync: record("suspendScreenUpdatingUntilNextSync"),
        calculate: record("calculate"),
      },
    },
    sync: async () => {
      syncs += 1;
      const batch = queue;
      const load = loaders;
      queue = [];
      loaders = [];
      await new Promise((resolve) => setImmediate(resolve));
      for (const item of batch) {
        if (fail?.test(item.what)) {
          fail = undefined;
          throw new Error(`InvalidArgument (injected) at ${item.what}`);
        }
        item.apply();
      }
      for (const l of load) l();
    },
  };
  return {
    context: context as unknown as Excel.RequestContext,
    state,
    calls,
    syncs: () => syncs,
    failAt: (pattern) => {
      fail = pattern;
    },
  };
}

// A fake Excel object model on office-addin-mock: the request context is an OfficeMockObject whose
// sync is counted; ranges record every values/formulas/numberFormat write with the sync it went in.
import { OfficeMockObject } from "office-addin-mock";

/** One recorded write to a range property. */
export interface RecordedWrite {
  readonly sync: number;
  readonly sheet: string;
  readonly address: string;
  readonly property: "values" | "formulas" | "numberFormat";
  readonly data: unknown[][];
}

/** Everything the fake saw. */
export interface FakeExcel {
  readonly context: Excel.RequestContext;
  readonly writes: RecordedWrite[];
  readonly calls: { sync: number; what: string; args: unknown[] }[];
  readonly syncs: () => number;
}

/** A fake with the given sheets already present; `bodies` are table data bodies for read-back. */
export function fakeExcel(
  existingSheets: readonly string[] = [],
  bodies: Readonly<
    Record<string, { values: unknown[][]; formulas?: unknown[][]; rowIndex: number; columnIndex: number }>
  > = {},
  ranges: Readonly<Record<string, { values: unknown[][] }>> = {},
): FakeExcel {
  const writes: RecordedWrite[] = [];
  const calls: { sync: number; what: string; args: unknown[] }[] = [];
  let syncs = 0;
  const created: OfficeMockObject[] = [];
  const mock = (data: Record<string, unknown>) => {
    const m = new OfficeMockObject(data as never);
    created.push(m);
    return m;
  };
  const call =
    (what: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push({ sync: syncs, what, args });
      return result;
    };
  const recorded = (sheet: string, address: string, target: OfficeMockObject) => {
    for (const property of ["values", "formulas", "numberFormat"] as const) {
      Object.defineProperty(target, property, {
        configurable: true,
        set: (data: unknown[][]) => writes.push({ sync: syncs, sheet, address, property, data }),
        get: () => undefined,
      });
    }
    return target;
  };
  const conditionalFormat = () =>
    mock({
      colorScale: {},
      cellValue: { format: { fill: {}, font: {} } },
      custom: { rule: {}, format: { fill: {} } },
    });
  const range = (sheet: string, address: string) => {
    const key = `${sheet}!${address}`;
    if (ranges[key]) return mock({ ...ranges[key] });
    return recorded(
      sheet,
      address,
      mock({
        format: { font: {}, fill: {} },
        dataValidation: {},
        conditionalFormats: {
          add: (type: string) => {
            calls.push({ sync: syncs, what: `conditionalFormats.add:${sheet}!${address}`, args: [type] });
            return conditionalFormat();
          },
        },
      }),
    );
  };
  const series = (name: string) =>
    mock({
      name,
      format: { fill: { setSolidColor: call(`series.setSolidColor:${name}`) } },
      setXAxisValues: call(`series.setXAxisValues:${name}`),
      setValues: call(`series.setValues:${name}`),
      setBubbleSizes: call(`series.setBubbleSizes:${name}`),
    });
  const axis = (which: string) => ({ title: {}, setPositionAt: call(`axis.setPositionAt:${which}`) });
  const sheet = (name: string, isNullObject = false): OfficeMockObject =>
    mock({
      name,
      isNullObject,
      getRange: (address: string) => range(name, address),
      delete: call(`sheet.delete:${name}`),
      freezePanes: { freezeAt: call(`freezeAt:${name}`), freezeRows: call(`freezeRows:${name}`) },
      tables: {
        add: (ref: string, headers: boolean) => {
          calls.push({ sync: syncs, what: `tables.add:${name}`, args: [ref, headers] });
          return mock({ name: "" });
        },
        getItem: (table: string) =>
          mock({
            getDataBodyRange: () => {
              const body = bodies[table];
              if (!body) throw new Error(`fake: no body for table ${table}`);
              return mock({ ...body, formulas: body.formulas ?? body.values });
            },
          }),
      },
      charts: {
        add: (type: string, source: unknown, by: string) => {
          calls.push({ sync: syncs, what: `charts.add:${name}`, args: [type, by] });
          return mock({
            name: "",
            title: {},
            setPosition: call("chart.setPosition"),
            series: { getItemAt: () => series("first"), add: (n: string) => series(n) },
            axes: { categoryAxis: axis("x"), valueAxis: axis("y") },
          });
        },
      },
    });
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => sheet(name, !existingSheets.includes(name)),
        getItem: (name: string) => sheet(name),
        add: call("worksheets.add"),
      },
      application: {
        suspendApiCalculationUntilNextSync: call("suspendApiCalculationUntilNextSync"),
        suspendScreenUpdatingUntilNextSync: call("suspendScreenUpdatingUntilNextSync"),
        calculate: call("calculate"),
      },
    },
    sync: async () => {
      syncs += 1;
      await Promise.all(created.map((m) => m.sync()));
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  return { context: context as unknown as Excel.RequestContext, writes, calls, syncs: () => syncs };
}

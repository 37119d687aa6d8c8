/**
 * The frame every chart sits in: a titled section (its accessible name), a short text summary
 * that says what the picture shows, the chart (the library's own English screen-reader labels
 * renamed in the user's language, chartAria), and a toggle that shows the same data as a table
 * for screen readers and for those who would rather read.
 */
import { Button } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import type { Locale } from "../../../i18n/locale";
import { chartSay } from "../../../i18n/chartMessages";
import { localiseChartLabels } from "./chartAria";
import { useChartStyles } from "./useChartStyles.styles";

/** A data table: headers and rows of formatted cells; `numeric` columns align right. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly numeric?: readonly number[];
  readonly rows: readonly (readonly string[])[];
}

/** Props of ChartFrame. */
export interface ChartFrameProps {
  readonly title: string;
  readonly summary: readonly string[];
  readonly table: ChartTable;
  readonly locale: Locale;
  /** Spans both columns on a wide pane. */
  readonly wide?: boolean;
  /** data-chart attribute (tests and styles find a chart by it). */
  readonly chartId: string;
  /** Height of the chart's box in pixels (the chart and its legend fill it), or a function of its width. */
  readonly height: number | ((width: number) => number);
  /** Draws the chart for the box's current width (the chart library fits the box when its size props change). */
  readonly render: (size: ChartSize) => ReactNode;
}

/** The size of a chart's box. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The width of an element, followed as it changes (pane resized, section shown); 0 until first laid out. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    // A hidden section measures 0: the chart keeps its last width (and its drawing) until shown again.
    const follow = (box: number | undefined) => {
      if (box !== undefined && box > 0) setWidth(Math.floor(box));
    };
    follow(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => follow(entries[0]?.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function DataTable({
  table,
  title,
  id,
  label,
}: {
  table: ChartTable;
  title: string;
  id: string;
  label: string;
}) {
  const styles = useChartStyles();
  const cls = (i: number) => (table.numeric?.includes(i) ? "num" : undefined);
  return (
    <div id={id} className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={cls(i)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={cls(i)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart with its title, summary and data-table toggle. */
export function ChartFrame({
  title,
  summary,
  table,
  locale,
  wide,
  chartId,
  height,
  render,
}: ChartFrameProps) {
  const styles = useChartStyles();
  const [box, width] = useWidth();
  const boxHeight = typeof height === "number" ? height : height(width);
  const [showTable, setShowTable] = useState(false);
  useEffect(() => (box.current ? localiseChartLabels(box.current, locale) : undefined), [box, locale]);
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  return (
    <section
      className={wide ? `${styles.frame} ${styles.wide}` : styles.frame}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-chart={chartId}
    >
      <h3 id={titleId} className={styles.heading}>
        {title}
      </h3>
      <div id={summaryId}>
        {summary.map((line) => (
          <p key={line} className={styles.summary}>
            {line}
          </p>
        ))}
      </div>
      <div ref={box} className={styles.chart} style={{ height: boxHeight }}>
        {width > 0 && render({ width, height: boxHeight })}
      </div>
      <Button
        className={styles.toggle}
        size="small"
        appearance="subtle"
        aria-expanded={showTable}
        aria-controls={showTable ? tableId : undefined}
        onClick={() => setShowTable((s) => !s)}
      >
        {chartSay(locale, showTable ? "hideTable" : "showTable")}
      </Button>
      {showTable && (
        <DataTable
          table={table}
          title={title}
          id={tableId}
          label={chartSay(locale, "tableLabel", { title })}
        />
      )}
    </section>
  );
}

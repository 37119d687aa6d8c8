// @fluentui/react-charts pulls ESM-only d3 modules that Jest cannot load. The jsdom tests draw no
// chart (the charts are tested in Chromium: test/ui/charts.browser.test.ts), so here the chart
// components render nothing and the palette's tokens stand for themselves.
"use strict";
const none = () => null;
module.exports = {
  LineChart: none,
  ScatterChart: none,
  DonutChart: none,
  GanttChart: none,
  DataVizPalette: new Proxy({}, { get: (_, key) => String(key) }),
  getColorFromToken: (token) => token,
};

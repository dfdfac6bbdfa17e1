// The Navigator chart's options as the add-on sets them (src/server/navigator-tab.ts), for the live check to draw alike.
// tests/live-check/live-check.test.ts fails when the two drift apart.
export const NAVIGATOR_CHART_OPTIONS: Readonly<Record<string, unknown>> = {
  legend: { position: 'bottom' },
  vAxis: { viewWindow: { min: 0, max: 4 } },
};

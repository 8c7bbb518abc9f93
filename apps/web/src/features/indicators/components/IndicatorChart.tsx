import { BarChart, LineChart } from "@mantine/charts";
import { cellAt, type IndicatorResult, keysOf, periodDisaggregations } from "../api/indicators";
import { formatValue } from "../hooks/formatValue";
import { keyLabel } from "../hooks/keyLabel";
import { useIndicatorWords } from "../hooks/useIndicatorWords";

const palette = [
  "teal.7",
  "blue.7",
  "grape.7",
  "orange.7",
  "cyan.7",
  "pink.7",
  "lime.8",
  "indigo.7",
  "red.7",
  "gray.7",
];

/**
 * The chart of an indicator split once or twice: lines over time when the first split is a period, bars
 * otherwise; a second split gives one line or bar per key. Hidden values leave a gap. The table beside it is
 * its text alternative, and the wrapper names what it shows.
 */
export function IndicatorChart({
  result,
  name,
  keep = () => true,
}: {
  result: IndicatorResult;
  name: string;
  keep?: (key: string) => boolean;
}) {
  const { t, language } = useIndicatorWords();
  const [first, second] = result.by;
  if (!first) return null;
  const rows = keysOf(result, 0).filter(keep);
  const series = second ? keysOf(result, 1) : ["value"];
  const seriesName = (s: string) => (second ? keyLabel(t, second, s, result.labels, language) : name);
  const data = (
    first && (periodDisaggregations as readonly string[]).includes(first) ? [...rows].sort() : rows
  ).map((r) => ({
    key: keyLabel(t, first, r, result.labels, language),
    ...Object.fromEntries(
      series.map((s, i) => [`s${i}`, cellAt(result, second ? [r, s] : [r])?.value ?? null]),
    ),
  }));
  const props = {
    h: 280,
    data,
    dataKey: "key",
    series: series.slice(0, palette.length).map((s, i) => ({
      name: `s${i}`,
      label: seriesName(s),
      color: palette[i]!,
    })),
    valueFormatter: (v: number) =>
      formatValue(
        result.unit,
        { keys: [], value: v, numerator: null, denominator: null, suppressed: null },
        language,
      ) ?? "",
    withLegend: Boolean(second),
  };
  const over = (periodDisaggregations as readonly string[]).includes(first);
  const alt = t(over ? "indicators.chartAltLine" : "indicators.chartAltBar", {
    name,
    split: t(`indicators.splits.${first}`),
  });
  return (
    <div role="img" aria-label={alt}>
      {over ? <LineChart {...props} connectNulls={false} curveType="linear" /> : <BarChart {...props} />}
    </div>
  );
}

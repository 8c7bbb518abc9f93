import { LineChart } from "@mantine/charts";

/** The lines of the sustainability trend over the surveys (0 to 1), labelled by `at`. */
export function SustainabilityChart({
  data,
  series,
  format,
}: {
  data: Record<string, unknown>[];
  series: { name: string; label: string; color: string }[];
  format: (value: number) => string;
}) {
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="at"
      series={series}
      yAxisProps={{ domain: [0, 1] }}
      valueFormatter={format}
      withLegend
      connectNulls
      curveType="linear"
    />
  );
}

import { BarChart } from "@mantine/charts";

/** The bars of the referral funnel, one per step. */
export function FunnelChart({
  data,
  label,
}: {
  data: { step: string; value: number | null }[];
  label: string;
}) {
  return (
    <BarChart
      h={240}
      data={data}
      dataKey="step"
      series={[{ name: "value", label, color: "teal.7" }]}
      orientation="vertical"
      yAxisProps={{ width: 150 }}
    />
  );
}

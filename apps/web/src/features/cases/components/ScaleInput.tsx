import { Group, Radio } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A 0..max answer as labelled radio buttons (keyboard: arrow keys). */
export function ScaleInput({
  label,
  value,
  onChange,
  max,
  words,
  error,
}: {
  label: string;
  value: number | null;
  onChange: (v: number) => void;
  max: number;
  words: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      error={error}
    >
      <Group mt={4}>
        {Array.from({ length: max + 1 }, (_, i) => String(i)).map((v) => (
          <Radio key={v} value={v} label={t(`cases.scales.${words}.${v}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

import { Table, Text } from "@mantine/core";
import { cellAt, type IndicatorResult, keysOf } from "../api/indicators";
import { keyLabel } from "../hooks/keyLabel";
import { useIndicatorWords } from "../hooks/useIndicatorWords";
import { IndicatorValue } from "./IndicatorValue";

/**
 * The table behind every chart: one row per key of the first split with its total, or a row per key of the
 * first split and a column per key of the second, totals last; hidden values are dashes that say why.
 */
export function IndicatorTable({
  result,
  caption,
  keep,
  cellHref,
}: {
  result: IndicatorResult;
  caption: string;
  /** where each cell's cases are listed, when the reader may list them */
  cellHref?: ((keys: (string | null)[]) => string) | undefined;
  /** the keys of the first split to show (a dimension's service categories, say); the total, over every key, goes */
  keep?: (key: string) => boolean;
}) {
  const { t, language } = useIndicatorWords();
  const [first, second] = result.by;
  const rows: (string | null)[] = first
    ? [...keysOf(result, 0).filter(keep ?? (() => true)), ...(keep ? [] : [null])]
    : [null];
  const columns: (string | null)[] = second ? [...keysOf(result, 1), null] : [];
  const label = (split: typeof first, key: string | null) =>
    split ? keyLabel(t, split, key, result.labels, language) : t("indicators.all");
  const keys = (row: string | null, column?: string | null) =>
    [...(first ? [row] : []), ...(second ? [column ?? null] : [])] as (string | null)[];
  return (
    <>
      <Table.ScrollContainer minWidth={320}>
        <Table striped withTableBorder>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{first ? t(`indicators.splits.${first}`) : ""}</Table.Th>
              {second ? (
                columns.map((c) => <Table.Th key={c ?? "all"}>{label(second, c)}</Table.Th>)
              ) : (
                <Table.Th>{t(`indicators.units.${result.unit}`)}</Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r ?? "all"} fw={r === null ? 600 : undefined}>
                <Table.Th scope="row" fw={r === null ? 700 : 500}>
                  {label(first, r)}
                </Table.Th>
                {second ? (
                  columns.map((c) => (
                    <Table.Td key={c ?? "all"}>
                      <IndicatorValue
                        unit={result.unit}
                        cell={cellAt(result, keys(r, c))}
                        href={cellHref?.(keys(r, c))}
                      />
                    </Table.Td>
                  ))
                ) : (
                  <Table.Td>
                    <IndicatorValue
                      unit={result.unit}
                      cell={cellAt(result, keys(r))}
                      href={cellHref?.(keys(r))}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {result.cells.some((c) => c.suppressed) && (
        <Text size="sm" c="dimmed">
          {t("indicators.suppressedNote")}
        </Text>
      )}
    </>
  );
}

import { Table, UnstyledButton } from "@mantine/core";

/**
 * A column header that sorts the list by its field: the first press sorts in the column's usual
 * direction, the next one reverses it. aria-sort tells assistive technology the current order.
 */
export function SortableTh({
  label,
  field,
  sort,
  firstDescending = false,
  onSort,
}: {
  label: string;
  field: string;
  sort: string;
  firstDescending?: boolean;
  onSort: (sort: string) => void;
}) {
  const descending = sort.startsWith("-");
  const active = (descending ? sort.slice(1) : sort) === field;
  const next = active ? (descending ? field : `-${field}`) : firstDescending ? `-${field}` : field;
  return (
    <Table.Th aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(next)}>
        {label}
        {active && <span aria-hidden="true">{descending ? " ↓" : " ↑"}</span>}
      </UnstyledButton>
    </Table.Th>
  );
}

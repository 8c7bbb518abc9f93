import { Table, UnstyledButton } from "@mantine/core";
import { nextSort, sortDirection } from "./sorting";

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
  const direction = sortDirection(sort, field);
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(nextSort(sort, field, firstDescending))}>
        {label}
        {direction && <span aria-hidden="true">{direction === "descending" ? " ↓" : " ↑"}</span>}
      </UnstyledButton>
    </Table.Th>
  );
}

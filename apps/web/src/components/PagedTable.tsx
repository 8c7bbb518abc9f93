import { SimpleGrid, type SimpleGridProps, Table, VisuallyHidden } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Pager } from "./Pager";
import { QueryState } from "./QueryState";
import { SortableTh } from "./SortableTh";

/** One column of a list: its header, what each row shows in it, and the field it sorts by if any. */
export interface Column<T> {
  key: string;
  label: string;
  /** a header read by assistive technology only (a column of buttons, say) */
  hideLabel?: boolean;
  sort?: { field: string; firstDescending?: boolean };
  nowrap?: boolean;
  cell: (row: T) => ReactNode;
}

interface Layout<T> {
  /** a table of these columns */
  columns?: Column<T>[];
  /** or, instead of a table, one card a row, in a grid of these columns */
  card?: (row: T) => ReactNode;
  cardCols?: SimpleGridProps["cols"];
}

/**
 * A list paged on the server: loading and error states, the rows as a table (headers that sort when the
 * list can be ordered by them) or as cards, what to say when a page has none (in the table, under its
 * headers), and the pager while the list holds any. The page's
 * offset and order live in the address (useListParams).
 */
export function PagedTable<T>({
  query,
  rowKey,
  columns = [],
  card,
  cardCols = 1,
  empty,
  limit,
  offset,
  onPage,
  sort = "",
  onSort,
  minWidth,
}: Layout<T> & {
  query: UseQueryResult<{ items: T[]; total: number; capped?: boolean }>;
  rowKey: (row: T) => string;
  empty: ReactNode;
  limit: number;
  offset: number;
  onPage: (offset: number) => void;
  sort?: string;
  onSort?: (sort: string) => void;
  /** below this width the table scrolls sideways instead of squeezing its columns */
  minWidth?: number;
}) {
  return (
    <QueryState query={query}>
      {(page) => (
        <div>
          {card ? (
            page.items.length === 0 ? (
              empty
            ) : (
              <SimpleGrid cols={cardCols} spacing="sm">
                {page.items.map((row) => (
                  <div key={rowKey(row)}>{card(row)}</div>
                ))}
              </SimpleGrid>
            )
          ) : (
            <Table.ScrollContainer minWidth={minWidth ?? 0}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((c) =>
                      c.sort && onSort ? (
                        <SortableTh
                          key={c.key}
                          label={c.label}
                          field={c.sort.field}
                          firstDescending={c.sort.firstDescending ?? false}
                          sort={sort}
                          onSort={onSort}
                        />
                      ) : (
                        <Table.Th key={c.key}>
                          {c.hideLabel ? <VisuallyHidden>{c.label}</VisuallyHidden> : c.label}
                        </Table.Th>
                      ),
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={columns.length}>{empty}</Table.Td>
                    </Table.Tr>
                  )}
                  {page.items.map((row) => (
                    <Table.Tr key={rowKey(row)}>
                      {columns.map((c) => (
                        <Table.Td key={c.key} style={c.nowrap ? { whiteSpace: "nowrap" } : undefined}>
                          {c.cell(row)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {page.total > 0 && (
            <Pager total={page.total} capped={page.capped} limit={limit} offset={offset} onChange={onPage} />
          )}
        </div>
      )}
    </QueryState>
  );
}

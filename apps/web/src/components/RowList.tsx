import { Button, Fieldset, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { patchAt, removeAt } from "./rows";

/**
 * Rows of a form that the user adds and removes (debts, skills, stays abroad): each row in a fieldset
 * named by `legend`, or on one line without it, with its own Remove button; Add puts a fresh row last.
 * Rows have no identity of their own until saved: their position is what the server names.
 */
export function RowList<T>({
  rows,
  onChange,
  fresh,
  legend,
  removeLabel,
  addLabel,
  aside,
  children,
}: {
  rows: T[];
  onChange: (rows: T[]) => void;
  fresh: () => T;
  legend?: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** what stands beside a row's Remove button */
  aside?: (row: T, change: (patch: Partial<T>) => void) => ReactNode;
  children: (row: T, change: (patch: Partial<T>) => void, index: number) => ReactNode;
}) {
  const removeButton = (i: number) => (
    <Button variant="subtle" color="red" onClick={() => onChange(removeAt(rows, i))}>
      {removeLabel(i + 1)}
    </Button>
  );
  return (
    <>
      {rows.map((row, i) => {
        const change = (patch: Partial<T>) => onChange(patchAt(rows, i, patch));
        return legend ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows are known by position, as the server names them
          <Fieldset key={i} legend={legend(i + 1)}>
            {children(row, change, i)}
            <Group mt="sm" justify={aside ? "space-between" : "flex-end"}>
              {aside && <Group>{aside(row, change)}</Group>}
              {removeButton(i)}
            </Group>
          </Fieldset>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows are known by position, as the server names them
          <Group key={i} align="flex-end">
            {children(row, change, i)}
            {removeButton(i)}
          </Group>
        );
      })}
      <Group>
        <Button variant="outline" onClick={() => onChange([...rows, fresh()])}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}

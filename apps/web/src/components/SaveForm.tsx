import { Button, Group, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { SaveError } from "./SaveError";

/**
 * A form that saves in one request: the server's error that no field shows, the fields, and the button
 * that submits (spinning while the request runs), with any other `actions` beside it.
 */
export function SaveForm({
  onSubmit,
  pending,
  error,
  fields = [],
  submitLabel,
  actions,
  gap,
  mt,
  children,
}: {
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  /** the inputs that show their own error */
  fields?: readonly string[];
  submitLabel: string;
  actions?: ReactNode;
  gap?: "sm";
  mt?: "sm";
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap={gap} mt={mt}>
        <SaveError error={error} fields={fields} />
        {children}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {actions}
        </Group>
      </Stack>
    </form>
  );
}

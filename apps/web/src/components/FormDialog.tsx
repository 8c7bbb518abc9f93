import { Button, Group, Modal, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SaveError } from "./SaveError";

/**
 * A dialog holding one form: what it is about, the server's error that no field shows, the fields, and
 * Cancel beside the button that submits (red when the step cannot be undone). Enter submits it.
 */
export function FormDialog({
  opened = true,
  title,
  intro,
  onClose,
  onSubmit,
  submitLabel,
  cancelLabel,
  pending,
  danger = false,
  disabled = false,
  error,
  fields = [],
  errorTitle,
  children,
}: {
  opened?: boolean;
  title: string;
  intro?: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  cancelLabel?: string;
  pending: boolean;
  danger?: boolean;
  /** the submit button waits for something the form still lacks */
  disabled?: boolean;
  /** the last error of the submission; fields lists the inputs that show their own message */
  error?: unknown;
  fields?: readonly string[];
  errorTitle?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // the dialog is drawn outside, but React passes its events up to a form it may sit in
          e.stopPropagation();
          onSubmit();
        }}
      >
        <Stack>
          {intro}
          <SaveError error={error} fields={fields} {...(errorTitle ? { title: errorTitle } : {})} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel ?? t("common.cancel")}
            </Button>
            <Button type="submit" color={danger ? "red" : undefined} loading={pending} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

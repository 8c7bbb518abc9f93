import { Button, Group, Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OpenItem } from "../api/cases";
import { OpenItemsFields } from "./OpenItemsFields";

/**
 * Confirms closing or handing over a case; with items still open it lists them and asks why, and cannot be
 * confirmed without a reason.
 */
export function EndCaseDialog({
  opened,
  onClose,
  title,
  confirmLabel,
  items,
  reason,
  onReason,
  reasonError,
  pending,
  onConfirm,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  items: OpenItem[];
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string | undefined;
  pending: boolean;
  onConfirm: () => void;
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
      {children}
      {items.length > 0 && (
        <OpenItemsFields items={items} reason={reason} onReason={onReason} error={reasonError} />
      )}
      <Group justify="end">
        <Button variant="default" onClick={onClose}>
          {t("common.cancel")}
        </Button>
        <Button loading={pending} disabled={items.length > 0 && reason.trim() === ""} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

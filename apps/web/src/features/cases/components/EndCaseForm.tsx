import type { ReactNode } from "react";
import { FormDialog } from "../../../components/FormDialog";
import { SaveForm } from "../../../components/SaveForm";
import type { useEndCase } from "../hooks/useEndCase";
import { OpenItemsFields } from "./OpenItemsFields";

/**
 * The form that closes or hands over a case, and the dialog that confirms it: with items still open the
 * dialog lists them and cannot be confirmed without a reason; `alwaysConfirm` asks even without any.
 */
export function EndCaseForm({
  end,
  fields,
  submitLabel,
  alwaysConfirm = false,
  title,
  confirmLabel,
  confirmText,
  children,
}: {
  end: ReturnType<typeof useEndCase>;
  /** the inputs that show their own error */
  fields: string[];
  submitLabel: string;
  alwaysConfirm?: boolean;
  title: string;
  confirmLabel: string;
  confirmText?: ReactNode;
  children: ReactNode;
}) {
  const { save, confirm, dialog } = end;
  return (
    <>
      <SaveForm
        onSubmit={() => (alwaysConfirm || dialog.items.length ? confirm() : save.mutate())}
        pending={save.isPending && !dialog.opened}
        error={save.error}
        fields={[...fields, "openItemsReason"]}
        submitLabel={submitLabel}
        gap="sm"
      >
        {children}
      </SaveForm>
      <FormDialog
        opened={dialog.opened}
        onClose={dialog.onClose}
        title={title}
        intro={confirmText}
        onSubmit={dialog.onConfirm}
        submitLabel={confirmLabel}
        pending={dialog.pending}
        disabled={dialog.items.length > 0 && dialog.reason.trim() === ""}
      >
        {dialog.items.length > 0 && (
          <OpenItemsFields
            items={dialog.items}
            reason={dialog.reason}
            onReason={dialog.onReason}
            error={dialog.reasonError}
          />
        )}
      </FormDialog>
    </>
  );
}

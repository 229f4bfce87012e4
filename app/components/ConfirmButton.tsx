import { Button } from "@shopify/polaris";
import { lazy, Suspense, useState } from "react";

/** Loads the modal's code ahead of a click (pointer or focus on the button). */
export const loadModal = () => import("./ConfirmModal");
/** The confirmation modal, loaded with its first use. */
export const ConfirmModal = lazy(loadModal);

interface Props {
  children: string;
  /** The modal's title: the question ("Approve this quote?"). */
  title: string;
  /** Exactly what will happen ("Hold 5 h of your packs. 15 h will be left."). */
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  variant?: "primary" | "plain";
  destructive?: boolean;
  loading?: boolean;
  disabled?: boolean;
}

/**
 * A button for an action that moves hours or money or cannot be undone: it asks first, in a
 * modal that says what will happen; Cancel changes nothing. The modal's code loads when the
 * button is pointed at or focused, so it is not part of the page's first load.
 */
export function ConfirmButton(props: Props) {
  const [open, setOpen] = useState(false);
  const preload = () => void loadModal();
  return (
    <>
      <Button
        variant={props.variant}
        tone={props.destructive ? "critical" : undefined}
        loading={props.loading}
        disabled={props.disabled}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        {props.children}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ConfirmModal
            title={props.title}
            message={props.message}
            confirmLabel={props.confirmLabel}
            destructive={props.destructive}
            onConfirm={props.onConfirm}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

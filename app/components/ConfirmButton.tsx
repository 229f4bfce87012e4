import { Button, Modal, Text } from "@shopify/polaris";
import { useState, type ReactNode } from "react";

interface Props {
  children: ReactNode;
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
 * modal that says what will happen; Cancel changes nothing.
 */
export function ConfirmButton(props: Props) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button
        variant={props.variant}
        tone={props.destructive ? "critical" : undefined}
        loading={props.loading}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.children as string}
      </Button>
      <Modal
        open={open}
        onClose={close}
        title={props.title}
        primaryAction={{
          content: props.confirmLabel,
          destructive: props.destructive,
          onAction: () => {
            close();
            props.onConfirm();
          },
        }}
        secondaryActions={[{ content: "Cancel", onAction: close }]}
      >
        <Modal.Section>
          <Text as="p">{props.message}</Text>
        </Modal.Section>
      </Modal>
    </>
  );
}

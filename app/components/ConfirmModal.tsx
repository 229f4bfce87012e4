import { Modal, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

export interface ConfirmModalProps {
  title: string;
  /** Exactly what will happen: a sentence, or more when a sentence is not enough. */
  message: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * The question before an action, for the merchant app's and the portal's ConfirmButton (loaded with
 * its first use: Polaris' Modal is not on the first load).
 */
export default function ConfirmModal(props: ConfirmModalProps) {
  return (
    <Modal
      open
      onClose={props.onClose}
      title={props.title}
      primaryAction={{
        content: props.confirmLabel,
        destructive: props.destructive,
        onAction: () => {
          props.onClose();
          props.onConfirm();
        },
      }}
      secondaryActions={[{ content: "Cancel", onAction: props.onClose }]}
    >
      <Modal.Section>
        {typeof props.message === "string" ? <Text as="p">{props.message}</Text> : props.message}
      </Modal.Section>
    </Modal>
  );
}

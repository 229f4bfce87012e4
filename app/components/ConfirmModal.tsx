import { Modal, Text } from "@shopify/polaris";

export interface ConfirmModalProps {
  title: string;
  message: string;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The question before an action (loaded with its first use: Polaris' Modal is not on the first load). */
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
        <Text as="p">{props.message}</Text>
      </Modal.Section>
    </Modal>
  );
}

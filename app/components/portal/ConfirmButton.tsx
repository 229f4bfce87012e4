import { Button } from "@shopify/polaris";
import { Suspense, useRef, useState, type ReactNode } from "react";
import { ConfirmModal, loadModal } from "../ConfirmButton";

interface Props {
  /** The button's words, and the modal's confirm button's unless `confirmLabel` says otherwise. */
  children: string;
  /** The modal's title: the question ("Complete and charge?"). */
  title: string;
  /** Exactly what will happen. */
  body: ReactNode;
  confirmLabel?: string;
  /** Money out, deletion, or anything that cannot be undone. */
  destructive?: boolean;
  variant?: "primary" | "plain";
  tone?: "critical";
  size?: "slim";
  /** Names the button for screen readers when its words alone are ambiguous (several rows). */
  accessibilityLabel?: string;
  loading?: boolean;
  disabled?: boolean;
}

/**
 * A submit button that asks before its form acts. Without JavaScript it is a plain submit button
 * (progressive enhancement); with it, the click is held and the merchant app's ConfirmModal says
 * what will happen: Cancel changes nothing, the confirm button submits the form.
 */
export function ConfirmButton({ children, title, body, confirmLabel, destructive, ...button }: Props) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const preload = () => void loadModal();
  const confirm = () => {
    const submitter = wrapper.current?.querySelector("button") ?? undefined;
    submitter?.form?.requestSubmit(submitter);
  };
  return (
    // The button's click (also Enter in one of the form's fields, which clicks the submit button)
    // bubbles to this wrapper before the form submits; holding it here stops the submission.
    // The modal's own clicks bubble here too through React's portal: those are let through.
    <span
      ref={wrapper}
      onClick={(event) => {
        const onButton = wrapper.current?.querySelector("button")?.contains(event.target as Node);
        if (!onButton) return;
        event.preventDefault();
        setOpen(true);
      }}
    >
      <Button submit {...button} onMouseEnter={preload} onFocus={preload}>
        {children}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ConfirmModal
            title={title}
            message={body}
            confirmLabel={confirmLabel ?? children}
            destructive={destructive}
            onConfirm={confirm}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </span>
  );
}

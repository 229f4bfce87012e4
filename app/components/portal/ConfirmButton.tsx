import { Button } from "@shopify/polaris";
import { Suspense, useRef, useState, type ReactNode } from "react";
import { ConfirmModal, loadModal } from "../ConfirmButton";

interface Props {
  /** The button's words, and the modal's confirm button's unless `confirmLabel` says otherwise. */
  children: string;
  /** The modal's title: the question ("Complete and charge?"). */
  title: string;
  /**
   * Exactly what will happen. A function is given the form's fields as they are when it asks, for
   * a confirmation that quotes what was typed ("Charge 2.5 h").
   */
  body: ReactNode | ((fields: FormData) => ReactNode);
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
  // The form's fields when the button was clicked; null while the modal is closed.
  const [fields, setFields] = useState<FormData | null>(null);
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
        const submitter = wrapper.current?.querySelector("button");
        if (!submitter?.contains(event.target as Node)) return;
        event.preventDefault();
        setFields(new FormData(submitter.form ?? undefined));
      }}
    >
      <Button submit {...button} onMouseEnter={preload} onFocus={preload}>
        {children}
      </Button>
      {fields ? (
        <Suspense fallback={null}>
          <ConfirmModal
            title={title}
            message={typeof body === "function" ? body(fields) : body}
            confirmLabel={confirmLabel ?? children}
            destructive={destructive}
            onConfirm={confirm}
            onClose={() => setFields(null)}
          />
        </Suspense>
      ) : null}
    </span>
  );
}

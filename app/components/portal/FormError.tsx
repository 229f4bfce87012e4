import { Banner } from "@shopify/polaris";

/** The message of an action that changed nothing (its `{ ok: false, message }` answer), if any. */
export function FormError({ data }: { data: unknown }) {
  const answer = data as { ok?: unknown; message?: unknown } | null | undefined;
  if (!answer || answer.ok !== false || typeof answer.message !== "string") return null;
  return (
    <Banner tone="critical" title="Nothing was changed">
      <p>{answer.message}</p>
    </Banner>
  );
}

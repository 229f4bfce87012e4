import { Banner } from "@shopify/polaris";
import { namesField } from "../../lib/result";

/**
 * The message of an action that changed nothing (its `{ ok: false, message }` answer), unless it
 * names one of the page's visible `fields`, which show it themselves.
 */
export function FormError({ data, fields = [] }: { data: unknown; fields?: readonly string[] }) {
  const answer = data as { ok?: unknown; message?: unknown } | null | undefined;
  if (!answer || answer.ok !== false || typeof answer.message !== "string") return null;
  if (namesField(answer, fields)) return null;
  return (
    <Banner tone="critical" title="Nothing was changed">
      <p>{answer.message}</p>
    </Banner>
  );
}

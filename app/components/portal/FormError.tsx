import { Banner } from "@shopify/polaris";

/** The message of an action that changed nothing, if any. */
export function FormError({ data }: { data: unknown }) {
  if (!data || typeof data !== "object" || !("error" in data) || typeof data.error !== "string") return null;
  return (
    <Banner tone="critical" title="Nothing was changed">
      <p>{data.error}</p>
    </Banner>
  );
}

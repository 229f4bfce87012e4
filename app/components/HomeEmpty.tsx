import { Card, EmptyState } from "@shopify/polaris";

/** Home before the first pack. */
export default function HomeEmpty({ image }: { image: string }) {
  return (
    <Card>
      <EmptyState
        heading="Buy a support pack to get started"
        action={{ content: "See packs", url: "/app/packs" }}
        image={image}
      >
        <p>Prepaid developer hours, valid for 3 months. Unused hours move into your next pack.</p>
      </EmptyState>
    </Card>
  );
}

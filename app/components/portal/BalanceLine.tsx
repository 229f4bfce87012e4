import { Text } from "@shopify/polaris";
import { day, hours } from "../../lib/format";

interface Props {
  availableMinutes: number;
  heldMinutes: number;
  next: { expiresOn: string; minutes: number } | null;
}

/** A store's hours in one line: available, held by quotes, and the next expiry. */
export function BalanceLine({ availableMinutes, heldMinutes, next }: Props) {
  return (
    <Text as="p">
      Available {hours(availableMinutes)} · held {hours(heldMinutes)} · next expiry{" "}
      {next ? `${day(next.expiresOn)} (${hours(next.minutes)})` : "none"}
    </Text>
  );
}

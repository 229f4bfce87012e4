import { Badge, Box, Button, InlineStack, Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import { day, hours } from "../lib/format";

export interface PackCardData {
  id: string;
  tier: string;
  expiresOn: string | null;
  status: "active" | "expired" | "settled";
  ownLeftMinutes: number;
  carriedLeftMinutes: number;
  heldMinutes: number;
  availableMinutes: number;
  purchasedHours: number;
  carriedInHours: number;
}

const STATUS = {
  active: { tone: "success", label: "Active" },
  expired: { tone: "warning", label: "Expired" },
  settled: { tone: undefined, label: "Closed" },
} as const;

/** A pack's hours split for its bar: gone (used, expired or moved on), held, left of its own and carried in. */
export function usageOf(pack: PackCardData) {
  const total = (pack.purchasedHours + pack.carriedInHours) * 60;
  const left = pack.availableMinutes;
  const carriedLeft = Math.min(left, Math.max(0, pack.carriedLeftMinutes));
  const held = Math.min(pack.heldMinutes, total - left);
  return { total, gone: total - left - held, held, ownLeft: left - carriedLeft, carriedLeft };
}

/** The usage bar's sentence (its text equivalent): "10 h used · 5 h held · 10 h left (4 h carried in)". */
export function usageSentence(pack: PackCardData): string {
  const u = usageOf(pack);
  const goneWord = pack.status === "active" ? "used" : "used or expired";
  const parts = [`${hours(u.gone)} ${goneWord}`];
  if (u.held > 0) parts.push(`${hours(u.held)} held`);
  const left = u.ownLeft + u.carriedLeft;
  parts.push(`${hours(left)} left${u.carriedLeft > 0 ? ` (${hours(u.carriedLeft)} carried in)` : ""}`);
  return `${parts.join(" · ")} of ${hours(u.total)}`;
}

const COLORS = {
  gone: "var(--p-color-bg-fill-tertiary)",
  held: "var(--p-color-bg-fill-caution)",
  ownLeft: "var(--p-color-bg-fill-success)",
  carriedLeft: "var(--p-color-bg-fill-info)",
};

/** One pack on Home: a bar of used / held / left (own and carried in), expiry, status, statement link. */
export function PackCard({ pack }: { pack: PackCardData }) {
  const status = STATUS[pack.status];
  const usage = usageOf(pack);
  const sentence = usageSentence(pack);
  return (
    <SectionCard
      title={
        <>
          {pack.purchasedHours} h pack
          {pack.carriedInHours > 0 ? ` + ${pack.carriedInHours} h carried in` : ""}
        </>
      }
      aside={<Badge tone={status.tone}>{status.label}</Badge>}
      gap="200"
    >
      <div
        role="img"
        aria-label={sentence}
        style={{
          display: "flex",
          height: 12,
          borderRadius: 6,
          overflow: "hidden",
          background: COLORS.gone,
        }}
      >
        {(["gone", "held", "ownLeft", "carriedLeft"] as const).map((part) =>
          usage[part] > 0 && usage.total > 0 ? (
            <div
              key={part}
              data-part={part}
              style={{ width: `${(usage[part] / usage.total) * 100}%`, background: COLORS[part] }}
            />
          ) : null,
        )}
      </div>
      <Text as="p">{sentence}</Text>
      <Box>
        <Text as="p" tone="subdued">
          {pack.expiresOn === null
            ? "Never expires."
            : `${pack.status === "active" ? "Expires" : "Expired"} on ${day(pack.expiresOn, { year: true })}.`}
        </Text>
      </Box>
      <InlineStack>
        <Button url={`/app/packs/${pack.id}`} variant="plain">
          View statement
        </Button>
      </InlineStack>
    </SectionCard>
  );
}

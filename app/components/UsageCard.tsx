import { Text } from "@shopify/polaris";
import { SectionCard } from "./SectionCard";
import { lazy, Suspense, useEffect, useState } from "react";
import type { HomeChartsProps } from "./HomeCharts";
import { day, hours } from "../lib/format";

// polaris-viz is large: it loads after the page, in the browser only (ADR 111).
const HomeCharts = lazy(() => import("./HomeCharts"));

/** Hours used per week and what expires when: charts, with the same figures as text. */
export function UsageCard({ weeks, expiries }: HomeChartsProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const used = weeks.reduce((sum, w) => sum + w.minutes, 0);
  const busiest = weeks.reduce((best, w) => (w.minutes > best.minutes ? w : best), weeks[0]!);
  // Both charts, the gap between them and the room the horizontal one's axis labels take below it.
  const height = expiries.length > 0 ? 400 : 200;
  return (
    <SectionCard title="Hours used per week">
      {/* The charts' space is kept while they load: nothing below moves (no layout shift). */}
      <div style={{ minHeight: height }}>
        {mounted ? (
          <Suspense fallback={null}>
            <HomeCharts weeks={weeks} expiries={expiries} />
          </Suspense>
        ) : null}
      </div>
      <Text as="p" tone="subdued">
        {used === 0
          ? `No hours used in the last ${weeks.length} weeks.`
          : `${hours(used)} used in the last ${weeks.length} weeks; the most in the week of ${day(busiest.weekOf)} (${hours(busiest.minutes)}).`}
        {expiries.length > 0
          ? ` Expiring: ${expiries.map((e) => `${hours(e.minutes)} on ${day(e.expiresOn, { year: true })}`).join(", ")}.`
          : ""}
      </Text>
    </SectionCard>
  );
}

import { BarChart, PolarisVizProvider } from "@shopify/polaris-viz";
import "@shopify/polaris-viz/build/esm/styles.css";
import { day } from "../lib/format";

export interface HomeChartsProps {
  weeks: { weekOf: string; minutes: number }[];
  /** Unused hours of each active pack, by the date they expire. */
  expiries: { expiresOn: string; minutes: number }[];
}

/** Home's charts (polaris-viz), loaded in the browser after the page: not part of the first load. */
export default function HomeCharts({ weeks, expiries }: HomeChartsProps) {
  return (
    <PolarisVizProvider>
      <div style={{ height: 200 }} aria-hidden="true">
        <BarChart
          theme="Light"
          showLegend={false}
          data={[
            { name: "Hours used", data: weeks.map((w) => ({ key: day(w.weekOf), value: w.minutes / 60 })) },
          ]}
        />
      </div>
      {expiries.length > 0 ? (
        <div style={{ height: 160, marginTop: 16, marginBottom: 24 }} aria-hidden="true">
          <BarChart
            theme="Light"
            showLegend={false}
            direction="horizontal"
            data={[
              {
                name: "Hours expiring",
                data: expiries.map((e) => ({ key: day(e.expiresOn, { year: true }), value: e.minutes / 60 })),
              },
            ]}
          />
        </div>
      ) : null}
    </PolarisVizProvider>
  );
}

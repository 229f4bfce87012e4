import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import { Button, Card, DataTable, Page, Text } from "@shopify/polaris";
import { useState } from "react";
import { formatHours } from "../ledger";
import { notFound } from "../lib/http.server";
import { packStatement } from "../services/ledger/statement.server";
import { requireShop } from "../merchant/auth.server";
import * as clock from "../clock.server";
import { day } from "../lib/format";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const statement = await packStatement(shop.id, params.packId ?? "", clock.now());
  if (!statement) throw notFound("This pack does not exist in your store. Open it from Home.");
  return statement;
};

const signed = (minutes: number) =>
  minutes > 0 ? `+${formatHours(minutes)}` : minutes < 0 ? `−${formatHours(-minutes)}` : "";

export default function PackStatement() {
  const { pack, lines } = useLoaderData<typeof loader>();
  const [downloading, setDownloading] = useState(false);
  const csvUrl = `/app/packs/${pack.id}/statement.csv`;
  // App Bridge adds the session token to the app's own fetches; a plain link would not carry it.
  const download = async () => {
    setDownloading(true);
    try {
      const response = await fetch(csvUrl);
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), {
        href: url,
        download: `statement-${pack.tier}.csv`,
      });
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Page
      backAction={{ content: "Home", url: "/app" }}
      title={`${pack.tier.replace("h", " h")} pack`}
      subtitle={
        pack.expiresOn
          ? `Expires on ${day(pack.expiresOn, { year: true })} (${pack.timeZone})`
          : "Never expires"
      }
      primaryAction={
        <Button onClick={download} loading={downloading}>
          Download CSV
        </Button>
      }
    >
      <TitleBar title="Pack statement" />
      <Card padding="0">
        {lines.length === 0 ? (
          <Text as="p">No entries yet.</Text>
        ) : (
          <DataTable
            columnContentTypes={["text", "text", "numeric", "numeric"]}
            headings={["Date", "Description", "Hours", "Balance"]}
            rows={lines.map((line) => [
              day(line.date, { year: true }),
              line.description,
              signed(line.minutes),
              line.heldMinutes > 0
                ? `${formatHours(line.balance)} (${formatHours(line.heldMinutes)} held)`
                : formatHours(line.balance),
            ])}
          />
        )}
      </Card>
    </Page>
  );
}

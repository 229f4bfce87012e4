import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import {
  BlockStack,
  Box,
  Button,
  Card,
  IndexTable,
  InlineGrid,
  InlineStack,
  Page,
  Text,
  useBreakpoints,
} from "@shopify/polaris";
import { useState } from "react";
import { z } from "zod";
import { parse } from "../lib/forms";
import { badRequest, notFound } from "../lib/http.server";
import { cursorParam } from "../lib/pages";
import { packStatement, type StatementSummary } from "../services/ledger/statement.server";
import { statementFilename } from "../services/statement-csv.server";
import { requireShop } from "../merchant/auth.server";
import * as clock from "../clock.server";
import { day, hours, signedHours } from "../lib/format";
import { NumericCell } from "../components/NumericCell";
import { PagedCard } from "../components/PagedCard";
import { StackedRows } from "../components/StackedRows";

const StatementQuery = z.object({ cursor: cursorParam("int", "int") });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireShop(request);
  const query = parse(StatementQuery, new URL(request.url).searchParams);
  if (!query.ok) throw badRequest(query);
  const statement = await packStatement(shop.id, params.packId ?? "", clock.now(), {
    page: { cursor: query.data.cursor },
  });
  if (!statement) throw notFound("This pack does not exist in your store. Open it from Home.");
  return { ...statement, filename: statementFilename(statement) };
};

// The balance after a line, with what of it is held for quotes.
function balanceOf(line: { balance: number; heldMinutes: number }): string {
  return line.heldMinutes > 0
    ? `${hours(line.balance)} (${hours(line.heldMinutes)} held)`
    : hours(line.balance);
}

/** Where the pack's minutes went, above its entries. */
function Summary({ summary }: { summary: StatementSummary }) {
  const figures: [string, number][] = [
    ["Purchased", summary.purchasedMinutes],
    ...(summary.adjustedMinutes !== 0 ? [["Adjusted", summary.adjustedMinutes] as [string, number]] : []),
    ["Carried in", summary.carriedInMinutes],
    ["Used", summary.usedMinutes],
    ["Expired", summary.expiredMinutes],
    ["Carried out", summary.carriedOutMinutes],
    ["Left", summary.leftMinutes],
  ];
  return (
    <Card>
      <BlockStack gap="200">
        <InlineGrid columns={{ xs: 3, md: figures.length }} gap="300">
          {figures.map(([label, minutes]) => (
            <BlockStack key={label} gap="050">
              <Text as="span" tone="subdued" variant="bodySm">
                {label}
              </Text>
              <Text as="span" variant="headingMd" numeric>
                {hours(minutes)}
              </Text>
            </BlockStack>
          ))}
        </InlineGrid>
        {summary.heldMinutes > 0 ? (
          <Text as="p" tone="subdued">
            {hours(summary.heldMinutes)} of what is left is held for approved quotes.
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}

export default function PackStatement() {
  const { pack, lines, summary, links, filename } = useLoaderData<typeof loader>();
  const { smDown } = useBreakpoints();
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
        download: filename,
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
      <BlockStack gap="400">
        <Summary summary={summary} />
        <PagedCard links={links}>
          {lines.length === 0 ? (
            <Box padding="400">
              <Text as="p">No entries yet.</Text>
            </Box>
          ) : smDown ? (
            <StackedRows
              label="Entries"
              items={lines}
              row={(line) => (
                <BlockStack gap="100">
                  <Text as="span">{line.description}</Text>
                  <InlineStack align="space-between" gap="200" wrap={false}>
                    <Text as="span" tone="subdued">
                      {day(line.date, { year: true })}
                    </Text>
                    <Text as="span" numeric>
                      {signedHours(line.minutes)}
                    </Text>
                  </InlineStack>
                  <InlineStack align="space-between" gap="200">
                    <Text as="span" tone="subdued">
                      Balance
                    </Text>
                    <Text as="span" numeric>
                      {balanceOf(line)}
                    </Text>
                  </InlineStack>
                </BlockStack>
              )}
            />
          ) : (
            <IndexTable
              resourceName={{ singular: "entry", plural: "entries" }}
              itemCount={lines.length}
              selectable={false}
              headings={[
                { title: "Date" },
                { title: "Description" },
                { title: "Hours", alignment: "end" },
                { title: "Balance", alignment: "end" },
              ]}
            >
              {lines.map((line, index) => (
                <IndexTable.Row id={line.id} key={line.id} position={index}>
                  <IndexTable.Cell>{day(line.date, { year: true })}</IndexTable.Cell>
                  <IndexTable.Cell>{line.description}</IndexTable.Cell>
                  <NumericCell>{signedHours(line.minutes)}</NumericCell>
                  <NumericCell>{balanceOf(line)}</NumericCell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </PagedCard>
      </BlockStack>
    </Page>
  );
}

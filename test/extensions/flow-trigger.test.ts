import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FLOW_TRIGGER_HANDLE, flowPayload } from "~/services/reminders/flow.server";

const toml = readFileSync("extensions/support-hours-expiring/shopify.extension.toml", "utf8");
const value = (text: string, name: string) => new RegExp(`^${name} = "(.*)"$`, "m").exec(text)?.[1];
const fields = toml
  .split("[[settings.fields]]")
  .slice(1)
  .map((block) => ({ type: value(block, "type"), key: value(block, "key") }));

describe("the Support hours expiring Flow trigger", () => {
  test("is a flow_trigger whose handle is the one the app fires", () => {
    expect(value(toml, "type")).toBe("flow_trigger");
    expect(value(toml, "name")).toBe("Support hours expiring");
    expect(value(toml, "handle")).toBe(FLOW_TRIGGER_HANDLE);
    expect(FLOW_TRIGGER_HANDLE.length).toBeLessThanOrEqual(30);
  });

  test("declares exactly the payload's keys (letters and spaces only), with types that fit the values", () => {
    const payload = flowPayload({
      packId: "00000000-0000-4000-8000-000000000001",
      threshold: "window",
      minutes: 150,
      expiresOn: "2024-08-31",
      daysLeft: 0,
      buyBy: "2024-09-03",
      shopDomain: "example.myshopify.com",
      reminderEmail: null,
    });
    expect(fields.map((f) => f.key)).toEqual(Object.keys(payload));
    for (const field of fields) {
      expect(field.key).toMatch(/^[A-Za-z\s]+$/);
      const sample = payload[field.key as string];
      if (field.type === "number_decimal") expect(typeof sample).toBe("number");
      else if (field.type === "url") expect(String(sample)).toMatch(/^https:\/\//);
      else expect(field.type).toBe("single_line_text_field");
    }
    expect(payload).toMatchObject({
      Reminder: "Retention window open",
      Message: "2.5 h expired on Aug 31. Buy a pack by Sep 3 and they move into it.",
      Hours: 2.5,
      "Retention window ends on": "2024-09-03",
    });
  });
});

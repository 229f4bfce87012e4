import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  calendarDate,
  calendarMonth,
  dollars,
  email,
  flag,
  hours,
  id,
  line,
  oneOf,
  paragraph,
  parse,
  wholeNumber,
} from "~/lib/forms";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const Decision = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("decline"), reason: paragraph(1000).optional() }),
]);

describe("parsing a form", () => {
  test("a valid form gives its typed value", () => {
    expect(
      parse(
        Decision,
        form([
          ["intent", "decline"],
          ["reason", "  too dear  "],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { intent: "decline", reason: "too dear" },
    });
  });

  test("a repeated single-value field is refused, never resolved by the last value", () => {
    const result = parse(
      Decision,
      form([
        ["intent", "decline"],
        ["intent", "approve"],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      code: "invalid_input",
      message: "intent was sent more than once; send it once.",
      errors: [{ field: "intent", message: "intent was sent more than once; send it once." }],
    });
  });

  test("a missing or unknown choice names the field and the allowed values", () => {
    expect(parse(Decision, form([]))).toMatchObject({
      errors: [{ field: "intent", message: "intent is required." }],
    });
    expect(parse(Decision, form([["intent", "x"]]))).toMatchObject({
      errors: [{ field: "intent", message: "intent must be one of: approve, decline." }],
    });
  });

  test.each(["a\u0000b", "a\u001bb", "\u007f"])("control characters are refused (%j)", (value) => {
    const result = parse(z.object({ title: line(200) }), form([["title", value]]));
    expect(result).toMatchObject({ ok: false, code: "invalid_input", errors: [{ field: "title" }] });
  });

  test("an untrusted field name is not echoed back", () => {
    const result = parse(z.object({}), form([["<script>", "\u0000"]]));
    expect(result).toMatchObject({ ok: false, errors: [{ field: "a field" }] });
    if (!result.ok) expect(result.message).not.toContain("<script>");
  });

  test("every bad field is named, each once", () => {
    const schema = z.object({ title: line(5, 1), estimateHours: hours() });
    const result = parse(
      schema,
      form([
        ["title", "much too long"],
        ["estimateHours", "0x10"],
      ]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors?.map((e) => e.field)).toEqual(["title", "estimateHours"]);
  });

  test("an hours-only failure carries the invalid_hours code", () => {
    expect(parse(z.object({ hours: hours() }), form([["hours", "1e1"]]))).toMatchObject({
      ok: false,
      code: "invalid_hours",
      errors: [{ field: "hours" }],
    });
  });
});

describe("field builders", () => {
  const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value);

  test("line: trimmed, bounded, one line", () => {
    expect(ok(line(5, 1), " abc ").data).toBe("abc");
    expect(ok(line(5, 1), "").success).toBe(false);
    expect(ok(line(5), "abcdef").success).toBe(false);
    expect(ok(line(50), "a\nb").success).toBe(false);
    expect(ok(paragraph(50), "a\nb").data).toBe("a\nb");
  });

  test.each([
    ["1.25", 75],
    ["2", 120],
    [".5", 30],
  ])("hours %s are %s minutes", (text, minutes) => {
    expect(ok(hours(), text).data).toBe(minutes);
  });

  test.each(["1e1", "0x10", "0b11", "1,5", "2h", "NaN", "Infinity", "-1", "0", "1.33", "40000000", "", " "])(
    "hours %j are refused",
    (text) => {
      expect(ok(hours(), text).success).toBe(false);
    },
  );

  test("ids, emails, choices, numbers, flags", () => {
    expect(ok(id(), "6f1c2f4e-1b1a-4c2b-9a59-1d2b3c4d5e6f").success).toBe(true);
    expect(ok(id(), "not-a-uuid").success).toBe(false);
    expect(ok(email(), " Dev@Example.COM ").data).toBe("dev@example.com");
    expect(ok(email(), `${"a".repeat(250)}@x.io`).success).toBe(false);
    expect(ok(oneOf(["a", "b"]), "c").success).toBe(false);
    expect(ok(wholeNumber(0, 100), "42").data).toBe(42);
    expect(ok(wholeNumber(0, 100), "4.2").success).toBe(false);
    expect(ok(wholeNumber(0, 100), "101").success).toBe(false);
    expect(ok(flag(), "true").data).toBe(true);
    expect(ok(flag(), undefined).data).toBe(false);
  });

  test("dates and months exist and stay within 2000-2100", () => {
    expect(ok(calendarDate(), "2024-02-29").success).toBe(true);
    expect(ok(calendarDate(), "2023-02-29").success).toBe(false);
    expect(ok(calendarDate(), "9999-12-31").success).toBe(false);
    expect(ok(calendarMonth(), "2026-03").success).toBe(true);
    expect(ok(calendarMonth(), "9999-12").success).toBe(false);
    expect(ok(calendarMonth(), "2026-13").success).toBe(false);
  });

  test("dollars typed by people become cents exactly", () => {
    expect(ok(dollars(0, 1000), "85").data).toBe(8_500);
    expect(ok(dollars(0, 1000), "$85.5").data).toBe(8_550);
    expect(ok(dollars(0, 1000), "0.07").data).toBe(7);
    expect(ok(dollars(0, 10_000), "$1,200").data).toBe(120_000);
    expect(ok(dollars(0, 1000), "85.555").success).toBe(false);
    expect(ok(dollars(0, 1000), "-1").success).toBe(false);
    expect(ok(dollars(0, 1000), "1e3").success).toBe(false);
    expect(ok(dollars(0, 1000), "1001").success).toBe(false);
  });
});

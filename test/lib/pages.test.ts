import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor, pageHref, pageOf, seek } from "~/lib/pages";

const UUID = "0b6f1c1e-4a7b-4c8e-9d2a-3f5e6a7b8c9d";

describe("cursors", () => {
  test("a cursor reads back as written", () => {
    const cursor = { direction: "after" as const, key: "1767614400000", id: UUID };
    expect(decodeCursor(encodeCursor(cursor), "time", "uuid")).toEqual(cursor);
    const entry = { direction: "before" as const, key: "42", id: "42" };
    expect(decodeCursor(encodeCursor(entry), "int", "int")).toEqual(entry);
  });

  test("anything our links did not write is refused", () => {
    const valid = encodeCursor({ direction: "after", key: "1767614400000", id: UUID });
    for (const text of [
      "",
      "nonsense!",
      `${valid}=`,
      `${valid}==`,
      valid.replace(/.$/, "+"),
      encodeCursor({ direction: "after", key: "1767614400000", id: "42" }),
      encodeCursor({ direction: "after", key: "01", id: UUID }),
      encodeCursor({ direction: "after", key: "-1", id: UUID }),
      encodeCursor({ direction: "after", key: "1".repeat(16), id: UUID }),
      btoa(`x|1|${UUID}`).replace(/=+$/, ""),
      btoa(`a|1|${UUID}|more`).replace(/=+$/, ""),
      "x".repeat(301),
    ])
      expect(decodeCursor(text, "time", "uuid"), text).toBeNull();
    // The right shape for another list is still not this list's.
    expect(decodeCursor(encodeCursor({ direction: "after", key: "7", id: "7" }), "time", "uuid")).toBeNull();
  });
});

describe("pages", () => {
  const rows = (from: number, to: number) =>
    Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from < to ? from + i : from - i));
  const keyOf = (n: number) => ({ key: String(n), id: String(n) });

  test("the first page has Next only when a row beyond it was read", () => {
    expect(pageOf(rows(10, 1), undefined, keyOf, 5).links.previous).toBeNull();
    const full = pageOf(rows(10, 5), undefined, keyOf, 5);
    expect(full.items).toEqual([10, 9, 8, 7, 6]);
    expect(decodeCursor(full.links.next!, "int", "int")).toEqual({ direction: "after", key: "6", id: "6" });
    expect(pageOf(rows(10, 6), undefined, keyOf, 5).links.next).toBeNull();
  });

  test("going back reads backwards and shows the page in order", () => {
    const cursor = { direction: "before" as const, key: "5", id: "5" };
    expect(seek(cursor, "desc")).toEqual({ op: "gt", orderBy: "asc", reverse: true });
    const page = pageOf(rows(6, 10), cursor, keyOf, 5);
    expect(page.items).toEqual([10, 9, 8, 7, 6]);
    expect(page.links.previous).toBeNull();
    expect(page.links.next).not.toBeNull();
  });

  test("links keep the list's filters and replace the cursor", () => {
    expect(pageHref("status=approved&cursor=old", "new")).toBe("?status=approved&cursor=new");
    expect(pageHref(new URLSearchParams("status=closed&cursor=old"), null)).toBe("?status=closed");
  });
});

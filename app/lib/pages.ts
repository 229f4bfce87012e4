// Keyset pagination for every list that grows (quotes, statements, invoices): a page is found by
// the (sort key, id) of the row it starts after, never by an offset, so page 200 costs what page 1
// costs and a row added meanwhile does not shift the pages. The cursor is opaque to people (base64url)
// and parsed strictly: anything our own links did not make is refused, naming `cursor`.
import { z } from "zod";
import { isUuid } from "./ids";

/** Rows per page: a screenful of a long history, small enough to render fast on a phone (ADR 140). */
export const PAGE_SIZE = 50;

/** The sort key's type: an instant (stored as epoch milliseconds) or a whole number. */
export type KeyKind = "time" | "int";
/** The row id's type: a UUID, or a whole number (ledger entries). */
export type IdKind = "uuid" | "int";

/** Where a page starts: after the row (further along the list) or before it (going back). */
export interface Cursor {
  direction: "after" | "before";
  /** The sort key as text: epoch milliseconds for "time", digits for "int". */
  key: string;
  id: string;
}

/** The links of one page: each the cursor of the next or previous page, or null at an end. */
export interface PageLinks {
  next: string | null;
  previous: string | null;
}

const DIGITS = /^(0|[1-9]\d{0,17})$/;
const BASE64URL = /^[A-Za-z0-9_-]{4,300}$/;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}

/** The opaque text of a cursor. */
export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(`${cursor.direction === "after" ? "a" : "b"}|${cursor.key}|${cursor.id}`);
}

/** A cursor our links made for a list of these kinds, or null for anything else. */
export function decodeCursor(text: string, keyKind: KeyKind, idKind: IdKind): Cursor | null {
  if (!BASE64URL.test(text)) return null;
  const decoded = fromBase64Url(text);
  if (decoded === null) return null;
  const parts = decoded.split("|");
  if (parts.length !== 3) return null;
  const [direction, key, id] = parts as [string, string, string];
  if (direction !== "a" && direction !== "b") return null;
  if (!DIGITS.test(key) || (keyKind === "time" && key.length > 15)) return null;
  if (idKind === "uuid" ? !isUuid(id) : !DIGITS.test(id)) return null;
  const cursor: Cursor = { direction: direction === "a" ? "after" : "before", key, id };
  // Only the one spelling we write is ours (no padding, no other base64 of the same bytes).
  return encodeCursor(cursor) === text ? cursor : null;
}

/** The `cursor` query parameter of a list: absent for the first page, else one of our cursors. */
export function cursorParam(keyKind: KeyKind, idKind: IdKind) {
  return z
    .string({ error: "must be a link from this list's Next or Previous buttons." })
    .transform((text, context) => {
      const cursor = decodeCursor(text, keyKind, idKind);
      if (cursor) return cursor;
      context.addIssue({
        code: "custom",
        message: "cursor must be a link from this list's Next or Previous buttons; open the list again.",
      });
      return z.NEVER;
    })
    .optional();
}

/**
 * How to read one page in a list shown in `order`: compare the sort key with `op` against the
 * cursor, sort the query in `orderBy`, and `reverse` the rows read (going back reads backwards).
 */
export function seek(cursor: Cursor | undefined, order: "asc" | "desc") {
  const back = cursor?.direction === "before";
  const ascending = (order === "asc") !== back;
  return {
    op: ascending ? ("gt" as const) : ("lt" as const),
    orderBy: ascending ? ("asc" as const) : ("desc" as const),
    reverse: back,
  };
}

/**
 * The page among `rows` (read with `seek`, at most `size + 1` of them) and its links. One extra
 * row read says there is more in the direction read; the other direction has more when a cursor
 * brought us here.
 */
export function pageOf<T>(
  rows: readonly T[],
  cursor: Cursor | undefined,
  keyOf: (row: T) => { key: string; id: string },
  size = PAGE_SIZE,
): { items: T[]; links: PageLinks } {
  const more = rows.length > size;
  const read = rows.slice(0, size);
  const back = cursor?.direction === "before";
  const items = back ? read.reverse() : read;
  const first = items[0];
  const last = items[items.length - 1];
  const hasNext = back ? cursor !== undefined : more;
  const hasPrevious = back ? more : cursor !== undefined;
  return {
    items,
    links: {
      next: hasNext && last ? encodeCursor({ direction: "after", ...keyOf(last) }) : null,
      previous: hasPrevious && first ? encodeCursor({ direction: "before", ...keyOf(first) }) : null,
    },
  };
}

/** An instant as a cursor key (epoch milliseconds; the columns keep milliseconds). */
export function timeKey(instant: Date): string {
  return String(instant.getTime());
}

/** A cursor's time key as an instant. */
export function instantOf(key: string): Date {
  return new Date(Number(key));
}

/** The query string of a list page: its filters kept, the cursor set (or dropped for the first page). */
export function pageHref(search: URLSearchParams | string, cursor: string | null): string {
  const params = new URLSearchParams(search);
  params.delete("cursor");
  if (cursor) params.set("cursor", cursor);
  const text = params.toString();
  return text ? `?${text}` : "?";
}

/**
 * The row filter that starts a page at a cursor, for a list sorted by (`field`, id): the bound on
 * `field` alone lets the index range start there; the OR breaks ties on the id.
 */
export function keysetWhere<K>(field: string, key: K, id: string | bigint, op: "lt" | "gt") {
  return {
    AND: [{ [field]: { [`${op}e`]: key } }, { OR: [{ [field]: { [op]: key } }, { id: { [op]: id } }] }],
  };
}

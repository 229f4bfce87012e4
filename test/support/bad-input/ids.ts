// Row ids: in form fields, and as route parameters (which may answer 404 instead of naming them).
import { randomUUID } from "node:crypto";
import { everyField, HTML, MEGABYTE, probe, required, SQL, type Kind, type ParamProbe } from "./probes";

/** The id (UUID) of a row the page showed. Unknown ids are refused like malformed ones. */
export function id(): Kind {
  const sample = randomUUID();
  return {
    name: "a row id",
    bad: [
      ...required(),
      ...everyField(sample, randomUUID()),
      probe("not a UUID", "not-an-id"),
      probe("a number", "123"),
      probe("a UUID with a bad digit", "00000000-0000-0000-0000-00000000000g"),
      probe("a UUID in braces", `{${sample}}`),
      probe("an SQL payload", `${sample}' OR '1'='1`),
      probe("an HTML payload", HTML),
      probe("1 MB", "a".repeat(MEGABYTE)),
      probe("an unknown UUID", randomUUID()),
    ],
    good: [],
  };
}

const param = (label: string, sent: string): ParamProbe => ({ label, sent });

/**
 * Values for a route parameter naming a row: each must answer 404 (or a 4xx naming it). `others`
 * are rows of another shop or developer, which must answer exactly like unknown ones.
 */
export function rowParam(...others: ParamProbe[]): ParamProbe[] {
  return [
    param("not a UUID", "not-an-id"),
    param("a number", "123"),
    param("a UUID with a bad digit", "00000000-0000-0000-0000-00000000000g"),
    param("an SQL payload", `${randomUUID()}' OR '1'='1`),
    param("an HTML payload", HTML),
    param("a NUL byte", `${randomUUID()}\u0000`),
    param("1 MB", "a".repeat(MEGABYTE)),
    param("an unknown UUID", randomUUID()),
    ...others,
  ];
}

/** Values for a route parameter holding a secret token (password links). */
export function tokenParam(): ParamProbe[] {
  return [
    param("too short", "abc"),
    param("an unknown token", "A".repeat(43)),
    param("an SQL payload", SQL),
    param("an HTML payload", HTML),
    param("a NUL byte", `${"A".repeat(43)}\u0000`),
    param("1 MB", "A".repeat(MEGABYTE)),
  ];
}

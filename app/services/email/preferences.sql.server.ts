// The email preferences' raw SQL (docs/decisions/083).
import { ledgerSql, type Sql } from "../../lib/sql.server";

/**
 * Turns `preference` off for a developer in one statement, so that two unsubscribes at once add it
 * once; false when there is no such developer.
 */
export async function addDeveloperOptOut(developerId: string, preference: string, sql: Sql = ledgerSql()) {
  const changed = await sql.execute(
    `UPDATE "Developer"
        SET "emailOptOuts" = CASE WHEN $2 = ANY("emailOptOuts") THEN "emailOptOuts"
                                  ELSE array_append("emailOptOuts", $2) END
      WHERE id = $1::uuid`,
    [developerId, preference],
  );
  return changed === 1;
}

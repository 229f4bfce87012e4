import { describe, expect, test } from "vitest";
import { openDatabase } from "~/db.server";
import { parseDatabaseEnv } from "~/env-database.server";
import { loader } from "~/routes/healthz";
import { checkDatabase } from "~/services/health.sql.server";

describe("GET /healthz", () => {
  test("answers 200 with db ok when the database answers", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ db: "ok" });
  });

  test("reports the database unavailable when nothing listens", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const unreachable = openDatabase(parseDatabaseEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:1/none" }));
    expect(await checkDatabase(unreachable.prisma, 1000)).toBe("unavailable");
    await unreachable.pool.end();
  });
});

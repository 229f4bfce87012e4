import { RETRY_AFTER_SECONDS } from "../services/database-faults.server";
import { checkDatabase } from "../services/health.sql.server";

// Liveness and readiness for load balancers: no authentication, no HTML.
export const loader = async () => {
  const db = await checkDatabase();
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (db !== "ok") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ db }, { status: db === "ok" ? 200 : 503, headers });
};

import { checkDatabase } from "../services/health.server";

// Liveness and readiness for load balancers: no authentication, no HTML.
export const loader = async () => {
  const db = await checkDatabase();
  return Response.json({ db }, { status: db === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
};

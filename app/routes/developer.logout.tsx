import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireDeveloperAction } from "../portal/auth.server";
import { SESSION_COOKIE, clearSessionCookie, readCookie } from "../portal/cookies.server";
import { endSession } from "../services/developers/sessions.server";

export const loader = () => redirect("/developer");

export const action = async ({ request }: ActionFunctionArgs) => {
  await requireDeveloperAction(request);
  const token = readCookie(request, SESSION_COOKIE);
  if (token) await endSession(token);
  throw redirect("/developer/login", { headers: { "Set-Cookie": clearSessionCookie() } });
};

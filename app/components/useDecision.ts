import { useActionData, useNavigation, useSubmit } from "@remix-run/react";
import type { Refusal } from "../lib/http.server";

/**
 * A decision on the quote page: what the page's action answered (a refusal says what to do and
 * how many hours are missing), the intent being sent now, and a way to send one.
 */
export function useDecision() {
  const result = useActionData<{ ok: true } | Refusal>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const busy = navigation.state !== "idle" ? navigation.formData?.get("intent") : null;
  const decide = (intent: string, fields: Record<string, string> = {}) =>
    submit({ intent, ...fields }, { method: "post" });
  return { result, busy, decide };
}

import { useAppBridge } from "@shopify/app-bridge-react";
import { useEffect } from "react";

/** What an action answers when it did what was asked: the words of the toast that confirms it. */
export interface Done {
  ok: true;
  notice: string;
}

/** Shows an action's `notice` as an App Bridge toast once per answer (fetcher or page action data). */
export function useNoticeToast(data: unknown) {
  const shopify = useAppBridge();
  useEffect(() => {
    const answer = data as { ok?: unknown; notice?: unknown } | undefined | null;
    if (answer?.ok === true && typeof answer.notice === "string") shopify.toast.show(answer.notice);
  }, [data, shopify]);
}

// The preview's stand-in for App Bridge (https://cdn.shopify.com/shopifycloud/app-bridge.js),
// served by the emulated Shopify and loaded by the app through AppProvider's __APP_BRIDGE_URL.
// It does what the app relies on: session tokens (shopify.idToken(), and a Bearer token on the
// app's own fetches), the title bar and navigation menu shown by the admin around the frame,
// navigation from that menu, and top-level redirects (billing approval). The admin page
// (admin.ts) answers its messages. Compiled to plain JS at startup; never part of the app.
(() => {
  const SOURCE = "support-packs-preview";
  const REAUTHORIZE = "X-Shopify-API-Request-Failure-Reauthorize-Url";
  const RETRY = "X-Shopify-Retry-Invalid-Session-Request";
  const EMBED_PARAMS = ["embedded", "shop", "host", "id_token", "hmac", "locale", "session", "timestamp"];

  const script = document.currentScript as HTMLScriptElement | null;
  const adminOrigin = script?.src ? new URL(script.src).origin : location.origin;
  const params = new URLSearchParams(location.search);
  const inFrame = window.parent !== window;

  type Message = { type: string; [key: string]: unknown };
  const post = (message: Message) => {
    if (inFrame) window.parent.postMessage({ source: SOURCE, ...message }, adminOrigin);
  };

  // Session tokens: the one in the URL first, then fresh ones from the admin, 10 s before expiry.
  const expiryOf = (token: string): number => {
    try {
      const payload = token.split(".")[1] ?? "";
      return Number(JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))).exp) * 1000;
    } catch {
      return 0;
    }
  };
  let cached: string | null = params.get("id_token");
  let requests = 0;
  const waiting = new Map<number, (token: string) => void>();
  const idToken = async (): Promise<string> => {
    if (cached && expiryOf(cached) - Date.now() > 10_000) return cached;
    const id = ++requests;
    const token = await new Promise<string>((resolve, reject) => {
      waiting.set(id, resolve);
      post({ type: "token-request", id });
      setTimeout(() => reject(new Error("The admin did not send a session token.")), 5000);
    });
    cached = token;
    return token;
  };

  const redirectTop = (url: string) => post({ type: "redirect", url: new URL(url, location.href).href });

  // The app's own requests carry the session token; other origins are left alone.
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).origin !== location.origin) return originalFetch(request);
    const send = async (fresh: boolean) => {
      if (fresh) cached = null;
      const headers = new Headers(request.headers);
      headers.set("Authorization", `Bearer ${await idToken()}`);
      return originalFetch(new Request(request.clone(), { headers }));
    };
    let response = await send(false);
    if (response.status === 401 && response.headers.get(RETRY) === "1") response = await send(true);
    const reauthorize = response.headers.get(REAUTHORIZE);
    if (response.status === 401 && reauthorize) {
      redirectTop(reauthorize);
      return new Promise<Response>(() => {}); // the whole admin is leaving this page
    }
    return response;
  };

  // The library's exit-iframe page calls window.open(url, "_top").
  const originalOpen = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    if (url && inFrame && (target === "_top" || target === "_parent")) {
      redirectTop(String(url));
      return null;
    }
    return originalOpen(url, target, features);
  };

  // The bounce page (/auth/session-token?shopify-reload=...) reloads with a fresh id_token.
  const reload = params.get("shopify-reload");
  if (reload) {
    void idToken().then((token) => {
      const target = new URL(reload, location.href);
      if (target.origin !== location.origin) return;
      target.searchParams.set("id_token", token);
      location.replace(target.href);
    });
  }

  const appPath = () => {
    const search = new URLSearchParams(location.search);
    for (const name of EMBED_PARAMS) search.delete(name);
    const query = search.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  };
  const reportLocation = () => post({ type: "location", path: appPath() });
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History["pushState"]>) => {
      original(...args);
      reportLocation();
    };
  }
  window.addEventListener("popstate", reportLocation);

  // Navigation chosen in the admin: AppProvider listens for shopify:navigate on a link.
  const navigate = (href: string) => {
    const link = document.createElement("a");
    link.setAttribute("href", href);
    link.hidden = true;
    document.body.append(link);
    link.dispatchEvent(new CustomEvent("shopify:navigate", { bubbles: true }));
    link.remove();
  };

  window.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as Message | null;
    if (event.origin !== adminOrigin || event.source !== window.parent || data?.source !== SOURCE) return;
    if (data.type === "token") waiting.get(Number(data.id))?.(String(data.token));
    if (data.type === "navigate") navigate(String(data.href));
    if (data.type === "title-action" && titleBar) titleButtons(titleBar)[Number(data.index)]?.click();
  });

  // <ui-title-bar title>, <ui-nav-menu> with <a> links, <s-app-nav> with <s-link> links.
  const hidden = (name: string, onChange: (element: HTMLElement) => void, attributes: string[] = []) => {
    if (customElements.get(name)) return;
    customElements.define(
      name,
      class extends HTMLElement {
        static observedAttributes = attributes;
        private observer = new MutationObserver(() => onChange(this));
        connectedCallback() {
          this.style.display = "none";
          this.observer.observe(this, {
            childList: true,
            subtree: true,
            attributes: true,
            characterData: true,
          });
          onChange(this);
        }
        disconnectedCallback() {
          this.observer.disconnect();
        }
        attributeChangedCallback() {
          if (this.isConnected) onChange(this);
        }
      },
    );
  };
  // The title bar's buttons show in the admin; choosing one there clicks it here (its onClick runs).
  let titleBar: HTMLElement | null = null;
  const titleButtons = (bar: HTMLElement) => [...bar.querySelectorAll<HTMLButtonElement>(":scope > button")];
  hidden(
    "ui-title-bar",
    (bar) => {
      titleBar = bar;
      post({
        type: "title",
        title: bar.getAttribute("title") ?? "",
        actions: titleButtons(bar).map((button) => ({
          label: button.textContent?.trim() ?? "",
          primary: button.getAttribute("variant") === "primary",
        })),
      });
    },
    ["title"],
  );
  const reportNav = (menu: HTMLElement) =>
    post({
      type: "nav",
      items: [...menu.querySelectorAll("a, s-link")].map((link) => ({
        label: link.textContent?.trim() ?? "",
        href: link.getAttribute("href") ?? "",
        home: link.getAttribute("rel") === "home",
      })),
    });
  hidden("ui-nav-menu", reportNav);
  hidden("s-app-nav", reportNav);

  const shopify = {
    config: { apiKey: script?.dataset.apiKey ?? "", shop: params.get("shop"), host: params.get("host") },
    environment: { embedded: inFrame, mobile: false, pos: false },
    origin: adminOrigin,
    idToken,
    toast: { show: (message: string) => post({ type: "toast", message }), hide: () => {} },
    loading: (on = true) => post({ type: "loading", on: Boolean(on) }),
  };
  (window as unknown as { shopify: typeof shopify }).shopify = shopify;
  reportLocation();
})();

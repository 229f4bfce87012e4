// The emulated Shopify admin's page script: it frames the app and answers the App Bridge
// stand-in (app-bridge.ts): session tokens, title, navigation menu, location, top-level
// redirects, toasts; and it drives the preview clock's control. Compiled to plain JS at startup.
(() => {
  const SOURCE = "support-packs-preview";
  const frame = document.getElementById("app-frame") as HTMLIFrameElement;
  const appOrigin = frame.dataset.appOrigin ?? "";
  const store = frame.dataset.store ?? "";
  const basePath = frame.dataset.basePath ?? "";
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  let currentPath = "";

  type Message = { source?: string; type: string; [key: string]: unknown };
  const send = (message: Message) =>
    frame.contentWindow?.postMessage({ source: SOURCE, ...message }, appOrigin);

  // admin.shopify.com/store/{store}/... is this server's /store/{store}/...
  const local = (url: string) => {
    const parsed = new URL(url, location.href);
    return parsed.hostname === "admin.shopify.com"
      ? `${location.origin}${parsed.pathname}${parsed.search}`
      : parsed.href;
  };

  type NavItem = { label: string; href: string; home: boolean };
  const renderNav = (items: NavItem[]) => {
    const list = byId("app-nav");
    list.replaceChildren(
      ...items
        .filter((item) => !item.home)
        .map((item) => {
          const link = document.createElement("a");
          link.href = `${basePath}${item.href}`;
          link.textContent = item.label;
          link.dataset.href = item.href;
          link.className = "nav-item";
          link.addEventListener("click", (event) => {
            event.preventDefault();
            send({ type: "navigate", href: item.href });
          });
          return link;
        }),
    );
    const home = items.find((item) => item.home);
    if (home) byId("app-home").dataset.href = home.href;
    highlight();
  };
  const highlight = () => {
    const path = currentPath.split("?")[0] ?? "";
    let best: HTMLElement | null = null;
    for (const link of document.querySelectorAll<HTMLElement>("#app-nav .nav-item")) {
      link.classList.remove("active");
      const href = link.dataset.href ?? "";
      if ((path === href || path.startsWith(`${href}/`)) && href.length > (best?.dataset.href?.length ?? 0))
        best = link;
    }
    best?.classList.add("active");
  };

  type TitleAction = { label: string; primary: boolean };
  const renderTitleActions = (actions: TitleAction[]) =>
    byId("title-actions").replaceChildren(
      ...actions.map((action, index) => {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = action.label;
        if (action.primary) button.className = "primary";
        button.addEventListener("click", () => send({ type: "title-action", index }));
        return button;
      }),
    );

  const toast = (message: string) => {
    const box = byId("toast");
    box.textContent = message;
    box.hidden = false;
    setTimeout(() => (box.hidden = true), 4000);
  };

  window.addEventListener("message", async (event: MessageEvent) => {
    const data = event.data as Message | null;
    if (event.origin !== appOrigin || event.source !== frame.contentWindow || data?.source !== SOURCE) return;
    switch (data.type) {
      case "token-request": {
        const response = await fetch(`/preview/session-token?store=${encodeURIComponent(store)}`);
        send({ type: "token", id: data.id, token: await response.text() });
        break;
      }
      case "title":
        byId("title").textContent = String(data.title);
        renderTitleActions((data.actions as TitleAction[] | undefined) ?? []);
        document.title = `${String(data.title)} · Support Packs · Shopify (preview)`;
        break;
      case "nav":
        renderNav(data.items as NavItem[]);
        break;
      case "location":
        currentPath = String(data.path);
        history.replaceState(null, "", `${basePath}${currentPath}`);
        highlight();
        break;
      case "redirect":
        location.assign(local(String(data.url)));
        break;
      case "toast":
        toast(String(data.message));
        break;
      case "loading":
        byId("loading").hidden = !data.on;
        break;
    }
  });

  byId("app-home").addEventListener("click", (event) => {
    event.preventDefault();
    send({ type: "navigate", href: byId("app-home").dataset.href ?? "/app" });
  });

  // The preview clock: every change reloads the admin, so the app renders at the new time.
  const setClock = async (body: Record<string, string | number>) => {
    const response = await fetch("/preview/clock", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) return toast(await response.text());
    location.reload();
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-shift-days]"))
    button.addEventListener("click", () => setClock({ shiftDays: Number(button.dataset.shiftDays) }));
  byId("clock-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (byId("clock-date") as HTMLInputElement).value;
    if (value) void setClock({ at: value });
  });
  byId("clock-reset").addEventListener("click", () => setClock({ reset: 1 }));
})();

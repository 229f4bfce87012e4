import { Link as RemixLink } from "@remix-run/react";
import type { AnchorHTMLAttributes, ReactNode } from "react";

interface Props extends AnchorHTMLAttributes<HTMLAnchorElement> {
  url: string;
  external?: boolean;
  children?: ReactNode;
}

/**
 * Polaris' links inside the portal (AppProvider's linkComponent): the portal's own pages navigate
 * with Remix, so the frame stays and nothing reloads; downloads, new windows and other addresses
 * stay plain anchors.
 */
export function PortalLink({ url, external, children, ...rest }: Props) {
  if (external || rest.target === "_blank" || rest.download || !url.startsWith("/developer")) {
    return (
      <a href={url} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <RemixLink to={url} {...rest}>
      {children}
    </RemixLink>
  );
}

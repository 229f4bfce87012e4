// The one layout every email shares (React Email: HTML and, from the same markup, plain text).
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

const page = {
  backgroundColor: "#f1f1f1",
  fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};
const card = {
  backgroundColor: "#ffffff",
  borderRadius: "12px",
  margin: "24px auto",
  maxWidth: "560px",
  padding: "24px",
};
const muted = { color: "#616161", fontSize: "12px", lineHeight: "18px" };

export interface Footer {
  /** Why the recipient gets this email ("You get this because ..."). */
  reason: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
}

/** An email: heading, body, and the footer with the reason and the unsubscribe link. */
export function Layout(props: { preview: string; heading: string; footer: Footer; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={{ ...muted, margin: 0 }}>Support Packs</Text>
          <Heading as="h1" style={{ fontSize: "20px", margin: "8px 0 16px" }}>
            {props.heading}
          </Heading>
          {props.children}
          <Hr style={{ margin: "24px 0 12px" }} />
          <Text style={muted}>
            {props.footer.reason}{" "}
            <Link href={props.footer.unsubscribeUrl}>Unsubscribe from these emails</Link> or{" "}
            <Link href={props.footer.preferencesUrl}>choose which emails you get</Link>.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph. */
export function P({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: "14px", lineHeight: "22px", margin: "0 0 12px" }}>{children}</Text>;
}

/** The email's one call to action. */
export function Action({ href, children }: { href: string; children: string }) {
  return (
    <Section style={{ margin: "16px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: "#303030",
          borderRadius: "8px",
          color: "#ffffff",
          fontSize: "14px",
          padding: "10px 16px",
        }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** Label and value lines ("Hours: 2.5 h"). */
export function Facts({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <Section style={{ margin: "0 0 12px" }}>
      {rows.map(([label, value]) => (
        <Text key={label} style={{ fontSize: "14px", lineHeight: "20px", margin: "0" }}>
          {label}: <strong>{value}</strong>
        </Text>
      ))}
    </Section>
  );
}

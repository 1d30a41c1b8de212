import { BrandedLayout } from "@/components/portal/branded-layout";

/** The public pages a client reaches from a reconnect e-mail: the brand, no console, no login. */
export default function ReconnectLayout({ children }: { children: React.ReactNode }) {
  return <BrandedLayout column="wide">{children}</BrandedLayout>;
}

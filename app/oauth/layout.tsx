import { BrandedLayout } from "@/components/portal/branded-layout";

/** Where OAuth round trips end when something went wrong: reachable by the admin and by clients using a reconnect link. */
export default function OAuthLayout({ children }: { children: React.ReactNode }) {
  return <BrandedLayout column="wide">{children}</BrandedLayout>;
}

import { BrandedLayout } from "@/components/portal/branded-layout";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <BrandedLayout column="narrow">{children}</BrandedLayout>;
}

import { BrandedLayout } from "@/components/portal/branded-layout";

export default function DataDeletionLayout({ children }: { children: React.ReactNode }) {
  return <BrandedLayout column="wide">{children}</BrandedLayout>;
}

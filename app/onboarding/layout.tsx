import { BrandedLayout } from "@/components/portal/branded-layout";

/** Public pages for prospective clients: the brand, no console shell. */
export default function OnboardingLayout({ children }: { children: React.ReactNode }) {
  return <BrandedLayout column="wide">{children}</BrandedLayout>;
}

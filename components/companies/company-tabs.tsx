import Link from "next/link";
import { cn } from "@/lib/utils";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/social", label: "Social accounts" },
] as const;

/** The company's sections as tabs (links, so each has its own URL). */
export function CompanyTabs({ companyId, current }: { companyId: string; current: "" | "/social" }) {
  return (
    <nav aria-label="Company sections" className="mb-6 flex gap-1 border-b">
      {TABS.map((tab) => (
        <Link
          key={tab.segment}
          href={`/companies/${companyId}${tab.segment}`}
          aria-current={tab.segment === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.segment === current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

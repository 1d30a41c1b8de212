import { Building2 } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/portal/empty-state";

export default function CompanyNotFound() {
  return (
    <EmptyState icon={Building2} title="Company not found">
      It may have been deleted, or the link is wrong.{" "}
      <Link href="/companies" className="font-medium text-primary hover:underline">
        Back to companies
      </Link>
    </EmptyState>
  );
}

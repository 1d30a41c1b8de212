import { Archive } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { CompanyStatus } from "@/lib/generated/prisma/enums";

export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  if (status === "ACTIVE") return <Badge variant="success">Active</Badge>;
  return (
    <Badge variant="secondary" data-testid="archived-badge">
      <Archive className="size-3" aria-hidden /> Archived
    </Badge>
  );
}

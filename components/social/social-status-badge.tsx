import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { DisplayStatus } from "@/lib/social/platforms";

const LOOK: Record<DisplayStatus, { label: string; variant: BadgeVariant }> = {
  connected: { label: "Connected", variant: "success" },
  expiring: { label: "Expiring", variant: "warning" },
  needs_reconnect: { label: "Needs reconnect", variant: "destructive" },
  disconnected: { label: "Disconnected", variant: "secondary" },
};

export function SocialStatusBadge({ status }: { status: DisplayStatus }) {
  const look = LOOK[status];
  return (
    <Badge variant={look.variant} data-testid="social-status">
      {look.label}
    </Badge>
  );
}

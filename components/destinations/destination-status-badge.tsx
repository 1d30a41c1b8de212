import { Badge } from "@/components/ui/badge";

export function DestinationStatusBadge({ status }: { status: "ACTIVE" | "DISABLED" }) {
  return status === "ACTIVE" ? <Badge variant="success">Active</Badge> : <Badge variant="destructive">Disabled</Badge>;
}

export const DESTINATION_TYPE_LABELS = { TELEGRAM: "Telegram", WEBHOOK: "Webhook", EMAIL: "E-mail" } as const;

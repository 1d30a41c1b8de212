import { RefreshCw } from "lucide-react";
import { syncCatalogAction } from "@/actions/services";
import { ActionButton } from "@/components/forms/action-button";

/** Copies the panel's catalog now; the toast says how many services were added, updated and deactivated. */
export function SyncCatalogButton({ variant }: { variant?: "default" | "outline" }) {
  return (
    <ActionButton action={syncCatalogAction} input={undefined} successMessage="Catalog synced." variant={variant}>
      <RefreshCw aria-hidden /> Sync catalog
    </ActionButton>
  );
}

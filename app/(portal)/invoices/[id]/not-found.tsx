import { FileText } from "lucide-react";
import { NotFoundState } from "@/components/portal/not-found-state";

export default function InvoiceNotFound() {
  return <NotFoundState icon={FileText} what="Invoice" back={{ href: "/invoices", label: "Back to invoices" }} />;
}

import { Building2 } from "lucide-react";
import { NotFoundState } from "@/components/portal/not-found-state";

export default function CompanyNotFound() {
  return <NotFoundState icon={Building2} what="Company" back={{ href: "/companies", label: "Back to companies" }} />;
}

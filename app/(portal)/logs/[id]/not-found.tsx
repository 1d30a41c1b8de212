import { Logs } from "lucide-react";
import { NotFoundState } from "@/components/portal/not-found-state";

export default function LogEntryNotFound() {
  return <NotFoundState icon={Logs} what="Log entry" back={{ href: "/logs", label: "Back to the integration log" }} />;
}

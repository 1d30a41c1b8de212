import { ShoppingCart } from "lucide-react";
import { NotFoundState } from "@/components/portal/not-found-state";

export default function OrderNotFound() {
  return <NotFoundState icon={ShoppingCart} what="Order" back={{ href: "/orders", label: "Back to orders" }} />;
}

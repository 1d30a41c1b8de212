import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILIES } from "./pdf-fonts";

// Embedded fonts with fallbacks (see pdf-fonts.ts); bold is a weight of the same families.
const BOLD = 700;
const MUTED = "#6b7280";
const RULE = "#e5e7eb";

export const STAMP_COLOR = { PAID: "#15803d", VOID: "#b91c1c" } as const;

export const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILIES, fontSize: 10, color: "#111827", paddingTop: 48, paddingBottom: 64, paddingHorizontal: 48 },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 32 },
  title: { fontWeight: BOLD, fontSize: 22, marginBottom: 4 },
  number: { fontSize: 12, color: MUTED },
  agencyName: { fontWeight: BOLD, fontSize: 12, marginBottom: 2, textAlign: "right" },
  agencyLine: { color: MUTED, textAlign: "right" },
  parties: { flexDirection: "row", justifyContent: "space-between", marginBottom: 28 },
  partyBlock: { width: "55%" },
  factsBlock: { width: "40%" },
  blockLabel: { fontWeight: BOLD, fontSize: 8, color: MUTED, textTransform: "uppercase", marginBottom: 4 },
  partyName: { fontWeight: BOLD, marginBottom: 2 },
  fact: { flexDirection: "row", justifyContent: "space-between", marginBottom: 2 },
  factLabel: { color: MUTED },
  table: { borderTopWidth: 1, borderTopColor: RULE },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: RULE, paddingVertical: 6, fontWeight: BOLD, fontSize: 9 },
  tableRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: RULE, paddingVertical: 6 },
  descriptionCell: { width: "52%", paddingRight: 8 },
  quantityCell: { width: "12%", textAlign: "right" },
  unitPriceCell: { width: "18%", textAlign: "right" },
  amountCell: { width: "18%", textAlign: "right" },
  totals: { flexDirection: "row", justifyContent: "flex-end", marginTop: 10 },
  totalLabel: { fontWeight: BOLD, fontSize: 12, marginRight: 16 },
  totalValue: { fontWeight: BOLD, fontSize: 12, width: 100, textAlign: "right" },
  note: { marginTop: 24, color: MUTED },
  footer: { position: "absolute", bottom: 32, left: 48, right: 48, fontSize: 8, color: MUTED, textAlign: "center" },
  // Centred in the header's free middle, between the title and the agency block.
  stampArea: { position: "absolute", top: 50, left: 0, right: 0, alignItems: "center" },
  stamp: {
    paddingVertical: 6,
    paddingHorizontal: 16,
    borderWidth: 3,
    borderRadius: 6,
    fontWeight: BOLD,
    fontSize: 30,
    opacity: 0.75,
    transform: "rotate(-18deg)",
  },
});

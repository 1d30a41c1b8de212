import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { InvoicePdfData, PdfParty } from "./invoice-pdf-data";
import { STAMP_COLOR, styles } from "./invoice-pdf-styles";

function PartyLines({ party }: { party: PdfParty }) {
  return (
    <>
      <Text style={styles.partyName}>{party.name}</Text>
      {party.lines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
    </>
  );
}

function StatusStamp({ status }: { status: InvoicePdfData["status"] }) {
  if (status === "ISSUED") return null;
  const color = STAMP_COLOR[status];
  return <Text style={[styles.stamp, { color, borderColor: color }]}>{status}</Text>;
}

/** One A4 invoice or credit note; long line lists flow onto further pages. */
export function InvoiceDocument({ data }: { data: InvoicePdfData }) {
  return (
    <Document
      title={`${data.title} ${data.number}`}
      author={data.agency.name}
      creator={data.agency.name}
      producer="Social Scale"
      creationDate={data.createdAt}
      modificationDate={data.modifiedAt}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>{data.title}</Text>
            <Text style={styles.number}>{data.number}</Text>
          </View>
          <View>
            <Text style={styles.agencyName}>{data.agency.name}</Text>
            {data.agency.lines.map((line, index) => (
              <Text key={index} style={styles.agencyLine}>
                {line}
              </Text>
            ))}
          </View>
        </View>

        <View style={styles.parties}>
          <View style={styles.partyBlock}>
            <Text style={styles.blockLabel}>Bill to</Text>
            <PartyLines party={data.billTo} />
          </View>
          <View style={styles.factsBlock}>
            {data.facts.map((fact) => (
              <View key={fact.label} style={styles.fact}>
                <Text style={styles.factLabel}>{fact.label}</Text>
                <Text>{fact.value}</Text>
              </View>
            ))}
          </View>
        </View>

        <View style={styles.table}>
          <View style={styles.tableHead} fixed>
            <Text style={styles.descriptionCell}>Description</Text>
            <Text style={styles.quantityCell}>Quantity</Text>
            <Text style={styles.unitPriceCell}>Unit price</Text>
            <Text style={styles.amountCell}>Amount</Text>
          </View>
          {data.lines.map((line, index) => (
            <View key={index} style={styles.tableRow} wrap={false}>
              <Text style={styles.descriptionCell}>{line.description}</Text>
              <Text style={styles.quantityCell}>{line.quantity}</Text>
              <Text style={styles.unitPriceCell}>{line.unitPrice}</Text>
              <Text style={styles.amountCell}>{line.amount}</Text>
            </View>
          ))}
        </View>

        <View style={styles.totals} wrap={false}>
          <Text style={styles.totalLabel}>{data.totalLabel}</Text>
          <Text style={styles.totalValue}>{data.total}</Text>
        </View>

        {data.note ? <Text style={styles.note}>{data.note}</Text> : null}
        <StatusStamp status={data.status} />
        {data.footer ? (
          <Text style={styles.footer} fixed>
            {data.footer}
          </Text>
        ) : null}
      </Page>
    </Document>
  );
}

import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import type { InvoicePdfData, PdfParty } from "./invoice-pdf-data";
import { invoiceWordBreaks } from "./line-breaks";
import { STAMP_COLOR, styles } from "./invoice-pdf-styles";

/** Every text of the document wraps the same way (see invoiceWordBreaks). */
function PdfText(props: ComponentProps<typeof Text>) {
  return <Text hyphenationCallback={invoiceWordBreaks} {...props} />;
}

function PartyLines({ party }: { party: PdfParty }) {
  return (
    <>
      <PdfText style={styles.partyName}>{party.name}</PdfText>
      {party.lines.map((line, index) => (
        <PdfText key={index}>{line}</PdfText>
      ))}
    </>
  );
}

function StatusStamp({ status }: { status: InvoicePdfData["status"] }) {
  if (status === "ISSUED") return null;
  const color = STAMP_COLOR[status];
  return (
    <View style={styles.stampArea} fixed>
      <PdfText style={[styles.stamp, { color, borderColor: color }]}>{status}</PdfText>
    </View>
  );
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
            <PdfText style={styles.title}>{data.title}</PdfText>
            <PdfText style={styles.number}>{data.number}</PdfText>
          </View>
          <View>
            <PdfText style={styles.agencyName}>{data.agency.name}</PdfText>
            {data.agency.lines.map((line, index) => (
              <PdfText key={index} style={styles.agencyLine}>
                {line}
              </PdfText>
            ))}
          </View>
        </View>

        <View style={styles.parties}>
          <View style={styles.partyBlock}>
            <PdfText style={styles.blockLabel}>Bill to</PdfText>
            <PartyLines party={data.billTo} />
          </View>
          <View style={styles.factsBlock}>
            {data.facts.map((fact) => (
              <View key={fact.label} style={styles.fact}>
                <PdfText style={styles.factLabel}>{fact.label}</PdfText>
                <PdfText>{fact.value}</PdfText>
              </View>
            ))}
          </View>
        </View>

        <View style={styles.table}>
          <View style={styles.tableHead} fixed>
            <PdfText style={styles.descriptionCell}>Description</PdfText>
            <PdfText style={styles.quantityCell}>Quantity</PdfText>
            <PdfText style={styles.unitPriceCell}>Unit price</PdfText>
            <PdfText style={styles.amountCell}>Amount</PdfText>
          </View>
          {data.lines.map((line, index) => (
            <View key={index} style={styles.tableRow} wrap={false}>
              <PdfText style={styles.descriptionCell}>{line.description}</PdfText>
              <PdfText style={styles.quantityCell}>{line.quantity}</PdfText>
              <PdfText style={styles.unitPriceCell}>{line.unitPrice}</PdfText>
              <PdfText style={styles.amountCell}>{line.amount}</PdfText>
            </View>
          ))}
        </View>

        <View style={styles.totals} wrap={false}>
          <PdfText style={styles.totalLabel}>{data.totalLabel}</PdfText>
          <PdfText style={styles.totalValue}>{data.total}</PdfText>
        </View>

        {data.note ? <PdfText style={styles.note}>{data.note}</PdfText> : null}
        <StatusStamp status={data.status} />
        {data.footer ? (
          <PdfText style={styles.footer} fixed>
            {data.footer}
          </PdfText>
        ) : null}
      </Page>
    </Document>
  );
}

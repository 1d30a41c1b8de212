import { SortableHead } from "@/components/portal/sortable-head";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SearchParams } from "@/lib/list-query";
import { formatMoney, toDecimal } from "@/lib/money";
import type { CatalogSort } from "@/lib/services/catalog-filter";
import type { CatalogRow } from "@/lib/services/catalog-queries";
import { NETWORK_LABELS } from "@/lib/services/network";
import { ServiceFlags } from "./service-flags";

const integer = new Intl.NumberFormat("en-US");

export function CatalogTable({
  rows,
  currency,
  pathname,
  params,
  sort,
}: {
  rows: CatalogRow[];
  currency: string;
  pathname: string;
  params: SearchParams;
  sort: CatalogSort;
}) {
  const sortProps = { pathname, params, sort };
  return (
    <Table data-testid="catalog-table">
      <TableHeader>
        <TableRow>
          <SortableHead label="ID" field="id" {...sortProps} />
          <SortableHead label="Name" field="name" {...sortProps} />
          <SortableHead label="Category" field="category" {...sortProps} />
          <TableHead>Type</TableHead>
          <SortableHead label={`Rate / 1000 ${currency}`} field="rate" {...sortProps} className="text-right" />
          <TableHead className="text-right">Min–max</TableHead>
          <TableHead>Features</TableHead>
          <TableHead className="text-right">Sell price / 1000</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((service) => (
          <TableRow key={service.id} data-testid={`service-${service.id}`}>
            <TableCell className="tabular-nums">{service.id}</TableCell>
            <TableCell className="min-w-48">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{service.name}</span>
                {service.active ? null : <Badge variant="warning">Inactive</Badge>}
              </div>
            </TableCell>
            <TableCell className="min-w-36">
              {service.category}
              <span className="block text-xs text-muted-foreground">{NETWORK_LABELS[service.network]}</span>
            </TableCell>
            <TableCell className="whitespace-nowrap">{service.type}</TableCell>
            <TableCell className="text-right tabular-nums">{toDecimal(service.ratePer1000).toFixed(5)}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">
              {integer.format(service.min)}–{integer.format(service.max)}
            </TableCell>
            <TableCell>
              <ServiceFlags refill={service.refill} cancel={service.cancel} dripfeed={service.dripfeed} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(service.sellPricePer1000, currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

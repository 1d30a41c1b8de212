"use client";

import type * as React from "react";
import { Select } from "./select";

/** A value and its label. A list of pairs rather than a record, so options keep their order whatever their values. */
export type SelectOption = readonly [value: string, label: string];

type Props = Omit<React.ComponentProps<"select">, "children"> & {
  options: readonly SelectOption[];
  /** A first option with the empty value (e.g. "All companies"), when the choice may be left open. */
  emptyLabel?: string;
};

/**
 * A native select whose options arrive as plain pairs. A client component on purpose: rendered
 * by a server page, a long list (every company) would travel in the RSC payload as one element
 * per option and be parsed back for the HTML on every request; as pairs it costs a fraction of
 * that, and the HTML is the same.
 */
export function OptionsSelect({ options, emptyLabel, ...props }: Props) {
  return (
    <Select {...props}>
      {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </Select>
  );
}

/** The panel answers batch calls (status, refill, refill_status, cancel) for at most this many ids. */
export const MAX_IDS_PER_BATCH = 100;

/**
 * The `orders=1,2,3` (or `refills=`) value for a batch call, duplicates dropped.
 * @throws RangeError when an id is not a positive integer or there are more than MAX_IDS_PER_BATCH:
 *   the caller must split the list, since the panel would refuse it.
 */
export function batchIdList(ids: readonly number[], what: string): string {
  const unique = [...new Set(ids)];
  const invalid = unique.find((id) => !Number.isSafeInteger(id) || id <= 0);
  if (invalid !== undefined) throw new RangeError(`${what} ids must be positive integers (got ${invalid})`);
  if (unique.length > MAX_IDS_PER_BATCH) {
    throw new RangeError(`At most ${MAX_IDS_PER_BATCH} ${what} ids per call (got ${unique.length}); split the list`);
  }
  return unique.join(",");
}

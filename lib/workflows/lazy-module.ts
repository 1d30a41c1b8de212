/**
 * A workflow's business module, loaded on its first run and kept: its code stays out of the
 * app's start-up, and a function that runs thousands of times (one per account) does not
 * resolve the module again on each run. A failed load is not kept: the next run tries again.
 */
export function lazyModule<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

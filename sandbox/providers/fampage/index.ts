import type { ProviderSimulator } from "../../core/provider-simulator";
import { createFampageApi } from "./api-router";
import { createFampageControl } from "./control-router";
import { FampageStore } from "./fampage-store";
import { fampageFaultBodies } from "./panel-messages";

export const fampageSimulator: ProviderSimulator = {
  name: "fampage",
  baseUrlEnvVar: "FAMPAGE_BASE_URL",
  faultBodies: fampageFaultBodies,
  humanPages: [],
  create(context) {
    const store = new FampageStore(() => context.clock.nowMs());
    const panel = { store, context };
    return {
      api: createFampageApi(panel),
      control: createFampageControl(panel),
      reset: () => store.clear(),
    };
  },
};

/** The panel's service types the console can order (the others are ordered on the panel itself). */
export const ORDERABLE_SERVICE_TYPES = ["Default", "Package", "Custom Comments", "Poll"] as const;

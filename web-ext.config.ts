import { defineWebExtConfig } from 'wxt';

// `npm run dev` must not try to open a browser on a machine without a display.
export default defineWebExtConfig({ disabled: true });

// Read by `cem analyze` (npm run build). The command line gives the globs and `--litelement`; this adds the plugin
// that reads the tag names from `defineElement(...)` calls.
import { defineElementPlugin } from './scripts/cem-define-element.mjs';

export default {
  plugins: [defineElementPlugin()],
};

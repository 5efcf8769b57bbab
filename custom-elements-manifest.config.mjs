// Read by `cem analyze` (npm run build). The command line gives the globs and `--litelement`; this adds the plugin
// that reads the tag names from `defineElement(...)` calls, and the one that types each attribute by its allowed values.
import { allowedValuesPlugin } from './scripts/cem-allowed-values.mjs';
import { defineElementPlugin } from './scripts/cem-define-element.mjs';

// The Lit plugin marks every property of a `static properties` block `privacy: "public"`; public is the default, and
// the manifest (and test/manifest.test.ts) reads a member with no privacy as public, as decorators left it.
const publicIsDefault = () => ({
  name: 'awareness-widgets: public is the default',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        for (const member of declaration.members ?? [])
          if (member.privacy === 'public') delete member.privacy;
      }
    }
  },
});

export default {
  plugins: [defineElementPlugin(), allowedValuesPlugin(), publicIsDefault()],
};

/**
 * Vue 3 typings: `import type {} from 'awareness-widgets/vue';` once in the app (or list `awareness-widgets/vue` in
 * tsconfig's `compilerOptions.types`) adds each tag to Vue's `GlobalComponents`, so `vue-tsc` checks templates:
 * every attribute by the values the element accepts, and `@aw-contact` and the other events with their detail.
 * Vue still needs `compilerOptions.isCustomElement: (tag) => tag.startsWith('aw-')` to leave the tags to the browser.
 */
import type { DefineComponent } from 'vue';
import type { AwarenessElements } from './attributes.js';

/** `onAwContact` and so on: the props that Vue's `@aw-contact` listeners are checked against. */
type VueEventProps<Events> = {
  [Name in keyof Events & string as `on${Capitalize<CamelCase<Name>>}`]?: (event: Events[Name]) => void;
};
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

/** `heading-level` as `headingLevel`: Vue's checker reads a kebab-case attribute as its camelCase prop. */
type CamelKeys<Attributes> = { [Name in keyof Attributes as CamelCase<Name & string>]: Attributes[Name] };

/** The props of each tag in a Vue template. */
export type AwarenessVueProps<Tag extends keyof AwarenessElements> = CamelKeys<
  AwarenessElements[Tag]['attributes']
> &
  VueEventProps<AwarenessElements[Tag]['events']>;

/** Each tag as Vue's type checker sees it. */
export type AwarenessVueComponents = {
  [Tag in keyof AwarenessElements]: DefineComponent<AwarenessVueProps<Tag>>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends AwarenessVueComponents {}
}

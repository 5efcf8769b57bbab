/**
 * JSX typings for Preact 11: `import type {} from 'awareness-widgets/preact';` once in the app (or list
 * `awareness-widgets/preact` in tsconfig's `compilerOptions.types`). The same attributes and `onaw-*` listeners as
 * the React typings (Preact adds a listener for each `on<event>` prop of a custom element, too).
 */
import type { HTMLAttributes } from 'preact';
import type { AwarenessElements, OnEventProps } from './attributes.js';

type AwarenessProps<Tag extends keyof AwarenessElements> = Omit<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  keyof AwarenessElements[Tag]['attributes']
> &
  AwarenessElements[Tag]['attributes'] &
  OnEventProps<AwarenessElements[Tag]['events']>;

/** The props of each tag in Preact's JSX. */
export type AwarenessPreactElements = { [Tag in keyof AwarenessElements]: AwarenessProps<Tag> };

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends AwarenessPreactElements {}
  }
}

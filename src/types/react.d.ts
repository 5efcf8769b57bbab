/**
 * JSX typings for React 19: `import type {} from 'awareness-widgets/react';` once in the app (or list
 * `awareness-widgets/react` in tsconfig's `compilerOptions.types`). Every attribute is typed by the values the element
 * accepts, and every `onaw-*` prop (React 19 adds it as a listener for the `aw-*` event) gets the event's detail.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AwarenessElements, OnEventProps } from './attributes.js';

type AwarenessProps<Tag extends keyof AwarenessElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>,
  keyof AwarenessElements[Tag]['attributes']
> &
  AwarenessElements[Tag]['attributes'] &
  OnEventProps<AwarenessElements[Tag]['events']>;

/** The props of each tag in React 19's JSX. */
export type AwarenessReactElements = { [Tag in keyof AwarenessElements]: AwarenessProps<Tag> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends AwarenessReactElements {}
  }
}

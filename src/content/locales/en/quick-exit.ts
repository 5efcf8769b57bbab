/** Words for `<aw-quick-exit>`. */
export const quickExit = {
  label: 'Leave this page',
  hint: 'Or press Shift 3 times.',
  /** Announced politely as Shift is pressed. */
  progress: (count: number) => `Shift pressed ${count} of 3 times.`,
};

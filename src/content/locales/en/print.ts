/**
 * The few words only paper needs (the print kit, `demo/print.html`): everything else on a print (titles, hotline
 * names, purposes, actions, numbers, figures and citations) is read from the same tables as the elements.
 */
const words = {
  checked: (date: string) => `Numbers checked on ${date}.`,
  scanWeb: 'Scan the code to open the website, or type:',
  scanText: 'Scan the code to start a text, or send it yourself:',
  localLabel: 'Local help',
  localNote: 'Added by the people who printed this notice. The national lines have not checked it.',
  sourceAddress: 'Read it at',
};

// In English a young reader gets the same words on paper; Spanish and French speak to them as "tú" and "tu".
export const print = { public: words, youth: words };

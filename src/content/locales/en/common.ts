/** Words every element uses. */
export const common = {
  source: 'Source',
  /** Between who a figure comes from and the document that quotes it: "NCMEC, as cited in …". */
  citedIn: 'as cited in',
  dataYear: (year: number) => `data from ${year}`,
  undated: 'date of data not given',
  estimate: 'Estimate',
};

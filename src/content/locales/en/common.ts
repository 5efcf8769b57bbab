/** Words every element uses. */
export const common = {
  source: 'Source',
  dataYear: (year: number) => `data from ${year}`,
  undated: 'date of data not given',
  estimate: 'Estimate',
};

import type { FactId } from '../../facts.js';
import type { FactText } from '../../types.js';

/**
 * The words of every built-in fact in English. Typed by `FactId`, so a new fact without English words does not
 * compile. Each sentence names the year of the data; none says "today" or "this year".
 */
export const facts: Record<FactId, FactText> = {
  'reports-2021': {
    figure: 'More than 17,200',
    sentence: 'In 2021, NCMEC got more than 17,200 reports about possible child sex trafficking.',
  },
  'every-state-2021': {
    figure: 'All 50 states',
    sentence:
      'By 2021, NCMEC had child sex trafficking reports from all 50 states. It also had reports from Washington, D.C., and Puerto Rico.',
  },
  'runaways-2021': {
    figure: '1 in 6',
    sentence:
      'In 2021, NCMEC got reports of more than 25,000 children who ran away. 1 in 6 were likely victims of child sex trafficking.',
  },
  'child-welfare-runaways-2021': {
    figure: '19%',
    sentence:
      'In 2021, NCMEC got reports of children who ran away from foster care or other child welfare care. Of them, 19% were likely child sex trafficking victims.',
  },
  'missing-entries-2022': {
    figure: '359,094',
    sentence:
      "In 2022, there were 359,094 entries for missing children in the FBI's national crime database.",
  },
  'reports-2019': {
    figure: 'More than 10,700',
    sentence:
      'In 2019, NCMEC got more than 10,700 reports of possible sex trafficking and shared them with law enforcement.',
  },
  'runaways-2019': {
    figure: '1 in 6',
    sentence:
      'In 2019, NCMEC got reports of more than 26,300 children who ran away and were in danger. 1 in 6 were likely victims of child sex trafficking.',
  },
  'average-age-2019': {
    figure: 'Age 15',
    sentence:
      'In 2019, some children reported missing to NCMEC were victims of child sex trafficking. On average, they were 15.',
  },
  'reports-2015': {
    figure: 'About 11,800',
    sentence: 'In 2015, NCMEC helped with about 11,800 reports of possible child sex trafficking.',
  },
  'runaways-2015': {
    figure: '1 in 5',
    sentence:
      'In 2015, NCMEC got reports of children who ran away and were in danger. 1 in 5 were likely victims of child sex trafficking.',
  },
  'likely-victims-in-care-2015': {
    figure: '74%',
    sentence:
      'In 2015, NCMEC got reports of children who ran away and were in danger. 1 in 5 were likely victims of child sex trafficking. Most of them, 74%, were in foster care or in the care of social services when they went missing.',
  },
  'average-age-2015': {
    figure: 'Age 15 and a half',
    sentence:
      'In 2015, some children reported missing to NCMEC were victims of child sex trafficking. On average, they were 15 and a half.',
  },
  'boys-2015': {
    figure: '4.3%',
    sentence:
      'In 2015, boys were 4.3% of the child sex trafficking victims known to NCMEC. In the past, boys were less than 1%.',
  },
  'children-exploited-estimate': {
    figure: 'At least 100,000',
    sentence:
      'Each year, by NCMEC’s estimate, 100,000 or more children in the U.S. are sexually exploited for money or other gain. This is an estimate. Experts do not agree on it.',
  },
};

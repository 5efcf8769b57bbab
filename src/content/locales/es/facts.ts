import type { Messages } from '../index.js';

/** Las palabras de cada dato en español. Cada oración dice el año de los datos, nunca "hoy" ni "este año". */
export const facts: Messages['facts'] = {
  'reports-2021': {
    figure: 'Más de 17,200',
    sentence: 'En 2021, el NCMEC recibió más de 17,200 reportes de posible trata sexual de menores.',
  },
  'every-state-2021': {
    figure: 'Los 50 estados',
    sentence:
      'Hasta 2021, el NCMEC había recibido reportes de trata sexual de menores de los 50 estados, Washington D.C. y Puerto Rico.',
  },
  'runaways-2021': {
    figure: '1 de cada 6',
    sentence:
      'En 2021, el NCMEC recibió reportes de más de 25,000 menores que se habían escapado. 1 de cada 6 probablemente fue víctima de trata sexual.',
  },
  'child-welfare-runaways-2021': {
    figure: '19%',
    sentence:
      'En 2021, el NCMEC recibió reportes de menores que se escaparon de un hogar de crianza u otro cuidado de protección infantil. El 19% probablemente fue víctima de trata sexual.',
  },
  'missing-entries-2022': {
    figure: '359,094',
    sentence:
      'En 2022, la base de datos nacional del FBI sobre delitos tenía 359,094 registros de menores desaparecidos.',
  },
  'reports-2019': {
    figure: 'Más de 10,700',
    sentence:
      'En 2019, el NCMEC recibió más de 10,700 reportes de posible trata sexual y los compartió con las autoridades.',
  },
  'runaways-2019': {
    figure: '1 de cada 6',
    sentence:
      'En 2019, el NCMEC recibió reportes de más de 26,300 menores que se habían escapado y estaban en peligro. 1 de cada 6 probablemente fue víctima de trata sexual.',
  },
  'average-age-2019': {
    figure: '15 años',
    sentence:
      'En 2019, las víctimas de trata sexual reportadas como desaparecidas al NCMEC tenían 15 años en promedio.',
  },
  'reports-2015': {
    figure: 'Unos 11,800',
    sentence: 'En 2015, el NCMEC ayudó con unos 11,800 reportes de posible trata sexual de menores.',
  },
  'runaways-2015': {
    figure: '1 de cada 5',
    sentence:
      'En 2015, el NCMEC recibió reportes de menores que se habían escapado y estaban en peligro. 1 de cada 5 probablemente fue víctima de trata sexual.',
  },
  'likely-victims-in-care-2015': {
    figure: '74%',
    sentence:
      'En 2015, el NCMEC recibió reportes de menores que se habían escapado y estaban en peligro. 1 de cada 5 probablemente fue víctima de trata sexual. La mayoría de ellos, el 74%, estaba en un hogar de crianza o bajo el cuidado de servicios sociales cuando desapareció.',
  },
  'average-age-2015': {
    figure: '15 años y medio',
    sentence:
      'En 2015, las víctimas de trata sexual reportadas como desaparecidas al NCMEC tenían 15 años y medio en promedio.',
  },
  'boys-2015': {
    figure: '4.3%',
    sentence:
      'En 2015, los niños varones eran el 4.3% de las víctimas de trata sexual de menores que conocía el NCMEC. Antes, eran menos del 1%.',
  },
  'children-exploited-estimate': {
    figure: 'Al menos 100,000',
    sentence:
      'El NCMEC ha calculado que al menos 100,000 menores en EE. UU. sufren explotación sexual comercial cada año. Es una estimación, y los expertos no coinciden.',
  },
};

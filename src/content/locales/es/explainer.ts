import type { Messages } from '../index.js';

export const explainer: Messages['explainer'] = {
  framing: {
    parent:
      'No todas las señales aparecen, y ninguna señal por sí sola prueba nada. Cada una es un motivo para preguntar con cariño.',
    educator:
      'No todas las señales aparecen, y ninguna señal por sí sola prueba nada. Cada una es un motivo para preguntar con cariño.',
    youth: 'Una sola señal no prueba nada. Si algo no se siente bien, habla con alguien.',
  },
  expandAll: 'Abrir todo',
  collapseAll: 'Cerrar todo',
  expandAllLabel: (set: string) => `Abrir todo: ${set}`,
  collapseAllLabel: (set: string) => `Cerrar todo: ${set}`,
  myth: 'Mito:',
  fact: 'Realidad:',
  whatToDo: {
    parent: {
      title: 'Qué hacer',
      steps: {
        talk: 'Hable con calma. Escuche, sin juzgar ni culpar.',
        noConfront: 'No confronte a quien crea que es un tratante.',
        missing: 'Si su hijo o hija desapareció, llame a la policía y luego a NCMEC.',
        hotline: 'Comuníquese con la línea de ayuda. No hace falta tener certeza.',
      },
    },
    educator: {
      title: 'Qué hacer',
      steps: {
        school:
          'Siga los pasos de su escuela para reportar. Puede ser una persona obligada a reportar (mandated reporter).',
        talk: 'Hable con el estudiante en privado, sin juzgar.',
        noConfront: 'No confronte a quien crea que es un tratante, ni investigue por su cuenta.',
        hotline: 'Comuníquese con la línea de ayuda. No necesita pruebas.',
      },
    },
    youth: {
      title: 'Lo que puedes hacer',
      steps: {
        notYourFault: 'No es tu culpa. No estás en problemas.',
        talk: 'Habla con un adulto de confianza, como tu mamá, tu papá o un maestro.',
        noConfront: 'No enfrentes solo a esa persona. Busca ayuda.',
        hotline: 'Puedes llamar o mandar un texto a la línea de ayuda cuando quieras. Es gratis y privado.',
      },
    },
  },
  contactsLabel: 'Dónde pedir ayuda',
};

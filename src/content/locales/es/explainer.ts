import type { Messages } from '../index.js';

export const explainer: Messages['explainer'] = {
  framing: {
    parent:
      'No todas las señales aparecen en cada caso, y ninguna señal por sí sola prueba nada. Una señal es una razón para hacer una pregunta con cariño, no un examen.',
    educator:
      'No todas las señales aparecen en cada caso, y ninguna señal por sí sola prueba nada. Una señal es una razón para hacer una pregunta con cariño y seguir los pasos de su escuela, no un examen.',
    youth:
      'Una sola señal no quiere decir que algo malo esté pasando. Pero si algo no se siente bien, confía en lo que sientes y habla con alguien.',
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
        talk: 'Hable con su hijo o hija con calma. Escuche, sin juzgar ni culpar.',
        noConfront:
          'No confronte a la persona que cree que es un tratante. Eso puede poner al menor en más peligro.',
        missing: 'Si su hijo o hija desapareció, llame a la policía y luego a NCMEC.',
        hotline:
          'Comuníquese con la línea de ayuda para pedir consejo o hacer un reporte. No hace falta tener certeza.',
      },
    },
    educator: {
      title: 'Qué hacer',
      steps: {
        school:
          'Siga los pasos de su escuela para reportar. Como persona obligada a reportar (mandated reporter), quizás deba avisar a protección infantil o a la policía.',
        talk: 'Hable con el estudiante en privado y sin juzgar. Escuche más de lo que pregunta.',
        noConfront: 'No confronte a la persona que cree que es un tratante, y no investigue por su cuenta.',
        hotline:
          'Comuníquese con la línea de ayuda para pedir consejo o hacer un reporte. No necesita pruebas.',
      },
    },
    youth: {
      title: 'Lo que puedes hacer',
      steps: {
        notYourFault: 'No es tu culpa, y no estás en problemas.',
        talk: 'Habla con un adulto de confianza, como tu mamá o tu papá, un maestro, un entrenador o un consejero de la escuela.',
        noConfront: 'No enfrentes solo a esa persona. Aléjate y busca ayuda.',
        hotline: 'Puedes llamar o mandar un texto a la línea de ayuda a cualquier hora. Es gratis y privado.',
      },
    },
  },
  contactsLabel: 'Dónde pedir ayuda',
};

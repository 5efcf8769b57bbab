import type { Messages } from '../index.js';

export const explainer: Messages['explainer'] = {
  framing: {
    parent:
      'No todas las señales aparecen, y ninguna señal por sí sola prueba nada. Cada una es un motivo para preguntar con cariño. Nunca es culpa del menor.',
    educator:
      'No todas las señales aparecen, y ninguna señal por sí sola prueba nada. Cada una es un motivo para preguntar con cariño. Nunca es culpa del menor.',
    youth:
      'Ninguna señal por sí sola prueba nada. Si algo no se siente bien, habla con alguien. Nunca es tu culpa.',
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
        disclosure:
          'Si un menor le cuenta algo, créale y mantenga la calma. No insista en los detalles ni prometa guardar el secreto.',
        noConfront: 'No confronte a quien crea que es un tratante.',
        missingNcmec: 'Si su hijo o hija desapareció, llame a la policía y luego a NCMEC.',
        missing: 'Si su hijo o hija desapareció, llame a la policía de inmediato.',
        hotline: 'Comuníquese con la línea de ayuda. No hace falta tener certeza.',
        services: 'Comuníquese con uno de los servicios de abajo. No hace falta tener certeza.',
      },
    },
    educator: {
      title: 'Qué hacer',
      steps: {
        mandatedReporter: 'Siga los pasos de su escuela para reportar. La ley puede obligarle a reportar.',
        school: 'Siga los pasos de protección infantil de su escuela. Avise a la persona a cargo de ellos.',
        talk: 'Hable con el estudiante en privado, sin juzgar.',
        disclosure:
          'Si un estudiante le cuenta algo, créale y mantenga la calma. No insista en los detalles ni prometa guardar el secreto.',
        noConfront: 'No confronte a quien crea que es un tratante, ni investigue por su cuenta.',
        hotline: 'Comuníquese con la línea de ayuda. No hace falta tener certeza.',
        services: 'Comuníquese con uno de los servicios de abajo. No hace falta tener certeza.',
      },
    },
    youth: {
      title: 'Lo que puedes hacer',
      steps: {
        notYourFault: 'No es tu culpa.',
        talk: 'Habla con un adulto de confianza: uno de tus padres, un maestro, un consejero escolar, un entrenador o un familiar.',
        noConfront: 'No enfrentes solo a esa persona. Busca ayuda.',
        callOrText: 'Puedes llamar o escribir a la línea de ayuda. Tú decides qué contar.',
        reachOut: 'Puedes comunicarte con uno de los servicios de abajo. Tú decides qué contar.',
      },
    },
  },
  contactsLabel: 'Pedir ayuda',
};

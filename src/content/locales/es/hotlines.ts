import type { Messages } from '../index.js';

/** Every emergency number is shown as one line ("In an emergency, call 911"): one name serves them all. */
const emergency = { name: 'Emergencias' };

/** Para familias en EE. UU.: "usted" para los adultos, "tú" cuando se habla con la persona joven. */
export const hotlines: Messages['hotlines'] = {
  entries: {
    'national-human-trafficking-hotline': {
      name: 'Línea Nacional contra la Trata de Personas',
      purpose:
        'Para cualquier persona que necesite ayuda o quiera reportar una sospecha de trata. No tiene que dar su nombre. Pueden avisar a la policía si la ley lo exige o si alguien corre peligro.',
      youthPurpose:
        'Una persona capacitada responde llamadas, mensajes de texto y chats. No tienes que dar tu nombre. Si creen que abusan de un menor o que alguien puede salir lastimado, avisan a las autoridades.',
    },
    ncmec: {
      name: 'Centro Nacional para Niños Desaparecidos y Explotados (NCMEC)',
      purpose:
        'Reporte a un menor desaparecido o que se escapó, o una sospecha de trata sexual de menores. NCMEC trabaja con las familias y la policía para encontrar a menores desaparecidos.',
      youthPurpose:
        'Esta línea es para un menor desaparecido o que se fue de casa. Puede ser tu caso o el de un amigo. NCMEC trabaja con las familias y la policía para encontrar a menores desaparecidos. Lo que cuentes puede llegar a la policía.',
    },
    cybertipline: {
      name: 'CyberTipline de NCMEC',
      purpose:
        'Reporte el abuso sexual de un menor en internet, por ejemplo, si lo ofrecen a cambio de actos sexuales. No tiene que dar su nombre. Los reportes se envían a la policía.',
      youthPurpose:
        'Si alguien en internet te pide fotos sexuales, te amenaza o quiere venderte para actos sexuales, repórtalo aquí. No tienes que dar tu nombre. Los reportes se envían a la policía.',
    },
    'us-emergency': emergency,
    'canadian-human-trafficking-hotline': {
      // The hotline publishes no Spanish name: its English name, with a short gloss (issue 11).
      name: 'Canadian Human Trafficking Hotline (línea canadiense contra la trata de personas)',
      purpose:
        'Para cualquier persona en Canadá que necesite ayuda o quiera reportar una sospecha de trata. No tiene que dar su nombre.',
      youthPurpose:
        'Responde una persona capacitada. No tienes que dar tu nombre. Si creen que abusan de una persona joven o que alguien puede salir lastimado, avisan a la policía.',
    },
    'cybertip-ca': {
      name: 'Cybertip.ca',
      purpose:
        'En Canadá, reporte el abuso sexual de un menor en internet. No tiene que dar su nombre. Los reportes de un posible delito se envían a la policía.',
      youthPurpose:
        'Si alguien en internet te pide fotos sexuales, te amenaza o quiere venderte para actos sexuales, repórtalo aquí. No tienes que dar tu nombre. Los reportes de un posible delito se envían a la policía.',
    },
    'ca-emergency': emergency,
    'modern-slavery-helpline': {
      name: 'Modern Slavery & Exploitation Helpline',
      purpose:
        'Para cualquier persona en el Reino Unido que necesite ayuda o quiera reportar una sospecha de trata o explotación. Puede hacerlo de forma anónima.',
      youthPurpose:
        'Responde una persona capacitada. No tienes que dar tu nombre. Si tienes menos de 18 años y estás en peligro, comparten tus datos para protegerte. Lo hacen aunque digas que no.',
    },
    childline: {
      name: 'Childline',
      purpose: 'Para niños, niñas y jóvenes del Reino Unido, hasta los 19 años. La llamada es gratis.',
      youthPurpose:
        'Te escucha un consejero. La llamada es gratis. Puedes usar un nombre inventado. Para chatear en línea, creas una cuenta. Childline guarda en privado lo que cuentas, salvo si cree que una vida está en peligro. Antes intenta hablarlo contigo.',
    },
    'nspcc-helpline': {
      name: 'NSPCC Helpline',
      purpose: 'Para adultos del Reino Unido preocupados por un niño o niña.',
      youthPurpose: 'Para adultos del Reino Unido preocupados por un niño o niña.',
    },
    'gb-emergency': emergency,
    'au-emergency': emergency,
    'nz-emergency': emergency,
    'oranga-tamariki': {
      name: 'Oranga Tamariki (Ministerio de la Niñez de Nueva Zelanda)',
      purpose:
        'Para cualquier persona en Nueva Zelanda preocupada por un niño o niña. Llame para reportarlo.',
      youthPurpose:
        'Cualquiera que se preocupe por un niño o joven puede llamar. También tú. Pueden ofrecer ayuda o investigar el caso, a veces junto con la policía.',
    },
    'ie-emergency': emergency,
    'mx-emergency': emergency,
    'kids-helpline': {
      name: 'Kids Helpline',
      purpose: 'Para niños y jóvenes de Australia que necesitan hablar con un consejero.',
      youthPurpose:
        'Habla con un consejero. La llamada es gratis y privada, salvo si lastiman a un menor o corre un riesgo grave.',
    },
    'accce-report': {
      name: 'Australian Centre to Counter Child Exploitation (ACCCE)',
      purpose:
        'Reporte el abuso sexual de un menor en internet, como el acoso o la sextorsión. Lo revisa un centro policial.',
      youthPurpose:
        '¿Alguien en internet te pide fotos sexuales o te amenaza? Puedes reportarlo aquí. La policía lo revisa.',
    },
    'garda-confidential-line': {
      name: 'Garda Confidential Line',
      purpose:
        'Dé a la Garda (policía de Irlanda) información sobre un delito, como la trata, de forma confidencial.',
      youthPurpose: 'Cuéntale a la Garda (policía de Irlanda) sobre un delito, como la trata.',
    },
    'afp-human-trafficking': {
      name: 'Australian Federal Police (AFP)',
      purpose:
        'Si usted es víctima de trata o esclavitud, o conoce a una víctima, avise a la policía federal.',
      youthPurpose:
        '¿Alguien te vende a ti o a un amigo para actos sexuales o para trabajar? Puedes avisar a la policía federal.',
    },
    'dia-report': {
      name: 'Department of Internal Affairs (DIA)',
      purpose:
        'Reporte imágenes o videos sexuales de un menor que encuentre en internet. Un investigador revisa cada reporte.',
      youthPurpose:
        '¿Viste imágenes sexuales de un menor en internet, o tuyas? Puedes reportarlas aquí. Un investigador revisa cada reporte y puede actuar contra quienes las comparten.',
    },
    'child-helpline-international': {
      name: 'Child Helpline International',
      purpose: 'Una lista de líneas de ayuda para niños en muchos países. Busque la de su país.',
      youthPurpose: 'Busca una línea de ayuda para jóvenes en tu país.',
    },
  },
  label: 'Pedir ayuda',
  title: '¿Le preocupa un niño o niña? Pida ayuda.',
  intro: 'Hay personas capacitadas que pueden ayudar. No hace falta tener certeza.',
  youthTitle: 'Puedes pedir ayuda',
  youthIntro:
    'No es tu culpa. Tú decides qué contar. Si alguien corre peligro, quizá tengan que avisar a quienes deben protegerte.',
  youthTraces:
    'Tu teléfono guarda la lista de llamadas y mensajes, y el navegador guarda esta página en el historial. Salir rápido de esta página no los borra.',
  actions: {
    call: 'Llame al',
    textKeywords: (keywords: string) => `Envíe ${keywords} por mensaje de texto al`,
    web: {
      'chat-and-report': 'Chatee o reporte en línea:',
      chat: 'Chatee en línea:',
      report: 'Reporte en línea:',
      directory: 'Busque una línea de ayuda en su país:',
    },
    tty: 'Si usa TTY, marque el',
    emergency: 'En una emergencia, llame al',
  },
  youthActions: {
    call: 'Llama al',
    textKeywords: (keywords: string) => `Envía ${keywords} por mensaje de texto al`,
    web: {
      'chat-and-report': 'Chatea o reporta en línea:',
      chat: 'Chatea en línea:',
      report: 'Reporta en línea:',
      directory: 'Busca una línea de ayuda en tu país:',
    },
    tty: 'Si usas TTY, marca el',
    emergency: 'En una emergencia, llama al',
  },
  or: 'o',
  hours: {
    '24/7': 'Abierto a toda hora, todos los días.',
    // Impersonal on purpose: this line is shown to adults (usted) and to young readers (tú).
    online: 'Se puede reportar en línea a cualquier hora.',
  },
  manyLanguages: 'Ayuda en muchos idiomas.',
  localEmergency: 'En una emergencia, llame al número de emergencias de su país.',
  youthLocalEmergency:
    'En una emergencia, llama al número de emergencias de tu país. Pueden enviar a la policía.',
  copy: 'Copiar',
  copyLabel: (number: string) => `Copiar el número ${number}`,
  copied: (number: string) => `Se copió el ${number}.`,
  copyFailed: (number: string) => `No se pudo copiar. El número es ${number}.`,
  dismiss: 'Cerrar el aviso de ayuda',
  showAll: 'Todas las formas de pedir ayuda',
  // Impersonal: shown to adults (usted) and to young readers (tú).
  localLabel: 'Ayuda de este sitio web',
  localNote: 'Este sitio web los agregó. No se verificaron como los demás contactos.',
};

import type { Messages } from '../index.js';

/**
 * Spanish for `<aw-indicator-explainer>`'s sets: plain words for families in the U.S. Adults are addressed as
 * "usted", a young reader as "tú". "Tratante", "comprador", "víctima": never words that blame a child.
 */
export const signs: Messages['signs'] = {
  sets: {
    'warning-signs': {
      title: 'Señales de alerta de la trata sexual de menores',
      lead: 'NCMEC y la línea de ayuda suelen mencionar estas señales de que un menor puede no estar a salvo.',
      youthTitle: 'Señales de que alguien te puede estar usando',
      youthLead:
        'Quienes hacen daño a los jóvenes suelen empezar siendo muy amables. Fíjate en cómo te trata alguien.',
    },
    vulnerabilities: {
      title: 'A quién buscan los tratantes',
      lead: 'Cualquier menor puede ser víctima, sobre todo si tiene menos apoyo. Nunca es culpa del menor.',
      youthTitle: 'A quién buscan los tratantes',
      youthLead: 'A cualquier joven le puede pasar, sobre todo si tiene menos apoyo. Nunca es tu culpa.',
    },
    grooming: {
      title: 'Cómo ganan su confianza',
      lead: 'A la mayoría de los menores no se los lleva un desconocido. Alguien se gana su confianza primero (“grooming”), por internet o en persona.',
      youthTitle: 'Cómo alguien puede intentar atraparte',
      youthLead:
        'A la mayoría de los jóvenes no se los lleva un desconocido. Primero alguien se gana su confianza.',
    },
    forms: {
      title: 'Formas de trata sexual de menores',
      lead: 'Puede ser distinta en cada caso.',
      youthTitle: 'Formas de trata sexual de menores',
      youthLead: 'Puede ser distinta en cada caso.',
    },
    myths: {
      title: 'Mitos y realidades',
      lead: 'Las historias que asustan en internet distraen de los menores en peligro real.',
      youthTitle: 'Mitos y realidades',
      youthLead: 'Algunas historias de internet no son ciertas.',
    },
  },

  groups: {
    'home-school': 'En casa y en la escuela',
    online: 'En internet',
    physical: 'El cuerpo y la salud',
    'money-belongings': 'Dinero y cosas',
    'what-they-say': 'Lo que dice',
    'too-close-too-fast': 'Alguien se acerca demasiado rápido',
    'taking-control': 'Alguien toma el control',
    societal: 'En la comunidad',
    family: 'En la familia',
    individual: 'En la vida del menor',
    'how-it-unfolds': 'Cómo sucede',
    'what-helps': 'Qué ayuda',
    'forms-of-trafficking': 'Formas',
    'myths-and-facts': 'Mitos y realidades',
  },

  items: {
    'runs-away': {
      title: 'Se escapa de casa con frecuencia',
      body: 'Puede estar huyendo de un peligro o yendo hacia alguien peligroso. No es mala conducta.',
    },
    'older-friend': {
      title: 'Un novio o amigo mayor en secreto',
      body: 'No quiere decir quién es, o se molesta si usted pregunta.',
    },
    'pulls-away': {
      title: 'Se aleja de su familia y sus amigos',
      body: 'Los tratantes separan al menor de quienes lo quieren.',
    },
    'online-friend': {
      title: 'Un amigo nuevo de internet que quiere verse en persona',
      body: 'Alguien de un juego o una aplicación le da mucha atención. Puede que esconda los mensajes.',
    },
    injuries: {
      title: 'Señales de maltrato físico',
      body: 'Moretones, quemaduras u otras heridas que no puede o no quiere explicar.',
    },
    tattoos: {
      title: 'Tatuajes o marcas que no quiere explicar',
      body: 'Como un nombre o “daddy” (papi). Los tratantes los usan para marcar al menor como “suyo”.',
    },
    'new-things': {
      title: 'Cosas nuevas sin una razón clara',
      body: 'Ropa, teléfonos, uñas o dinero, sin una buena respuesta sobre de dónde salieron.',
    },
    'hotel-keys': {
      title: 'Llaves o tarjetas de hotel',
      body: 'Llaves o tarjetas de cuartos, sin una razón clara.',
    },
    'no-id': {
      title: 'Otra persona guarda su identificación',
      body: 'No tiene su propia identificación ni sus documentos.',
    },
    'the-life': {
      title: 'Habla de “la vida”, de cuotas o de un “daddy”',
      body: 'Palabras como “la vida” (“the life”) pueden indicar que alguien lo controla.',
    },
    coached: {
      title: 'Parece que le dijeron qué decir',
      body: 'Su historia suena ensayada, u otra persona habla por él o ella.',
    },
    'lost-place': {
      title: 'No sabe dónde está',
      body: 'No puede decir en qué ciudad está ni dónde se queda.',
    },

    'youth-secrets': {
      title: 'Alguien te pide que guardes secretos',
      body: 'Las personas seguras no te piden esconder mensajes, regalos o planes.',
    },
    'youth-gifts': {
      title: 'Alguien te da regalos y luego dice que le debes',
      body: 'Después dice que tienes que hacer cosas para pagarle.',
    },
    'youth-place-to-stay': {
      title: 'Alguien te ofrece un lugar donde quedarte',
      body: 'Si alguien que acabas de conocer te ofrece cama, comida o transporte, puede pedirte algo a cambio.',
    },
    'youth-meet': {
      title: 'Alguien que conociste en internet quiere verte',
      body: 'O quiere que te vayas de tu casa para estar con él o ella.',
    },
    'youth-older-partner': {
      title: 'Un novio o una novia mucho mayor',
      body: 'Dice que te ama, pero quiere alejarte de tu familia y tus amigos.',
    },
    'youth-id-phone': {
      title: 'Alguien te quita tu identificación o tu teléfono',
      body: 'Luego decide a dónde vas y con quién hablas.',
    },
    'youth-what-to-say': {
      title: 'Alguien te dice qué decir',
      body: 'Como qué decirle a la policía o a los médicos. Dice que nadie te va a creer.',
    },
    'youth-money': {
      title: 'Alguien quiere que ganes dinero para él o ella',
      body: 'Habla de una cuota o de “la vida”, o quiere que le digas “daddy” (papi).',
    },
    'youth-threats': {
      title: 'Alguien te amenaza',
      body: 'Te hace daño o amenaza con hacértelo a ti o a quienes quieres. No es tu culpa.',
    },

    homelessness: {
      title: 'No tener un lugar seguro donde vivir',
      body: 'Los tratantes ofrecen comida y cama a menores sin hogar para controlarlos.',
    },
    'pushed-aside': {
      title: 'Ser excluido',
      body: 'Los tratantes buscan a menores que otros dejan de lado.',
    },
    'online-reach': {
      title: 'Tiempo en internet sin apoyo',
      body: 'Los tratantes pueden ganarse a un menor por internet, incluso en su propia casa.',
    },
    'child-welfare': {
      title: 'Hogares de crianza y servicios de protección',
      body: 'Los menores en hogares de crianza (foster care) suelen tener pocos adultos estables. Muchos que se escapan se vuelven blanco de tratantes.',
    },
    'family-rejection': {
      title: 'Rechazo de la familia',
      body: 'Los jóvenes LGBTQ+ rechazados por su familia pueden quedarse sin hogar.',
    },
    'few-safe-adults': {
      title: 'Pocos adultos en quienes confiar',
      body: 'Menos personas notan cuando algo anda mal. Los tratantes llenan ese vacío con un cariño falso.',
    },
    'past-abuse': {
      title: 'Abuso en el pasado',
      body: 'Muchos menores víctimas de trata sufrieron abuso sexual antes. Los tratantes usan esa vergüenza para que no hablen.',
    },
    'ran-away-before': {
      title: 'Haberse escapado antes',
      body: 'Es una de las señales de riesgo más fuertes: una razón para acercarse, no para culpar.',
    },
    lonely: {
      title: 'Sentirse solo o triste',
      body: 'Todos los menores se sienten así a veces. Los tratantes lo notan y fingen ayudar.',
    },

    'online-grooming': {
      title: 'Grooming por internet',
      body: 'Un adulto se gana a un menor por internet con elogios y regalos, y luego le pide verse. Algunos menores se van de casa para ir a su encuentro.',
    },
    'street-grooming': {
      title: 'Grooming en la calle',
      body: 'Un tratante le ofrece comida y cama a un menor que se escapó, y luego usa esas necesidades para controlarlo.',
    },
    'false-promises': {
      title: 'Promesas de amor y seguridad',
      body: 'Los tratantes se presentan como novio, novia o adulto que cuida, y prometen una vida mejor. Puede que el menor no lo vea como trata.',
    },
    control: {
      title: 'Cómo crece el control',
      body: 'Se mezclan pequeños premios con amenazas y violencia. El menor puede sentir amor y miedo por el tratante a la vez. No es su culpa.',
    },
    'where-they-look': {
      title: 'Dónde buscan a los menores',
      body: 'Cerca de escuelas y hogares grupales, en centros comerciales, estaciones de autobús y redes sociales.',
    },
    'adult-can-do': {
      title: 'Lo que puede hacer un adulto de confianza',
      body: 'Hable con calma sobre la vida en internet, sin avergonzar. Pregunte con quién habla. Hágale saber que siempre puede acudir a usted.',
    },

    'youth-online-grooming': {
      title: 'Puede empezar en internet',
      body: 'Alguien te da mucha atención y regalos. Luego te pide secretos, verse o que te vayas de tu casa.',
    },
    'youth-street-grooming': {
      title: 'Puede empezar cuando estás lejos de casa',
      body: 'Si te fuiste de casa, alguien puede ofrecerte comida, cama o transporte, y luego usarlo para controlarte.',
    },
    'youth-looks-like-love': {
      title: 'Puede parecer amor',
      body: 'Luego llegan las reglas, las amenazas o los golpes. El amor no viene con miedo.',
    },
    'youth-someone-you-know': {
      title: 'Puede ser alguien que conoces',
      body: 'Un amigo, alguien con quien sales o hasta alguien de tu familia.',
    },
    'youth-can-do': {
      title: 'Lo que puedes hacer',
      body: 'Cuéntaselo a un adulto de confianza, o llama o manda un texto a la línea de ayuda. No te vas a meter en problemas. No te toca arreglar esto solo.',
    },

    'what-it-is': {
      title: 'Qué es la trata sexual de menores',
      body: 'Es abuso infantil: dar o recibir algo, como dinero o un lugar donde quedarse, por un acto sexual con un menor de 18 años. Un menor no puede consentirlo y siempre es una víctima.',
    },
    'pimp-controlled': {
      title: 'Trata controlada por un tratante sin parentesco (“pimp-controlled”)',
      body: 'Un tratante sin parentesco con el menor crea un lazo cercano y luego lo usa para controlarlo.',
    },
    familial: {
      title: 'Trata familiar',
      body: 'El tratante es un familiar, o alguien que el menor ve como familia, como una “tía”.',
    },
    'gang-controlled': {
      title: 'Trata controlada por pandillas',
      body: 'Una pandilla usa la violencia para que el menor sienta miedo y lealtad.',
    },
    'buyer-perpetrated': {
      title: 'Trata cometida por el comprador',
      body: 'Nadie de por medio: un comprador le ofrece a un menor dinero, comida o dónde quedarse, y luego abusa sexualmente de él o ella.',
    },

    'white-vans': {
      title: 'Los tratantes se roban a los niños en camionetas blancas.',
      body: 'A la mayoría de los menores los engaña alguien que conocen y en quien confían.',
    },
    'zip-ties': {
      title: 'Los cinchos de plástico en los carros marcan a alguien para llevárselo.',
      body: 'Es un rumor de internet. La trata no funciona así.',
    },
    'car-seats': {
      title: 'Una sillita de bebé abandonada en un estacionamiento es una trampa.',
      body: 'También es un rumor. El peligro real es el grooming de personas en quienes el menor confía.',
    },
    'viral-posts': {
      title: 'Compartir publicaciones virales salva a los niños.',
      body: 'Las publicaciones falsas difunden miedo. Si le preocupa un menor, llame a la línea de ayuda.',
    },
    'only-elsewhere': {
      title: 'Eso solo pasa en otros lugares.',
      body: 'En 2021, NCMEC ya tenía reportes de los 50 estados, Washington D. C. y Puerto Rico, en ciudades, pueblos y tierras tribales.',
    },
    'only-girls': {
      title: 'Solo las niñas son víctimas.',
      body: 'Los varones y los jóvenes LGBTQ+ también son víctimas. A los varones muchas veces no se les ve.',
    },
    'they-choose': {
      title: 'Los adolescentes eligen esa vida.',
      body: 'Un menor no puede aceptar que lo vendan para tener sexo. Es una víctima, nunca un delincuente.',
    },
    'they-will-ask': {
      title: 'Un menor víctima de trata va a pedir ayuda.',
      body: 'El miedo o la vergüenza hacen callar a muchos. No le toca al menor pedir ayuda. Los adultos de confianza deben notar y actuar.',
    },
  },
};

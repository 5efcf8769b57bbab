import type { Messages } from '../index.js';

/**
 * Spanish for `<aw-indicator-explainer>`'s sets: plain words for families in the U.S. Adults are addressed as
 * "usted", a young reader as "tú". "Tratante", "comprador", "víctima": never words that blame a child.
 */
export const signs: Messages['signs'] = {
  sets: {
    'warning-signs': {
      title: 'Señales de alerta de trata sexual de menores',
      youthTitle: 'Señales de que alguien te usa',
    },
    vulnerabilities: {
      title: 'A quién buscan los tratantes',
      youthTitle: 'A quién buscan los tratantes',
    },
    grooming: {
      title: 'Cómo ganan su confianza',
      youthTitle: 'Cómo alguien puede atraparte',
    },
    forms: {
      title: 'Formas de trata sexual de menores',
      youthTitle: 'Formas de trata sexual de menores',
    },
    understanding: {
      title: 'Entender la trata sexual de menores',
      youthTitle: 'Lo que debes saber sobre la trata',
    },
    myths: {
      title: 'Mitos y realidades',
      youthTitle: 'Mitos y realidades',
    },
  },

  groups: {
    'home-school': 'Casa y escuela',
    online: 'En internet',
    physical: 'Cuerpo y salud',
    'money-belongings': 'Dinero y cosas',
    'what-they-say': 'Lo que dice',
    'too-close-too-fast': 'Se acerca muy rápido',
    'taking-control': 'Toma el control',
    societal: 'Comunidad',
    family: 'Familia',
    individual: 'El menor',
    'how-it-unfolds': 'Cómo sucede',
    'what-helps': 'Qué ayuda',
    'forms-of-trafficking': 'Formas',
    'where-it-happens': 'Dónde sucede',
    'no-typical-victim': 'No hay una víctima típica',
    'who-traffickers-are': 'Quiénes son los tratantes',
    'how-control-works': 'Cómo controlan',
    'why-hard-to-tell': 'Por qué cuesta contarlo',
    'help-for-families': 'Ayuda para las familias',
    'myths-and-facts': 'Mitos y realidades',
  },

  items: {
    'runs-away': {
      title: 'Se escapa de casa a menudo',
      body: 'Es señal de peligro, no de mala conducta.',
    },
    'older-friend': { title: 'Un novio o amigo mayor en secreto', body: 'No quiere decir quién es.' },
    'pulls-away': {
      title: 'Se aleja de sus seres queridos',
      body: 'Los tratantes lo apartan de los demás.',
    },
    'online-friend': {
      title: 'Alguien de internet quiere conocer al menor en persona',
      body: 'Mucha atención y mensajes escondidos.',
    },
    injuries: { title: 'Señales de maltrato físico', body: 'Heridas que no puede o no quiere explicar.' },
    tattoos: {
      title: 'Tatuajes que no quiere explicar',
      body: 'Un nombre o “daddy” (papi) puede marcar al menor como “suyo”.',
    },
    'new-things': {
      title: 'Cosas nuevas sin razón clara',
      body: 'Ropa, teléfonos, uñas o dinero que no puede explicar.',
    },
    'hotel-keys': { title: 'Llaves o tarjetas de hotel', body: 'Llaves que no puede explicar.' },
    'no-id': {
      title: 'Otra persona guarda su identificación',
      body: 'Puede indicar que alguien lo controla.',
    },
    'the-life': {
      title: 'Habla de “la vida”, de cuotas o de un “daddy”',
      body: 'Estas palabras pueden indicar que alguien lo controla.',
    },
    coached: { title: 'Parece que le dijeron qué decir', body: 'Otra persona puede hablar por él o ella.' },
    'lost-place': { title: 'No sabe dónde está', body: 'No puede decir en qué ciudad está.' },

    'youth-secrets': {
      title: 'Alguien te pide guardar secretos',
      body: 'Las personas seguras no te piden esconder cosas.',
    },
    'youth-gifts': {
      title: 'Muchos regalos, y luego “me debes”',
      body: 'Quiere que hagas cosas para pagarle.',
    },
    'youth-place-to-stay': {
      title: 'Alguien te ofrece dónde quedarte',
      body: 'La ayuda de alguien nuevo puede tener un precio.',
    },
    'youth-meet': {
      title: 'Alguien de internet quiere verte',
      body: 'O quiere que te vayas de casa por él o ella.',
    },
    'youth-older-partner': {
      title: 'Un novio o una novia mucho mayor',
      body: 'Quiere alejarte de tu familia y tus amigos.',
    },
    'youth-id-phone': {
      title: 'Alguien te quita tu identificación o teléfono',
      body: 'Luego controla a dónde vas.',
    },
    'youth-what-to-say': { title: 'Alguien te dice qué decir', body: 'Dice que nadie te va a creer.' },
    'youth-money': {
      title: 'Ganar dinero para alguien',
      body: 'Habla de cuotas, de “la vida” o de “daddy” (papi).',
    },
    'youth-threats': {
      title: 'Alguien te amenaza',
      body: 'Las amenazas a ti o a quienes quieres nunca son tu culpa.',
    },

    homelessness: {
      title: 'Sin un lugar seguro donde vivir',
      body: 'Los tratantes ofrecen una cama para tener control.',
    },
    'pushed-aside': {
      title: 'Ser excluido',
      body: 'Los tratantes buscan a menores que otros dejan de lado.',
    },
    'online-reach': {
      title: 'En internet sin apoyo',
      body: 'Los tratantes pueden ganarse a un menor por internet, aun en casa.',
    },
    'child-welfare': {
      title: 'Hogares de crianza',
      body: 'Los tratantes suelen buscar a quienes huyen de estos hogares.',
    },
    'family-rejection': {
      title: 'Rechazo de la familia',
      body: 'Los jóvenes LGBTQ+ rechazados pueden quedarse sin hogar.',
    },
    'few-safe-adults': {
      title: 'Pocos adultos en quienes confiar',
      body: 'Los tratantes llenan ese vacío con un cariño falso.',
    },
    'past-abuse': {
      title: 'Abuso en el pasado',
      body: 'Muchos sufrieron abuso sexual antes.',
    },
    'ran-away-before': {
      title: 'Haberse escapado antes',
      body: 'Una razón para acercarse, no para culpar.',
    },
    lonely: { title: 'Sentirse solo o triste', body: 'Los tratantes llenan ese vacío con un cariño falso.' },

    'online-grooming': {
      title: 'Grooming por internet',
      body: 'Un adulto se gana a un menor con elogios y regalos, y luego le pide que se vean en persona.',
    },
    'street-grooming': {
      title: 'Grooming en la calle',
      body: 'Un tratante atrae con comida y cama a un menor que se escapó.',
    },
    'false-promises': {
      title: 'Promesas de amor y seguridad',
      body: 'El tratante actúa como pareja y promete una vida mejor.',
    },
    control: {
      title: 'Cómo crece el control',
      body: 'Se mezclan premios y amenazas, y el menor puede amar y temer al tratante.',
    },
    'where-they-look': {
      title: 'Dónde buscan los tratantes',
      body: 'Escuelas, hogares grupales, centros comerciales, estaciones de autobús y redes sociales.',
    },
    'adult-can-do': {
      title: 'Lo que pueden hacer los adultos',
      body: 'Hable abiertamente, sin avergonzar. Que el menor sepa que siempre puede acudir a usted.',
    },

    'youth-online-grooming': {
      title: 'Puede empezar en internet',
      body: 'Alguien te da atención y regalos. Luego te pide secretos o quiere conocerte en persona.',
    },
    'youth-street-grooming': {
      title: 'Puede empezar lejos de casa',
      body: 'Alguien te ofrece comida o cama, y luego lo usa para controlarte.',
    },
    'youth-looks-like-love': { title: 'Puede parecer amor', body: 'El amor no viene con amenazas ni miedo.' },
    'youth-someone-you-know': {
      title: 'Puede ser alguien que conoces',
      body: 'Un amigo, tu pareja o hasta tu familia.',
    },
    'youth-can-do': {
      title: 'Lo que puedes hacer',
      body: 'Cuéntaselo a un adulto de confianza o a la línea de ayuda. No es tu culpa.',
    },

    'what-it-is': {
      title: 'Qué es',
      body: 'Es abuso infantil: dar o recibir algo por un acto sexual con un menor de 18 años.',
    },
    'pimp-controlled': {
      title: 'Controlada por un tratante (“pimp-controlled”)',
      body: 'Un tratante fuera de la familia crea un lazo y luego lo usa para controlar.',
    },
    familial: {
      title: 'Familiar',
      body: 'El tratante es de la familia, o lo parece.',
    },
    'gang-controlled': {
      title: 'Controlada por pandillas',
      body: 'Una pandilla usa la violencia para que el menor tenga miedo.',
    },
    'buyer-perpetrated': {
      title: 'Cometida por el comprador',
      body: 'Sin intermediarios: un comprador ofrece dinero o cama al menor, y luego abusa de él o ella.',
    },

    'public-places': {
      title: 'En muchos lugares y en internet',
      body: 'Calles, paradas de camioneros, eventos deportivos, hoteles y moteles, falsos negocios de masajes, casas, y en internet.',
    },
    'who-it-can-be': {
      title: 'Suele ser alguien en quien el menor confía',
      body: 'Una pareja, un familiar, alguien de una pandilla o el dueño de un negocio.',
    },
    'cut-off': {
      title: 'Aislado y controlado',
      body: 'Los tratantes alejan al menor de su familia y sus amigos. Las amenazas y la violencia, mezcladas con pequeños premios, pueden atarlo al tratante.',
    },
    'fear-shame-loyalty': {
      title: 'Miedo, vergüenza o lealtad',
      body: 'El miedo, la vergüenza o la lealtad hacia quien abusa pueden impedir que el menor lo cuente. Muchos no se ven como víctimas.',
    },
    'family-advocates': {
      title: 'Apoyo en una crisis',
      body: 'El NCMEC apoya a las familias en una crisis y las orienta hacia ayuda local. Team HOPE las une con familias que lo vivieron. Un equipo de recuperación ayuda a padres de crianza y trabajadores sociales a cuidar a los sobrevivientes.',
    },

    'any-child': {
      title: 'Cualquier menor puede ser víctima',
      body: 'Las víctimas son niñas, niños y jóvenes LGBTQ+ de toda cultura, religión y nivel económico. Pueden estar en casa, en la escuela, en hogares de crianza o en la calle.',
    },
    'moved-around': {
      title: 'Llevados de un lugar a otro',
      body: 'Los tratantes suelen mover a los menores de ciudad en ciudad, incluso por todo el país.',
    },

    'youth-who-it-can-be': {
      title: 'Quién puede ser un tratante',
      body: 'Un novio o una novia, un familiar, alguien de una pandilla o el dueño de un negocio.',
    },
    'youth-ways-to-control': {
      title: 'Cómo alguien puede controlarte',
      body: 'Puede alejarte de tus amigos, amenazarte o lastimarte, y luego darte regalos. Eso no es tu culpa.',
    },
    'youth-hard-to-tell': {
      title: 'Puede costar contarlo',
      body: 'El miedo, la vergüenza o el cariño por esa persona pueden hacer difícil contarlo. Sentir cosas mezcladas es normal. Sigue siendo abuso, y no es tu culpa.',
    },

    'white-vans': {
      title: 'Los tratantes se roban a los niños en camionetas blancas.',
      body: 'Por lo general, los engaña alguien que se gana su confianza.',
    },
    'zip-ties': {
      title: 'Los cinchos en los carros marcan a quién llevarse.',
      body: 'Es un rumor falso. El peligro real es el grooming: alguien se gana la confianza de un menor para explotarlo.',
    },
    'car-seats': {
      title: 'Una sillita de bebé abandonada es una trampa.',
      body: 'Es un rumor falso. El peligro real es el grooming: alguien se gana la confianza de un menor para explotarlo.',
    },
    'viral-posts': {
      title: 'Compartir publicaciones virales salva a los niños.',
      body: 'Las publicaciones falsas difunden miedo; es mejor llamar a la línea de ayuda.',
    },
    'only-elsewhere': {
      title: 'Solo pasa en otros lugares.',
      body: 'Hasta 2021, el NCMEC había recibido reportes de trata sexual de menores de los 50 estados, Washington D.C. y Puerto Rico. Incluye ciudades, pueblos y tierras tribales.',
    },
    'only-girls': {
      title: 'Solo las niñas son víctimas.',
      body: 'Los varones y los jóvenes LGBTQ+ también son víctimas.',
    },
    'they-choose': {
      title: 'Los adolescentes eligen esa vida.',
      body: 'Un menor no puede aceptar esto y siempre es una víctima.',
    },
    'they-will-ask': {
      title: 'Un menor víctima de trata va a pedir ayuda.',
      body: 'No le toca al menor pedir ayuda. Los adultos de confianza deben notar y actuar.',
    },
  },
};

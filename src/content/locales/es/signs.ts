import type { Messages } from '../index.js';

/**
 * Spanish for `<aw-indicator-explainer>`'s sets: plain words for families in the U.S. Adults are addressed as
 * "usted", a young reader as "tú". "Tratante", "comprador", "víctima": never words that blame a child.
 */
export const signs: Messages['signs'] = {
  sets: {
    'warning-signs': {
      title: 'Señales de alerta de la trata sexual de menores',
      lead: 'Estas son señales que NCMEC y la línea de ayuda mencionan con frecuencia. Le pueden ayudar a notar cuando un niño o una niña no está a salvo.',
      youthTitle: 'Señales de que alguien te puede estar usando',
      youthLead:
        'Las personas que les hacen daño a los jóvenes muchas veces empiezan siendo muy amables. Fíjate en cómo te trata alguien.',
    },
    vulnerabilities: {
      title: 'A quién buscan los tratantes',
      lead: 'Cualquier niño o niña puede ser víctima. Los tratantes buscan a quienes tienen menos apoyo. Nada de esto es culpa del menor.',
      youthTitle: 'A quién buscan los tratantes',
      youthLead:
        'A cualquier joven le puede pasar. Los tratantes buscan a quienes tienen menos apoyo. Eso nunca es tu culpa.',
    },
    grooming: {
      title: 'Cómo ganan su confianza',
      lead: 'A la mayoría de los menores no se los lleva un desconocido. Alguien se gana su confianza primero, por internet o en persona. A esto se le llama “grooming”.',
      youthTitle: 'Cómo alguien puede intentar atraparte',
      youthLead:
        'A la mayoría de los jóvenes no se los lleva un desconocido. Primero alguien se gana su confianza, por internet o en persona.',
    },
    forms: {
      title: 'Formas de trata sexual de menores',
      lead: 'La trata sexual de menores no siempre se ve igual. NCMEC describe estas formas.',
      youthTitle: 'Formas de trata sexual de menores',
      youthLead: 'La trata no siempre se ve igual. Estas son las formas que describe NCMEC.',
    },
    myths: {
      title: 'Mitos y realidades',
      lead: 'Las historias que asustan en las redes distraen la atención de los menores que de verdad están en peligro. Esto es lo que sí es cierto.',
      youthTitle: 'Mitos y realidades',
      youthLead: 'Algunas historias que ves en internet no son ciertas. Esto es lo que de verdad pasa.',
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
      body: 'Un menor que se escapa una y otra vez, o que pasa mucho tiempo fuera, puede estar huyendo de algo peligroso. O puede estar yendo hacia alguien peligroso. Escaparse es una señal de peligro, no de mala conducta.',
    },
    'older-friend': {
      title: 'Un novio o amigo mayor del que no quiere hablar',
      body: 'Pasa tiempo con un novio, una novia o un amigo mucho mayor. No quiere decir quién es, o se molesta cuando usted le pregunta.',
    },
    'pulls-away': {
      title: 'Se aleja de su familia y sus amigos',
      body: 'Los tratantes suelen separar al menor de las personas que lo quieren. Puede dejar de ver a sus amigos o dejar de hablar en casa.',
    },
    'online-friend': {
      title: 'Un amigo nuevo de internet que quiere verse en persona',
      body: 'Alguien que conoció en un juego o una aplicación le da mucha atención. El menor habla de encontrarse con esa persona, o esconde los mensajes.',
    },
    injuries: {
      title: 'Señales de maltrato físico',
      body: 'Moretones, quemaduras u otras heridas que no puede o no quiere explicar.',
    },
    tattoos: {
      title: 'Tatuajes o marcas que no quiere explicar',
      body: 'Un tatuaje o una marca nueva, como un nombre, un símbolo o una palabra como “daddy” (papi). A veces los tratantes los usan para mostrar que el menor les “pertenece”.',
    },
    'new-things': {
      title: 'Cosas nuevas sin una razón clara',
      body: 'Ropa, teléfonos, uñas, peinados o dinero nuevos, sin una buena respuesta sobre de dónde salieron.',
    },
    'hotel-keys': {
      title: 'Llaves o tarjetas de hotel',
      body: 'Tiene llaves o tarjetas de cuartos de hotel o motel, sin una razón clara.',
    },
    'no-id': {
      title: 'Otra persona guarda su identificación',
      body: 'No tiene su propia identificación ni sus documentos. Otra persona los guarda.',
    },
    'the-life': {
      title: 'Habla de “la vida”, de cuotas o de un “daddy”',
      body: 'Usa palabras como “la vida” (“the life”). Habla de una cuota, o de una persona mayor a la que llama “daddy” (papi).',
    },
    coached: {
      title: 'Parece que le dijeron qué decir',
      body: 'Su historia suena ensayada, o es igual cada vez. Puede que otra persona hable por él o por ella.',
    },
    'lost-place': {
      title: 'No sabe dónde está',
      body: 'No puede decir en qué ciudad está, ni dónde se está quedando.',
    },

    'youth-secrets': {
      title: 'Alguien te pide que guardes secretos',
      body: 'Te dice que mantengas en secreto sus mensajes, sus regalos o sus planes. Las personas seguras no te piden que escondas cosas de quienes te quieren.',
    },
    'youth-gifts': {
      title: 'Alguien te da regalos y luego dice que le debes',
      body: 'Te compra un teléfono, ropa o comida. Después dice que le debes, y te pide que hagas cosas para pagarle.',
    },
    'youth-place-to-stay': {
      title: 'Alguien te ofrece un lugar donde quedarte',
      body: 'Necesitas una cama, comida o que te lleven a algún lado, y alguien que acabas de conocer te ofrece ayuda. La ayuda que luego se cobra no es segura.',
    },
    'youth-meet': {
      title: 'Alguien que conociste en internet quiere verte',
      body: 'Te hizo sentir especial por internet. Ahora quiere verte en persona, o quiere que te vayas de tu casa para estar con él o con ella.',
    },
    'youth-older-partner': {
      title: 'Un novio o una novia mucho mayor',
      body: 'Es mucho mayor que tú. Dice que te ama. Quiere que te alejes de tu familia y tus amigos.',
    },
    'youth-id-phone': {
      title: 'Alguien te quita tu identificación o tu teléfono',
      body: 'Se queda con tu identificación, tus documentos o tu teléfono. Decide a dónde vas y con quién hablas.',
    },
    'youth-what-to-say': {
      title: 'Alguien te dice qué decir',
      body: 'Te dice qué decirle a la policía, a los maestros o a los médicos. Te dice que nadie te va a creer.',
    },
    'youth-money': {
      title: 'Alguien quiere que ganes dinero para él o ella',
      body: 'Habla de una cuota o de “la vida”. Quiere que le digas “daddy” (papi), o te dice que tienes que traerle dinero.',
    },
    'youth-threats': {
      title: 'Alguien te amenaza',
      body: 'Te hace daño, o dice que te va a hacer daño a ti o a las personas que quieres. Dice que es tu culpa. No lo es.',
    },

    homelessness: {
      title: 'No tener un lugar seguro donde vivir',
      body: 'Los menores sin hogar, o que duermen cada noche en un lugar distinto, necesitan comida y una cama. Los tratantes les ofrecen esas cosas para controlarlos.',
    },
    'pushed-aside': {
      title: 'Ser excluido',
      body: 'A los menores que otros dejan de lado o tratan como menos es más fácil acercarse. Los tratantes buscan a quienes nadie está mirando.',
    },
    'online-reach': {
      title: 'Tiempo en internet sin apoyo',
      body: 'Los tratantes usan internet para encontrar a menores en cualquier lugar y ganarse su confianza. Pueden llegar a un niño en su casa, en su propio cuarto.',
    },
    'child-welfare': {
      title: 'Hogares de crianza y servicios de protección',
      body: 'Los menores en hogares de crianza (foster care) o en hogares grupales suelen tener menos adultos que se quedan en su vida. Muchos de los que se escapan de esos hogares se vuelven blanco de los tratantes.',
    },
    'family-rejection': {
      title: 'Rechazo de la familia',
      body: 'Los jóvenes LGBTQ+ a quienes su familia rechaza pueden quedarse sin hogar. Eso aumenta su riesgo.',
    },
    'few-safe-adults': {
      title: 'Pocos adultos en quienes confiar',
      body: 'Los menores sin un apoyo fuerte tienen menos personas que noten cuando algo anda mal. Los tratantes llenan ese vacío con un cariño falso.',
    },
    'past-abuse': {
      title: 'Abuso en el pasado',
      body: 'Muchos menores víctimas de trata sufrieron abuso sexual u otro daño antes. Los tratantes usan ese dolor y esa vergüenza para que no hablen.',
    },
    'ran-away-before': {
      title: 'Haberse escapado antes',
      body: 'Escaparse de casa es una de las señales de riesgo más fuertes. Un menor lejos de su casa tiene poca protección. Es una razón para acercarse, no para culpar.',
    },
    lonely: {
      title: 'Sentirse solo o triste',
      body: 'Todos los menores se sienten solos, tristes o con ganas de atención a veces. Los tratantes buscan esos sentimientos y fingen llenarlos.',
    },

    'online-grooming': {
      title: 'Grooming por internet',
      body: 'Un adulto se hace amigo de un menor en un juego, una aplicación o una red social. Le da elogios, atención y regalos. Le dice que lo entiende mejor que nadie. Cuando el menor confía en él, le pide verse. Algunos menores se van de casa para ir a su encuentro.',
    },
    'street-grooming': {
      title: 'Grooming en la calle',
      body: 'Un menor que se escapa necesita comida, una cama y a alguien que se preocupe por él. Un tratante aparece como alguien que ayuda y le ofrece esas cosas. La ayuda no dura. Pronto el tratante usa esas necesidades para controlarlo.',
    },
    'false-promises': {
      title: 'Promesas de amor y seguridad',
      body: 'Muchas veces los tratantes se presentan como novio, novia o como un adulto que cuida. Venden el sueño del amor, la seguridad y una vida mejor. Puede que el menor no lo vea como trata.',
    },
    control: {
      title: 'Cómo crece el control',
      body: 'Con el tiempo, el tratante aísla al menor de los demás. Mezcla pequeños premios con amenazas y violencia. El menor puede sentir amor y miedo por la misma persona. Ese lazo es difícil de romper, y no es culpa del menor.',
    },
    'where-they-look': {
      title: 'Dónde buscan a los menores',
      body: 'Buscan cerca de las escuelas, en las redes sociales, en centros comerciales, en estaciones de autobús y cerca de hogares grupales. Muchos conocen primero al menor por internet.',
    },
    'adult-can-do': {
      title: 'Lo que puede hacer un adulto de confianza',
      body: 'Hable seguido y con calma sobre la vida en internet, sin avergonzar. Pregunte con quién habla y cómo lo hacen sentir esas personas. Aprenda las señales. Asegúrese de que el menor sepa que siempre puede acudir a usted, aun después de un error.',
    },

    'youth-online-grooming': {
      title: 'Puede empezar en internet',
      body: 'Alguien en internet te da mucha atención. Te dice que te entiende mejor que nadie. Puede mandarte regalos. Luego te pide que lo guardes en secreto, que se vean o que te vayas de tu casa.',
    },
    'youth-street-grooming': {
      title: 'Puede empezar cuando estás lejos de casa',
      body: 'Si te fuiste de tu casa, quizás necesites comida, una cama o que te lleven a algún lado. Alguien puede hacerse pasar por quien te ayuda. Después usa lo que te dio para controlarte.',
    },
    'youth-looks-like-love': {
      title: 'Puede parecer amor',
      body: 'Al principio puede sentirse como una relación de verdad. Luego llegan las reglas, las amenazas o los golpes. El amor no viene con miedo.',
    },
    'youth-someone-you-know': {
      title: 'Puede ser alguien que conoces',
      body: 'No siempre es un desconocido. Puede ser un amigo, alguien con quien sales o hasta alguien de tu familia.',
    },
    'youth-can-do': {
      title: 'Lo que puedes hacer',
      body: 'Cuéntaselo a un adulto de confianza, como tu mamá o tu papá, un maestro, un entrenador o un consejero de la escuela. También puedes llamar o mandar un mensaje de texto a la línea de ayuda. No te vas a meter en problemas. No te toca arreglar esto solo.',
    },

    'what-it-is': {
      title: 'Qué es la trata sexual de menores',
      body: 'Es una forma de abuso infantil. Ocurre cuando alguien da o recibe algo de valor por un acto sexual con un menor de 18 años. Puede ser dinero, drogas, comida o un lugar donde quedarse. Un menor no puede dar su consentimiento. Siempre es una víctima.',
    },
    'pimp-controlled': {
      title: 'Trata controlada por un tratante sin parentesco (“pimp-controlled”)',
      body: 'El tratante no es familiar del menor. Puede ser hombre o mujer. Muchas veces primero crea un lazo cercano con el menor, y después usa ese lazo para controlarlo.',
    },
    familial: {
      title: 'Trata familiar',
      body: 'El tratante es un familiar, o alguien que el menor ve como familia, como una “tía” o un “tío”.',
    },
    'gang-controlled': {
      title: 'Trata controlada por pandillas',
      body: 'Un miembro de una pandilla, o la pandilla entera, somete al menor a la trata. Las pandillas usan la violencia y sus contactos para que el menor sienta miedo y lealtad.',
    },
    'buyer-perpetrated': {
      title: 'Trata cometida por el comprador',
      body: 'No hay un tratante de por medio. Un comprador le ofrece a un menor dinero, comida o un lugar donde quedarse, y luego abusa sexualmente de él o de ella.',
    },

    'white-vans': {
      title: 'Los tratantes se roban a los niños en la calle en camionetas blancas.',
      body: 'A la mayoría de los menores los engaña alguien que se gana su confianza, por internet o en persona. Muchas veces es alguien que conocen.',
    },
    'zip-ties': {
      title: 'Los cinchos de plástico que dejan en los carros marcan a alguien para llevárselo.',
      body: 'Es un rumor que se difundió por internet. La trata no funciona así.',
    },
    'car-seats': {
      title: 'Una sillita de bebé abandonada en un estacionamiento es una trampa.',
      body: 'También es un rumor. El miedo a los desconocidos en los estacionamientos esconde el peligro real: el grooming por parte de personas en quienes el menor confía.',
    },
    'viral-posts': {
      title: 'Compartir publicaciones virales ayuda a salvar a los niños.',
      body: 'Las publicaciones falsas difunden miedo y quitan atención a los menores de verdad. Si le preocupa un menor, comuníquese con la línea de ayuda en vez de publicar.',
    },
    'only-elsewhere': {
      title: 'Eso solo pasa en otros lugares.',
      body: 'En 2021, NCMEC ya tenía reportes de los 50 estados, Washington D. C. y Puerto Rico. Pasa en ciudades, suburbios, pueblos pequeños y tierras tribales.',
    },
    'only-girls': {
      title: 'Solo las niñas son víctimas.',
      body: 'Las niñas, los niños y los jóvenes LGBTQ+ son víctimas. A los varones muchas veces no se les ve, porque la gente no se lo espera.',
    },
    'they-choose': {
      title: 'Los adolescentes eligen esa vida.',
      body: 'Un menor no puede aceptar que lo vendan para tener sexo. Un menor víctima de trata es víctima de un delito, nunca un delincuente.',
    },
    'they-will-ask': {
      title: 'Un menor víctima de trata va a pedir ayuda.',
      body: 'Muchos menores no se ven a sí mismos como víctimas. El miedo, la vergüenza o la lealtad los hacen callar. No le toca al menor pedir ayuda. Los adultos de confianza son quienes deben notar y actuar.',
    },
  },
};

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uses common, everyday language</source>
        <translation>Usa un lenguaje común y cotidiano</translation>
    </message>
    <message>
        <source>Technical terms are explained when used</source>
        <translation>Explica los términos técnicos al usarlos</translation>
    </message>
    <message>
        <source>Uses the active voice</source>
        <translation>Usa la voz activa</translation>
    </message>
    <message>
        <source>Breaks information into short sections</source>
        <translation>Divide la información en secciones cortas</translation>
    </message>
    <message>
        <source>Sections have informative headers</source>
        <translation>Las secciones tienen encabezados informativos</translation>
    </message>
    <message>
        <source>Provides a summary</source>
        <translation>Ofrece un resumen</translation>
    </message>
    <message>
        <source>Uses visual cues to draw attention to key points</source>
        <translation>Usa señales visuales para destacar los puntos clave</translation>
    </message>
    <message>
        <source>Pictures have clear captions</source>
        <translation>Las imágenes tienen pies de foto claros</translation>
    </message>
    <message>
        <source>Names at least one action the reader can take</source>
        <translation>Nombra al menos una acción que el lector puede realizar</translation>
    </message>
    <message>
        <source>Speaks to the reader directly</source>
        <translation>Se dirige directamente al lector</translation>
    </message>
    <message>
        <source>Breaks actions into explicit steps</source>
        <translation>Divide las acciones en pasos explícitos</translation>
    </message>
    <message>
        <source>Gives a tangible tool (a log, checklist, lines)</source>
        <translation>Ofrece una herramienta práctica (un registro, una lista, líneas)</translation>
    </message>
    <message>
        <source>Makes its purpose completely evident</source>
        <translation>Su propósito es completamente evidente</translation>
    </message>
    <message>
        <source>Is the purpose clear from the title and the first lines?</source>
        <translation>¿Queda claro el propósito por el título y las primeras líneas?</translation>
    </message>
    <message>
        <source>Does not include content that distracts from its purpose</source>
        <translation>No incluye contenido que distraiga de su propósito</translation>
    </message>
    <message>
        <source>Does everything in it serve that purpose?</source>
        <translation>¿Todo su contenido sirve a ese propósito?</translation>
    </message>
    <message>
        <source>Numbers are clear and easy to understand</source>
        <translation>Los números son claros y fáciles de entender</translation>
    </message>
    <message>
        <source>Are the numbers in it clear and easy to understand?</source>
        <translation>¿Los números que contiene son claros y fáciles de entender?</translation>
    </message>
    <message>
        <source>Does not expect the reader to do calculations</source>
        <translation>No espera que el lector haga cálculos</translation>
    </message>
    <message>
        <source>Does it avoid asking the reader to do any sums?</source>
        <translation>¿Evita pedir al lector que haga cuentas?</translation>
    </message>
    <message>
        <source>Presents information in a logical order</source>
        <translation>Presenta la información en un orden lógico</translation>
    </message>
    <message>
        <source>Is the information in a logical order for this client?</source>
        <translation>¿La información sigue un orden lógico para este cliente?</translation>
    </message>
    <message>
        <source>Uses pictures wherever they make content easier to understand</source>
        <translation>Usa imágenes donde hacen el contenido más fácil de entender</translation>
    </message>
    <message>
        <source>Are there pictures wherever they would make it easier to understand?</source>
        <translation>¿Hay imágenes donde lo harían más fácil de entender?</translation>
    </message>
    <message>
        <source>Pictures reinforce rather than distract from the content</source>
        <translation>Las imágenes refuerzan el contenido en lugar de distraer</translation>
    </message>
    <message>
        <source>Do the pictures support the text rather than distract from it?</source>
        <translation>¿Las imágenes apoyan el texto en lugar de distraer?</translation>
    </message>
    <message>
        <source>Pictures are clear and uncluttered</source>
        <translation>Las imágenes son claras y sencillas</translation>
    </message>
    <message>
        <source>Are the pictures clear and uncluttered?</source>
        <translation>¿Las imágenes son claras y sencillas?</translation>
    </message>
    <message>
        <source>Tables are simple, with short and clear headings</source>
        <translation>Las tablas son sencillas, con encabezados cortos y claros</translation>
    </message>
    <message>
        <source>Are the tables simple, with short, clear headings?</source>
        <translation>¿Las tablas son sencillas, con encabezados cortos y claros?</translation>
    </message>
    <message>
        <source>Explains how to use its tables or diagrams to take action</source>
        <translation>Explica cómo usar sus tablas o diagramas para actuar</translation>
    </message>
    <message>
        <source>Does it explain how to use its tables or pictures to act?</source>
        <translation>¿Explica cómo usar sus tablas o imágenes para actuar?</translation>
    </message>
    <message>
        <source>Uses pictures wherever they make it easier to act</source>
        <translation>Usa imágenes donde facilitan actuar</translation>
    </message>
    <message>
        <source>Are there pictures wherever they would make the steps easier to follow?</source>
        <translation>¿Hay imágenes donde harían los pasos más fáciles de seguir?</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 is below %2 (normal)</source>
        <translation>%1 está por debajo de %2 (normal)</translation>
    </message>
    <message>
        <source>Reading grade %1 is above %2</source>
        <translation>El grado de lectura %1 está por encima de %2</translation>
    </message>
    <message>
        <source>Hard words with plain alternatives: %1</source>
        <translation>Palabras difíciles con alternativas sencillas: %1</translation>
    </message>
    <message>
        <source>Reading grade %1</source>
        <translation>Grado de lectura %1</translation>
    </message>
    <message>
        <source>%1 and no hard words from the jargon list</source>
        <translation>%1 y ninguna palabra difícil de la lista de jerga técnica</translation>
    </message>
    <message>
        <source>No technical terms are used</source>
        <translation>No se usan términos técnicos</translation>
    </message>
    <message>
        <source>Not explained where first used: %1 (explain in the same or the next sentence)</source>
        <translation>Sin explicar donde aparecen por primera vez: %1 (explíquelos en la misma oración o en la siguiente)</translation>
    </message>
    <message>
        <source>Explained where first used: %1</source>
        <translation>Explicados donde aparecen por primera vez: %1</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Todavía no hay texto</translation>
    </message>
    <message>
        <source>%1 of %2 sentences use the passive voice</source>
        <translation>%1 de %2 oraciones usan la voz pasiva</translation>
    </message>
    <message>
        <source>%1 (aim for at most 1 in %2)</source>
        <translation>%1 (procure que sea como mucho 1 de cada %2)</translation>
    </message>
    <message>
        <source>No passive voice found</source>
        <translation>No se encontró voz pasiva</translation>
    </message>
    <message>
        <source>Very short material (under %1 words)</source>
        <translation>Material muy breve (menos de %1 palabras)</translation>
    </message>
    <message>
        <source>%1 (%2 words, in “%3”)</source>
        <translation>%1 (%2 palabras, en «%3»)</translation>
    </message>
    <message>
        <source>the opening</source>
        <translation>el comienzo</translation>
    </message>
    <message>
        <source>Over %1 words: %2</source>
        <translation>Más de %1 palabras: %2</translation>
    </message>
    <message>
        <source>Every part has at most %1 words</source>
        <translation>Cada parte tiene como mucho %1 palabras</translation>
    </message>
    <message>
        <source>An empty heading</source>
        <translation>Un encabezado vacío</translation>
    </message>
    <message>
        <source>“%1” says little about what follows</source>
        <translation>«%1» dice poco sobre lo que sigue</translation>
    </message>
    <message>
        <source>Section title: %1</source>
        <translation>Título de la sección: %1</translation>
    </message>
    <message>
        <source>“%1” has no headings inside</source>
        <translation>«%1» no tiene encabezados dentro</translation>
    </message>
    <message>
        <source>Every section and part has a heading that says what it is about</source>
        <translation>Cada sección y parte tiene un encabezado que dice de qué trata</translation>
    </message>
    <message>
        <source>No “Key points” part in: %1</source>
        <translation>Sin parte de «Puntos clave» en: %1</translation>
    </message>
    <message>
        <source>A “Key points” summary is there</source>
        <translation>Hay un resumen de «Puntos clave»</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <source>bold words</source>
        <translation>palabras en negrita</translation>
    </message>
    <message>
        <source>boxed “Try this” / “Key points” parts</source>
        <translation>partes en recuadro «Pruebe esto» / «Puntos clave»</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Usa %1</translation>
    </message>
    <message>
        <source>No lists, bold words or boxed parts to draw the eye to key points</source>
        <translation>No hay listas, palabras en negrita ni recuadros que dirijan la vista a los puntos clave</translation>
    </message>
    <message>
        <source>No pictures</source>
        <translation>No hay imágenes</translation>
    </message>
    <message>
        <source>Picture without a caption in: %1</source>
        <translation>Imagen sin pie de foto en: %1</translation>
    </message>
    <message>
        <source>Every picture has a caption</source>
        <translation>Cada imagen tiene pie de foto</translation>
    </message>
    <message>
        <source>The picture has a caption</source>
        <translation>La imagen tiene pie de foto</translation>
    </message>
    <message>
        <source>%1 and 1 more action</source>
        <translation>%1 y 1 acción más</translation>
    </message>
    <message>
        <source>%1 and %2 more actions</source>
        <translation>%1 y %2 acciones más</translation>
    </message>
    <message>
        <source>Numbered steps the reader can follow</source>
        <translation>Pasos numerados que el lector puede seguir</translation>
    </message>
    <message>
        <source>No “Try this” part or numbered steps: add one thing the reader can do</source>
        <translation>No hay parte «Pruebe esto» ni pasos numerados: añada algo que el lector pueda hacer</translation>
    </message>
    <message>
        <source>Steps that do not speak to the reader (“you”): %1</source>
        <translation>Pasos que no se dirigen al lector («usted»): %1</translation>
    </message>
    <message>
        <source>Only %1 of %2 sentences speak to the reader as “you”</source>
        <translation>Solo %1 de %2 oraciones se dirigen al lector como «usted»</translation>
    </message>
    <message>
        <source>%1 of %2 sentences speak to the reader as “you”</source>
        <translation>%1 de %2 oraciones se dirigen al lector como «usted»</translation>
    </message>
    <message>
        <source>Numbered steps</source>
        <translation>Pasos numerados</translation>
    </message>
    <message>
        <source>No action to break into steps</source>
        <translation>No hay ninguna acción que dividir en pasos</translation>
    </message>
    <message>
        <source>No numbered steps in: %1</source>
        <translation>Sin pasos numerados en: %1</translation>
    </message>
    <message>
        <source>Every “Try this” part has numbered steps</source>
        <translation>Cada parte «Pruebe esto» tiene pasos numerados</translation>
    </message>
    <message>
        <source>lines to write on in the text</source>
        <translation>líneas para escribir en el texto</translation>
    </message>
    <message>
        <source>a table to fill in</source>
        <translation>una tabla para rellenar</translation>
    </message>
    <message>
        <source>reflection questions (layouts with write-in lines print lines under them)</source>
        <translation>preguntas de reflexión (los diseños con líneas para escribir imprimen líneas debajo)</translation>
    </message>
    <message>
        <source>reflection questions with lines to write on</source>
        <translation>preguntas de reflexión con líneas para escribir</translation>
    </message>
    <message>
        <source>lines for notes</source>
        <translation>líneas para notas</translation>
    </message>
    <message>
        <source>Has %1</source>
        <translation>Tiene %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Nothing to fill in or keep: add lines to write on (“______”), a log, or switch on write-in lines</source>
        <translation>Nada que rellenar ni conservar: añada líneas para escribir («______»), un registro, o active las líneas para escribir</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>No hay tablas</translation>
    </message>
    <message>
        <source>No tables or pictures</source>
        <translation>No hay tablas ni imágenes</translation>
    </message>
    <message>
        <source>No numbers</source>
        <translation>No hay números</translation>
    </message>
    <message>
        <source>Ticked by the clinician</source>
        <translation>Marcado por el profesional</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Todavía sin marcar</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo «%1»</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nombre del consultorio</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Booking page</source>
        <translation>Página de citas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Domestic violence line</source>
        <translation>Línea de violencia doméstica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>debe ser texto, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>debe ser una sola línea</translation>
    </message>
    <message>
        <source>holds a control character (U+%1) that cannot be printed; remove it</source>
        <translation>contiene un carácter de control (U+%1) que no se puede imprimir; quítelo</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>es demasiado largo (%1 caracteres; como máximo %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid: %2</source>
        <translation>«%1» no es válido: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid</source>
        <translation>«%1» no es válido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use the form #rrggbb, e.g. #2f5d7c</source>
        <translation>«%1» no es un color; use la forma #rrggbb, p. ej., #2f5d7c</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser verdadero o falso (true/false), no %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date on the calendar</source>
        <translation>«%1» no es una fecha del calendario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use the form YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; use la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>debe incluir al menos un elemento</translation>
    </message>
    <message>
        <source>has too many items (%1; at most %2)</source>
        <translation>tiene demasiados elementos (%1; como máximo %2)</translation>
    </message>
    <message>
        <source>item %1 must be text, not %2</source>
        <translation>el elemento %1 debe ser texto, no %2</translation>
    </message>
    <message>
        <source>item %1 must not be empty</source>
        <translation>el elemento %1 no puede estar vacío</translation>
    </message>
    <message>
        <source>item %1 holds a control character or is too long</source>
        <translation>el elemento %1 contiene un carácter de control o es demasiado largo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«%1» no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>item %1 must be a set of fields, not %2</source>
        <translation>el elemento %1 debe ser un conjunto de campos, no %2</translation>
    </message>
    <message>
        <source>is not a known field (did you mean &apos;%1&apos;?)</source>
        <translation>no es un campo conocido (¿quiso decir «%1»?)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a set of fields</source>
        <translation>un conjunto de campos</translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation>%1,%2</translation>
    </message>
    <message>
        <source>logo file not found: %1</source>
        <translation>no se encuentra el archivo del logotipo: %1</translation>
    </message>
    <message>
        <source>logo cannot be read: %1</source>
        <translation>no se puede leer el logotipo: %1</translation>
    </message>
    <message>
        <source>logo file is too large (%1 MB; at most 10 MB)</source>
        <translation>el archivo del logotipo es demasiado grande (%1 MB; como máximo 10 MB)</translation>
    </message>
    <message>
        <source>logo is not a PNG, JPEG or SVG image: %1</source>
        <translation>el logotipo no es una imagen PNG, JPEG ni SVG: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bundled font; choose one of: %2</source>
        <translation>«%1» no es un tipo de letra incluido; elija uno de estos: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (e.g. riverside.example/book)</source>
        <translation>«%1» no es una dirección web (p. ej., riverside.example/citas)</translation>
    </message>
    <message>
        <source>is not a language table: only [es] (or another language code) tables of %1 may be given</source>
        <translation>no es una tabla de idioma: solo se admiten tablas [es] (u otro código de idioma) con %1</translation>
    </message>
    <message>
        <source>primary colour %1 has %2 contrast on white (text needs %3); text uses %4 instead and headings %5</source>
        <translation>el color principal %1 tiene un contraste de %2 sobre blanco (el texto necesita %3); el texto usa %4 en su lugar y los encabezados %5</translation>
    </message>
    <message>
        <source>primary colour %1 has %2 contrast on white (text needs %3); text uses %4 instead</source>
        <translation>el color principal %1 tiene un contraste de %2 sobre blanco (el texto necesita %3); el texto usa %4 en su lugar</translation>
    </message>
    <message>
        <source>The main colour is too pale for text on white (%1)</source>
        <translation>El color principal es demasiado claro para texto sobre blanco (%1)</translation>
    </message>
    <message>
        <source>accent colour %1 has %2 contrast on white (headings and large text need %3); text uses %4 instead</source>
        <translation>el color de acento %1 tiene un contraste de %2 sobre blanco (los encabezados y el texto grande necesitan %3); el texto usa %4 en su lugar</translation>
    </message>
    <message>
        <source>The accent colour is hard to read on white (%1)</source>
        <translation>El color de acento se lee mal sobre blanco (%1)</translation>
    </message>
    <message>
        <source>is not a practice pack: it has no %1 listing its files (packs are made with &apos;handout-builder pack export&apos;)</source>
        <translation>no es un paquete del consultorio: no tiene un %1 con la lista de sus archivos (los paquetes se crean con «handout-builder pack export»)</translation>
    </message>
    <message>
        <source>A file in the pack has an empty name or a control character in its name</source>
        <translation>Un archivo del paquete tiene un nombre vacío o un carácter de control en el nombre</translation>
    </message>
    <message>
        <source>%1 uses backslashes (\): paths in a pack use /</source>
        <translation>%1 usa barras invertidas (\): las rutas de un paquete usan /</translation>
    </message>
    <message>
        <source>%1 is an absolute path, which would land outside the pack&apos;s folders</source>
        <translation>%1 es una ruta absoluta, que quedaría fuera de las carpetas del paquete</translation>
    </message>
    <message>
        <source>%1 goes up a folder (..), which would land outside the pack&apos;s folders</source>
        <translation>%1 sube una carpeta (..), lo que quedaría fuera de las carpetas del paquete</translation>
    </message>
    <message>
        <source>%1 has an empty folder name (//)</source>
        <translation>%1 tiene un nombre de carpeta vacío (//)</translation>
    </message>
    <message>
        <source>%1 is a hidden file or folder</source>
        <translation>%1 es un archivo o una carpeta oculta</translation>
    </message>
    <message>
        <source>%1 is nested too deeply or has a name too long (at most %2 levels)</source>
        <translation>%1 está anidado demasiado hondo o tiene un nombre demasiado largo (como máximo %2 niveles)</translation>
    </message>
    <message>
        <source>%1 is not in one of the pack&apos;s folders (%2)</source>
        <translation>%1 no está en ninguna de las carpetas del paquete (%2)</translation>
    </message>
    <message>
        <source>%1 is a link (symlink), which could point anywhere on the computer</source>
        <translation>%1 es un enlace (symlink), que podría apuntar a cualquier lugar de la computadora</translation>
    </message>
    <message>
        <source>%1 is not a plain file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 está cifrado</translation>
    </message>
    <message>
        <source>%1 is too large once unpacked (%2; at most %3)</source>
        <translation>%1 es demasiado grande una vez descomprimido (%2; como máximo %3)</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 times its packed size (at most %3): a zip bomb, not a practice&apos;s file</source>
        <translation>%1 se descomprime a %2 veces su tamaño comprimido (como máximo %3): una bomba zip, no un archivo de un consultorio</translation>
    </message>
    <message>
        <source>is a folder, not a %1</source>
        <translation>es una carpeta; se esperaba un archivo (%1)</translation>
    </message>
    <message>
        <source>is not a file that can be read as a %1</source>
        <translation>no es un archivo que se pueda leer (%1)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text but UTF-16; save it as UTF-8 (Unicode) instead</source>
        <translation>no es texto UTF-8 sino UTF-16; guárdelo como UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1 here is not UTF-8); save the file as UTF-8 (Unicode)</source>
        <translation>no es texto UTF-8 (el byte 0x%1 de aquí no es UTF-8); guarde el archivo como UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>is too large to be a %1 (%2; at most %3)</source>
        <translation>es demasiado grande (%1: %2; como máximo %3)</translation>
    </message>
    <message>
        <source>brand profile</source>
        <translation>perfil de marca</translation>
    </message>
    <message>
        <source>library entry</source>
        <translation>explicación de la biblioteca</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>explicación</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>folleto</translation>
    </message>
    <message>
        <source>handout document</source>
        <translation>archivo de folleto</translation>
    </message>
    <message>
        <source>history record</source>
        <translation>registro del historial</translation>
    </message>
    <message>
        <source>recovery file</source>
        <translation>archivo de recuperación</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>archivo de configuración</translation>
    </message>
    <message>
        <source>layout manifest</source>
        <translation>manifiesto de diseño</translation>
    </message>
    <message>
        <source>pack manifest</source>
        <translation>manifiesto de paquete</translation>
    </message>
    <message>
        <source>jargon list</source>
        <translation>lista de jerga técnica</translation>
    </message>
    <message>
        <source>banned-phrases list</source>
        <translation>lista de frases prohibidas</translation>
    </message>
    <message>
        <source>illustration catalog</source>
        <translation>catálogo de ilustraciones</translation>
    </message>
    <message>
        <source>list of names</source>
        <translation>lista de nombres</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>no es TOML válido: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: nested too deeply</source>
        <translation>no es TOML válido: anidado demasiado hondo</translation>
    </message>
    <message>
        <source>the %1 is empty; open an autosaved copy or save it again</source>
        <translation>el archivo (%1) está vacío; abra una copia guardada automáticamente o vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the %1 is incomplete (the file ends early); open an autosaved copy or save it again</source>
        <translation>el archivo (%1) está incompleto (termina antes de tiempo); abra una copia guardada automáticamente o vuelva a guardarlo</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 (column %2)</source>
        <translation>no es JSON válido: %1 (columna %2)</translation>
    </message>
    <message>
        <source>is not a %1 (its JSON is nested too deeply)</source>
        <translation>no es un archivo válido (%1): su JSON está anidado demasiado hondo</translation>
    </message>
    <message>
        <source>%1 is not valid YAML</source>
        <translation>%1 no es YAML válido</translation>
    </message>
    <message>
        <source>is not valid YAML</source>
        <translation>no es YAML válido</translation>
    </message>
    <message>
        <source>it holds a character YAML does not allow (U+%1); remove it</source>
        <translation>contiene un carácter que YAML no admite (U+%1); quítelo</translation>
    </message>
    <message>
        <source>%1: nested too deeply</source>
        <translation>%1: anidado demasiado hondo</translation>
    </message>
    <message>
        <source>holds a control character, which no file name can</source>
        <translation>contiene un carácter de control, que ningún nombre de archivo puede tener</translation>
    </message>
    <message>
        <source>is too long for a path (%1 characters)</source>
        <translation>es demasiado largo para una ruta (%1 caracteres)</translation>
    </message>
    <message>
        <source>has a file or folder name longer than %1 characters</source>
        <translation>tiene un nombre de archivo o carpeta de más de %1 caracteres</translation>
    </message>
    <message>
        <source>starts with &apos;~%1&apos;, and there is no user &apos;%1&apos; on this computer</source>
        <translation>empieza por «~%1» y no hay ningún usuario «%1» en esta computadora</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>no se puede usar: %1</translation>
    </message>
    <message>
        <source>is not a practice pack (not a file)</source>
        <translation>no es un paquete del consultorio (no es un archivo)</translation>
    </message>
    <message>
        <source>is too large to be a practice pack (%1)</source>
        <translation>es demasiado grande para ser un paquete del consultorio (%1)</translation>
    </message>
    <message>
        <source>is not a readable practice pack (%1)</source>
        <translation>no es un paquete del consultorio que se pueda leer (%1)</translation>
    </message>
    <message>
        <source>holds too many files (%1; at most %2)</source>
        <translation>contiene demasiados archivos (%1; como máximo %2)</translation>
    </message>
    <message>
        <source>%1 has the same name as %2 (names must differ in more than upper and lower case)</source>
        <translation>%1 tiene el mismo nombre que %2 (los nombres deben diferir en algo más que mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>unpacks to too much (%1; at most %2)</source>
        <translation>ocupa demasiado al descomprimirse (%1; como máximo %2)</translation>
    </message>
    <message>
        <source>its %1 is too large</source>
        <translation>su %1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is in the pack but not in its manifest</source>
        <translation>%1 está en el paquete pero no en su manifiesto</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not in the pack</source>
        <translation>%1 figura en el manifiesto pero no está en el paquete</translation>
    </message>
    <message>
        <source>%1 does not match its checksum in the manifest (changed or damaged)</source>
        <translation>%1 no coincide con su suma de verificación del manifiesto (modificado o dañado)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not a pack manifest (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es un manifiesto de paquete (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>was made by a newer Handout Builder; please update</source>
        <translation>se creó con una versión más nueva de Handout Builder; actualice la aplicación</translation>
    </message>
    <message>
        <source>must be a SHA-256 checksum (64 hex digits)</source>
        <translation>debe ser una suma de verificación SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>%1 is a name the pack keeps for itself</source>
        <translation>%1 es un nombre que el paquete reserva para sí</translation>
    </message>
    <message>
        <source>cannot make the pack: %1</source>
        <translation>no se puede crear el paquete: %1</translation>
    </message>
    <message>
        <source>%1 is not a library entry, a layout or a brand profile, nor part of one</source>
        <translation>%1 no es una explicación de la biblioteca, un diseño ni un perfil de marca, ni parte de uno</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; replaces the built-in explanation of that name for you</source>
        <translation>la explicación «%1» sustituye, para usted, la explicación incluida con ese nombre</translation>
    </message>
    <message>
        <source>the logo must be a file in the pack, next to the profile</source>
        <translation>el logotipo debe ser un archivo del paquete, junto al perfil</translation>
    </message>
    <message>
        <source>is named &apos;%1&apos; in its %2; its folder must be too</source>
        <translation>se llama «%1» en su %2; su carpeta debe llamarse igual</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>la tabla</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <source>the text ‘%1’</source>
        <translation>el texto «%1»</translation>
    </message>
    <message>
        <source>%1 in ‘%2’</source>
        <translation>%1 en «%2»</translation>
    </message>
    <message>
        <source>the heading ‘%1’</source>
        <translation>el encabezado «%1»</translation>
    </message>
    <message>
        <source>%1; text this size needs %2</source>
        <translation>%1; el texto de este tamaño necesita %2</translation>
    </message>
    <message>
        <source>shorten the text or leave something out</source>
        <translation>acorte el texto o quite algo</translation>
    </message>
    <message>
        <source>shorten it, or for a table use fewer columns</source>
        <translation>acórtelo o, si es una tabla, use menos columnas</translation>
    </message>
    <message>
        <source>make it smaller or shorter</source>
        <translation>hágalo más pequeño o más corto</translation>
    </message>
    <message>
        <source>most printers cannot print there; the layout&apos;s margins are too narrow</source>
        <translation>la mayoría de las impresoras no imprimen ahí; los márgenes del diseño son demasiado estrechos</translation>
    </message>
    <message>
        <source>the layout should keep a heading with its first lines</source>
        <translation>el diseño debería mantener cada encabezado junto a sus primeras líneas</translation>
    </message>
    <message>
        <source>choose a darker brand colour</source>
        <translation>elija un color de marca más oscuro</translation>
    </message>
    <message>
        <source>it should stay on one page; make it shorter</source>
        <translation>debería caber en una página; acórtelo</translation>
    </message>
    <message>
        <source>shorten it (brand profile or title) or choose another layout</source>
        <translation>acórtelo (perfil de marca o título) o elija otro diseño</translation>
    </message>
    <message>
        <source>the disclaimer</source>
        <translation>el aviso legal</translation>
    </message>
    <message>
        <source>the page number</source>
        <translation>el número de página</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>el logotipo</translation>
    </message>
    <message>
        <source>the crisis line</source>
        <translation>la línea de crisis</translation>
    </message>
    <message>
        <source>the contact line</source>
        <translation>la línea de contacto</translation>
    </message>
    <message>
        <source>the contact information</source>
        <translation>los datos de contacto</translation>
    </message>
    <message>
        <source>the practice name</source>
        <translation>el nombre del consultorio</translation>
    </message>
    <message>
        <source>the practice name and title</source>
        <translation>el nombre del consultorio y el título</translation>
    </message>
    <message>
        <source>the clinician&apos;s name</source>
        <translation>el nombre del profesional</translation>
    </message>
    <message>
        <source>the list of sources</source>
        <translation>la lista de fuentes</translation>
    </message>
    <message>
        <source>the cutting instructions</source>
        <translation>las instrucciones de corte</translation>
    </message>
    <message>
        <source>the cover&apos;s text</source>
        <translation>el texto de la portada</translation>
    </message>
    <message>
        <source>the QR code</source>
        <translation>el código QR</translation>
    </message>
    <message>
        <source>the ‘At a glance’ summary</source>
        <translation>el resumen «De un vistazo»</translation>
    </message>
    <message>
        <source>the ‘Contact us’ text</source>
        <translation>el texto «Contacte con nosotros»</translation>
    </message>
    <message>
        <source>on the inner flap</source>
        <translation>en la solapa interior</translation>
    </message>
    <message>
        <source>on the cover</source>
        <translation>en la portada</translation>
    </message>
    <message>
        <source>on the back panel</source>
        <translation>en el panel trasero</translation>
    </message>
    <message>
        <source>on its panel</source>
        <translation>en su panel</translation>
    </message>
    <message>
        <source>on its card</source>
        <translation>en su tarjeta</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>en el encabezado</translation>
    </message>
    <message>
        <source>in the footer</source>
        <translation>en el pie de página</translation>
    </message>
    <message>
        <source>in the margin</source>
        <translation>en el margen</translation>
    </message>
    <message>
        <source>%1 does not fit %2%3</source>
        <translation>%1 no cabe %2%3</translation>
    </message>
    <message>
        <source>%1 (about %2 mm too much)</source>
        <translation>%1 (sobran unos %2 mm)</translation>
    </message>
    <message>
        <source>%1 is wider than the page%2</source>
        <translation>%1 es más ancho que la página%2</translation>
    </message>
    <message>
        <source>%1 runs off the foot of the page%2</source>
        <translation>%1 se sale por el pie de la página%2</translation>
    </message>
    <message>
        <source>%1 is printed too close to the edge of the paper%2</source>
        <translation>%1 se imprime demasiado cerca del borde del papel%2</translation>
    </message>
    <message>
        <source>%1 is alone at the foot of page %2</source>
        <translation>%1 queda solo al pie de la página %2</translation>
    </message>
    <message>
        <source>%1 is too pale on its background (%2)</source>
        <translation>%1 es demasiado claro sobre su fondo (%2)</translation>
    </message>
    <message>
        <source>%1 is split across two pages</source>
        <translation>%1 queda partido entre dos páginas</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source> on every page</source>
        <translation> en todas las páginas</translation>
    </message>
    <message>
        <source> on page %1</source>
        <translation> en la página %1</translation>
    </message>
    <message>
        <source> on pages %1 and %2</source>
        <translation> en las páginas %1 y %2</translation>
    </message>
    <message>
        <source> on %1 pages</source>
        <translation> en %1 páginas</translation>
    </message>
    <message>
        <source>the end of “%1”</source>
        <translation>el final de «%1»</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 sections were cut: %2</source>
        <translation>se cortaron %1 secciones: %2</translation>
    </message>
    <message>
        <source>1 section was cut: %1</source>
        <translation>se cortó 1 sección: %1</translation>
    </message>
    <message>
        <source>the end of the handout was cut</source>
        <translation>se cortó el final del folleto</translation>
    </message>
    <message>
        <source>%1; also cut: %2</source>
        <translation>%1; también se cortó: %2</translation>
    </message>
    <message>
        <source>content does not fit the %1 of this layout; %2. Remove a section, shorten the text or switch off illustrations</source>
        <translation>el contenido no cabe en %1 de este diseño; %2. Quite una sección, acorte el texto o desactive las ilustraciones</translation>
    </message>
    <message>
        <source>must be a table of the layout&apos;s words in that language</source>
        <translation>debe ser una tabla con las palabras del diseño en ese idioma</translation>
    </message>
    <message>
        <source>must be a table of option labels (NAME = &quot;label&quot;)</source>
        <translation>debe ser una tabla de etiquetas de opciones (NOMBRE = &quot;etiqueta&quot;)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>%1 hit an unexpected problem (%2). Your work is still open; please save it. Details were written to the error log.</source>
        <translation>%1 tuvo un problema inesperado (%2). Su trabajo sigue abierto; guárdelo, por favor. Los detalles se anotaron en el registro de errores.</translation>
    </message>
</context>
<context>
    <name>BrandCommands</name>
    <message>
        <source>%1 (has a mistake)</source>
        <translation>%1 (tiene un error)</translation>
    </message>
    <message>
        <source>The brand profile</source>
        <translation>El perfil de marca</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>Perfil predeterminado</translation>
    </message>
    <message>
        <source>Saved the brand profile “%1”</source>
        <translation>Se guardó el perfil de marca “%1”</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Logo images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes de logotipo (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The crisis line for your clients&apos; region, e.g. a national suicide and crisis line and your local emergency number</source>
        <translation>La línea de crisis de la región de sus clientes, p. ej., una línea nacional de prevención del suicidio y crisis y su número local de emergencias</translation>
    </message>
    <message>
        <source>A domestic violence helpline for your clients&apos; region (optional)</source>
        <translation>Una línea de ayuda por violencia doméstica para la región de sus clientes (opcional)</translation>
    </message>
    <message>
        <source>%1: %2:1 on white — fine for text.</source>
        <translation>%1: %2:1 sobre blanco — adecuado para texto.</translation>
    </message>
    <message>
        <source>%1: %2:1 on white — fine for large headings; small text will use the darker %3.</source>
        <translation>%1: %2:1 sobre blanco — adecuado para títulos grandes; el texto pequeño usará el tono más oscuro %3.</translation>
    </message>
    <message>
        <source>%1: %2:1 on white — too pale for text; text will use %3 and the colour stays for lines and bands.</source>
        <translation>%1: %2:1 sobre blanco — demasiado claro para texto; el texto usará %3 y el color queda para líneas y franjas.</translation>
    </message>
    <message>
        <source>Set up your practice</source>
        <translation>Configurar su consultorio</translation>
    </message>
    <message>
        <source>Edit brand profile</source>
        <translation>Editar perfil de marca</translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>Nuevo perfil de marca</translation>
    </message>
    <message>
        <source>Your practice&apos;s details print on every handout. You can change them any time in Settings ▸ Brand profiles.</source>
        <translation>Los datos de su consultorio se imprimen en cada folleto. Puede cambiarlos cuando quiera en Configuración ▸ Perfiles de marca.</translation>
    </message>
    <message>
        <source>These details print on every handout that uses this profile.</source>
        <translation>Estos datos se imprimen en cada folleto que usa este perfil.</translation>
    </message>
    <message>
        <source>Practice name (required)</source>
        <translation>Nombre del consultorio (obligatorio)</translation>
    </message>
    <message>
        <source>Printed in the header and footer of every page; also the logo&apos;s description</source>
        <translation>Se imprime en el encabezado y el pie de cada página; también describe el logotipo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Printed under the practice name</source>
        <translation>Se imprime debajo del nombre del consultorio</translation>
    </message>
    <message>
        <source>Credentials, e.g. LCSW or PhD</source>
        <translation>Títulos, p. ej., LCSW o PhD</translation>
    </message>
    <message>
        <source>Printed after your name</source>
        <translation>Se imprime después de su nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Printed in the header and footer</source>
        <translation>Se imprime en el encabezado y el pie de página</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Booking page (optional)</source>
        <translation>Página de citas (opcional)</translation>
    </message>
    <message>
        <source>Where clients book an appointment online; layouts can print a QR code to it (else to the website)</source>
        <translation>Donde sus clientes piden cita en línea; los diseños pueden imprimir un código QR que lleva a ella (si no, al sitio web)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Printed in the header, one line each</source>
        <translation>Se imprime en el encabezado, una línea cada dato</translation>
    </message>
    <message>
        <source>Street, town (one line each)</source>
        <translation>Calle, ciudad (una por línea)</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file</source>
        <translation>Un archivo PNG, JPEG o SVG</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Print the practice name without a logo</source>
        <translation>Imprimir el nombre del consultorio sin logotipo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Color principal</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Colour contrast</source>
        <translation>Contraste de colores</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <source>The font of your handouts (large print always uses Atkinson)</source>
        <translation>El tipo de letra de sus folletos (la letra grande siempre usa Atkinson)</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Printed at the foot of every page</source>
        <translation>Se imprime al pie de cada página</translation>
    </message>
    <message>
        <source>Printed in an &apos;If you need help now&apos; box and at the foot of every page</source>
        <translation>Se imprime en un recuadro &apos;Si necesita ayuda ahora&apos; y al pie de cada página</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>I have checked that this crisis line is right for my clients&apos; region</source>
        <translation>Comprobé que esta línea sirve en la región de mis clientes</translation>
    </message>
    <message>
        <source>A crisis line is saved only once you confirm it</source>
        <translation>La línea de crisis se guarda solo cuando usted la confirma</translation>
    </message>
    <message>
        <source>Printed in the &apos;If you need help now&apos; box of handouts whose topics are about couples and relationships (optional)</source>
        <translation>Se imprime en el recuadro &apos;Si necesita ayuda ahora&apos; de los folletos sobre pareja y relaciones (opcional)</translation>
    </message>
    <message>
        <source>Domestic violence line</source>
        <translation>Línea de violencia doméstica</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nombre del consultorio</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Booking page</source>
        <translation>Página de citas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this brand profile in your data folder</source>
        <translation>Guardar este perfil de marca en su carpeta de datos</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Use the sample practice until you set up your own</source>
        <translation>Usar el consultorio de ejemplo hasta que configure el suyo</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spanish texts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Textos en español&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spanish texts</source>
        <translation>Textos en español</translation>
    </message>
    <message>
        <source>Printed on handouts in Spanish. Leave a text empty and the English one is printed (the preview says so).</source>
        <translation>Se imprimen en los folletos en español. Si deja un texto vacío, se imprime el de inglés (la vista previa lo indica).</translation>
    </message>
    <message>
        <source>The disclaimer printed on Spanish handouts</source>
        <translation>El aviso legal que se imprime en los folletos en español</translation>
    </message>
    <message>
        <source>Spanish disclaimer</source>
        <translation>Aviso legal en español</translation>
    </message>
    <message>
        <source>The crisis line printed on Spanish handouts</source>
        <translation>La línea de crisis que se imprime en los folletos en español</translation>
    </message>
    <message>
        <source>Spanish crisis line</source>
        <translation>Línea de crisis en español</translation>
    </message>
    <message>
        <source>The domestic violence line printed on Spanish handouts</source>
        <translation>La línea de violencia doméstica que se imprime en los folletos en español</translation>
    </message>
    <message>
        <source>Spanish domestic violence line</source>
        <translation>Línea de violencia doméstica en español</translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation>No se puede mostrar</translation>
    </message>
    <message>
        <source>Cannot show the logo %1</source>
        <translation>No se puede mostrar el logotipo %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logotipo: %1</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 no es una imagen PNG, JPEG ni SVG.</translation>
    </message>
    <message>
        <source>Please confirm that the crisis line is right for your clients&apos; region (or leave it empty for now).</source>
        <translation>Confirme, por favor, que la línea de crisis es la correcta para la región de sus clientes (o déjela vacía por ahora).</translation>
    </message>
    <message>
        <source>Saved — but some pictures inside the logo will not print:</source>
        <translation>Guardado, pero algunas imágenes dentro del logotipo no se imprimirán:</translation>
    </message>
</context>
<context>
    <name>BrandManager</name>
    <message>
        <source>Brand profiles</source>
        <translation>Perfiles de marca</translation>
    </message>
    <message>
        <source>Your practice profiles; double-click one to edit it</source>
        <translation>Los perfiles de su consultorio; haga doble clic en uno para editarlo</translation>
    </message>
    <message>
        <source>No brand profiles yet. Handouts use the sample practice until you press New… and enter your own details.</source>
        <translation>Aún no hay perfiles de marca. Los folletos usan el consultorio de ejemplo hasta que pulse Nuevo… e introduzca sus propios datos.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Set up another practice or clinician</source>
        <translation>Configurar otro consultorio o profesional</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation>Cambiar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected profile, e.g. for another clinician in the practice</source>
        <translation>Copiar el perfil seleccionado, p. ej., para otro profesional del consultorio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Use by default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>New handouts use this profile</source>
        <translation>Los folletos nuevos usan este perfil</translation>
    </message>
    <message>
        <source>Close this window; every change is already saved</source>
        <translation>Cerrar esta ventana; todos los cambios ya están guardados</translation>
    </message>
    <message>
        <source>Each profile is one set of practice details. Pick one per handout in the toolbar.</source>
        <translation>Cada perfil reúne los datos de un consultorio. Elija uno por folleto en la barra de herramientas.</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (predeterminado)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Delete brand profile</source>
        <translation>Eliminar perfil de marca</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Handouts that use it will print with the default profile.</source>
        <translation>¿Eliminar el perfil “%1”? Los folletos que lo usan se imprimirán con el perfil predeterminado.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose the %1</source>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;In this handout&lt;/th&gt;&lt;th&gt;New library wording&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;En este folleto&lt;/th&gt;&lt;th&gt;Nuevo texto de la biblioteca&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Library updated: %1</source>
        <translation>Biblioteca actualizada: %1</translation>
    </message>
    <message>
        <source>The library&apos;s wording of this explanation changed after you added it to this handout. Your handout keeps its own wording until you choose.</source>
        <translation>El texto de esta explicación en la biblioteca cambió después de que usted la añadiera a este folleto. Su folleto conserva su propio texto hasta que usted decida.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Use the new library wording</source>
        <translation>Usar el nuevo texto de la biblioteca</translation>
    </message>
    <message>
        <source>Keep my wording</source>
        <translation>Conservar mi texto</translation>
    </message>
</context>
<context>
    <name>EditorChecks</name>
    <message>
        <source>long sentences: pale yellow band</source>
        <translation>oraciones largas: franja amarilla clara</translation>
    </message>
    <message>
        <source>jargon: blue wavy underline</source>
        <translation>jerga técnica: subrayado ondulado azul</translation>
    </message>
    <message>
        <source>passive voice: purple dotted underline</source>
        <translation>voz pasiva: subrayado punteado morado</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Marcado: %1</translation>
    </message>
    <message>
        <source>Plainer: “%1”</source>
        <translation>Más sencillo: “%1”</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Reemplazar por “%1”</translation>
    </message>
    <message>
        <source>Right-click to replace it.</source>
        <translation>Haga clic derecho para reemplazarlo.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exportado: %1 (%n página)</numerusform>
            <numerusform>Exportado: %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Se envió %n página a la impresora</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Impresión cancelada</translation>
    </message>
    <message>
        <source>Checking the practice pack “%1”…</source>
        <translation>Comprobando el paquete del consultorio “%1”…</translation>
    </message>
    <message>
        <source>Practice pack imported: %1 added, %2 replaced</source>
        <translation>Paquete del consultorio importado: %1 añadidos, %2 sustituidos</translation>
    </message>
    <message numerus="yes">
        <source>; %n of yours kept</source>
        <translation>
            <numerusform>; se conservó %n de los suyos</numerusform>
            <numerusform>; se conservaron %n de los suyos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open handout</source>
        <translation>No se puede abrir el folleto</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>One handout at a time</source>
        <translation>Un folleto a la vez</translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</source>
        <translation>
            <numerusform>Se abrió “%1”. %2 muestra un folleto a la vez: %3 está al principio de Archivo ▸ Abrir recientes.</numerusform>
            <numerusform>Se abrió “%1”. %2 muestra un folleto a la vez: %3 están al principio de Archivo ▸ Abrir recientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Untitled handout</source>
        <translation>Folleto sin título</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar “%1”</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover sección</translation>
    </message>
    <message>
        <source>Edit wording</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Reset to library wording</source>
        <translation>Volver al texto de la biblioteca</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Duplicar sección</translation>
    </message>
    <message>
        <source>Keep my wording</source>
        <translation>Conservar mi texto</translation>
    </message>
    <message>
        <source>Edit handout details</source>
        <translation>Editar datos del folleto</translation>
    </message>
    <message>
        <source>Choose brand</source>
        <translation>Elegir marca</translation>
    </message>
    <message>
        <source>Tick checklist</source>
        <translation>Marcar lista de verificación</translation>
    </message>
    <message>
        <source>Change print options</source>
        <translation>Cambiar opciones de impresión</translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <source>The reading checks failed: %1</source>
        <translation>Las comprobaciones de lectura fallaron: %1</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Control siguiente / anterior</translation>
    </message>
    <message>
        <source>Alt+B, Alt+L, Alt+P</source>
        <translation>Alt+M, Alt+D, Alt+P</translation>
    </message>
    <message>
        <source>The Brand, Layout and Paper pickers</source>
        <translation>Los selectores de Marca, Diseño y Papel</translation>
    </message>
    <message>
        <source>Enter (library)</source>
        <translation>Intro (biblioteca)</translation>
    </message>
    <message>
        <source>Add the selected explanation to the handout</source>
        <translation>Añadir la explicación seleccionada al folleto</translation>
    </message>
    <message>
        <source>Down (search field)</source>
        <translation>Flecha abajo (campo de búsqueda)</translation>
    </message>
    <message>
        <source>Go to the search results</source>
        <translation>Ir a los resultados de búsqueda</translation>
    </message>
    <message>
        <source>Delete (section list)</source>
        <translation>Supr (lista de secciones)</translation>
    </message>
    <message>
        <source>Remove the selected section</source>
        <translation>Quitar la sección seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+B, Ctrl+I</source>
        <translation>Ctrl+B, Ctrl+I</translation>
    </message>
    <message>
        <source>Bold, italic (section editor)</source>
        <translation>Negrita, cursiva (editor de secciones)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8, Ctrl+Shift+7</source>
        <translation>Ctrl+Mayús+8, Ctrl+Mayús+7</translation>
    </message>
    <message>
        <source>Bulleted, numbered list (section editor)</source>
        <translation>Lista con viñetas, numerada (editor de secciones)</translation>
    </message>
    <message>
        <source>Ctrl+2, Ctrl+0</source>
        <translation>Ctrl+2, Ctrl+0</translation>
    </message>
    <message>
        <source>Heading, normal text (section editor)</source>
        <translation>Título, texto normal (editor de secciones)</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Re Pág / Av Pág</translation>
    </message>
    <message>
        <source>Scroll the preview</source>
        <translation>Desplazar la vista previa</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Keys&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;What they do&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Atajos de teclado&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Teclas&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Qué hacen&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Branded, easy-to-read psychoeducation handouts, made offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Folletos psicoeducativos fáciles de leer, con la marca de su consultorio, creados sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries and fonts inside&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Package&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Bibliotecas y tipos de letra incluidos&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Paquete&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Versión&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licencia&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>consulte sus archivos</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;h3&gt;Licence texts&lt;/h3&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Textos de las licencias&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Close this page</source>
        <translation>Cerrar esta página</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Handout history</source>
        <translation>Historial de folletos</translation>
    </message>
    <message>
        <source>Every handout you export or print is recorded here, on this computer only, so you can see what a client was given and print it again exactly.</source>
        <translation>Cada folleto que usted exporta o imprime queda registrado aquí, solo en esta computadora, para que pueda ver qué se le entregó a un cliente y volver a imprimirlo tal cual.</translation>
    </message>
    <message>
        <source>The history is switched off (Settings ▸ Preferences): nothing new is recorded. Records made before are still here until you delete them.</source>
        <translation>El historial está desactivado (Configuración ▸ Preferencias): no se registra nada nuevo. Los registros anteriores siguen aquí hasta que usted los elimine.</translation>
    </message>
    <message>
        <source>Search by client or topic</source>
        <translation>Buscar por cliente o tema</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Folletos entregados</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Volver a imprimir…</translation>
    </message>
    <message>
        <source>Print this handout exactly as it was given</source>
        <translation>Imprimir este folleto tal como se entregó</translation>
    </message>
    <message>
        <source>Save PDF again…</source>
        <translation>Volver a guardar el PDF…</translation>
    </message>
    <message>
        <source>Save this handout&apos;s PDF exactly as it was given</source>
        <translation>Guardar el PDF de este folleto tal como se entregó</translation>
    </message>
    <message>
        <source>Open as new handout</source>
        <translation>Abrir como folleto nuevo</translation>
    </message>
    <message>
        <source>Start a new handout from this one (for the same client, or to adapt it)</source>
        <translation>Empezar un folleto nuevo a partir de este (para el mismo cliente o para adaptarlo)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this record (the client&apos;s handout is not affected)</source>
        <translation>Eliminar este registro (el folleto del cliente no cambia)</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Eliminar todo…</translation>
    </message>
    <message>
        <source>Delete every record of the history</source>
        <translation>Eliminar todos los registros del historial</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <source>Could not read a record: %1</source>
        <translation>No se pudo leer un registro: %1</translation>
    </message>
    <message>
        <source>No record matches your search.</source>
        <translation>Ningún registro coincide con su búsqueda.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: exported and printed handouts appear here.</source>
        <translation>Aún no hay registros: aquí aparecen los folletos exportados e impresos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — Printed %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Impreso el %2 para %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — Exported %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Exportado el %2 para %3</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 paper · language %4</source>
        <translation>%1 · %2 · papel %3 · idioma %4</translation>
    </message>
    <message>
        <source> · PDF kept</source>
        <translation> · PDF guardado</translation>
    </message>
    <message>
        <source>library entry %1, revision %2</source>
        <translation>entrada de biblioteca %1, revisión %2</translation>
    </message>
    <message>
        <source>your own text</source>
        <translation>su propio texto</translation>
    </message>
    <message>
        <source>This record was changed after it was made; it may not be exact.</source>
        <translation>Este registro se modificó después de crearse; puede no ser exacto.</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>No se puede guardar el PDF</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete the record of “%1” for %2 (%3)? Nothing else is changed.</source>
        <translation>¿Eliminar el registro de “%1” para %2 (%3)? No cambia nada más.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Delete the whole history</source>
        <translation>Eliminar todo el historial</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n record(s) of the handout history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el registro del historial de folletos? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar los %n registros del historial de folletos? No se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>LayoutOptions</name>
    <message>
        <source>This layout has no options of its own</source>
        <translation>Este diseño no tiene opciones propias</translation>
    </message>
</context>
<context>
    <name>LayoutWatcher</name>
    <message>
        <source> (has problems)</source>
        <translation> (tiene problemas)</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (consultorio)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (suyo)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Adult</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Madres y padres</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>adults</source>
        <translation>adultos</translation>
    </message>
    <message>
        <source>teens</source>
        <translation>adolescentes</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>madres y padres</translation>
    </message>
    <message>
        <source>couples</source>
        <translation>parejas</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Reading grade %1</source>
        <translation>Grado de lectura %1</translation>
    </message>
    <message>
        <source>Search explanations…</source>
        <translation>Buscar explicaciones…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search titles, summaries, tags and text (Ctrl+F). Enter adds the first match; Down goes to the list.</source>
        <translation>Busca en títulos, resúmenes, etiquetas y texto (Ctrl+F). Intro añade el primer resultado; Flecha abajo va a la lista.</translation>
    </message>
    <message>
        <source>Filter by audience</source>
        <translation>Filtrar por público</translation>
    </message>
    <message>
        <source>Show only explanations written for this audience</source>
        <translation>Mostrar solo las explicaciones escritas para este público</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Todos los públicos</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Show only explanations with this tag</source>
        <translation>Mostrar solo las explicaciones con esta etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Library explanations</source>
        <translation>Explicaciones de la biblioteca</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag an explanation to the outline to add it</source>
        <translation>Haga doble clic, pulse Intro o arrastre una explicación al esquema para añadirla</translation>
    </message>
    <message>
        <source>Explanation text</source>
        <translation>Texto de la explicación</translation>
    </message>
    <message>
        <source>The library&apos;s wording of the selected explanation (read-only)</source>
        <translation>El texto de la biblioteca para la explicación seleccionada (solo lectura)</translation>
    </message>
    <message>
        <source>Select an explanation to read it here.</source>
        <translation>Seleccione una explicación para leerla aquí.</translation>
    </message>
    <message>
        <source>Version to add</source>
        <translation>Versión que se añadirá</translation>
    </message>
    <message>
        <source>This explanation has versions for other readers; choose the one to add</source>
        <translation>Esta explicación tiene versiones para otros lectores; elija la que desea añadir</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Problems in your entry</source>
        <translation>Problemas en su entrada</translation>
    </message>
    <message>
        <source>What the content checks found in your own entry (the same as &apos;handout-builder library lint&apos;); fix them in the entry&apos;s file</source>
        <translation>Lo que las comprobaciones de contenido encontraron en su propia entrada (igual que &apos;handout-builder library lint&apos;); corríjalo en el archivo de la entrada</translation>
    </message>
    <message>
        <source>Add to handout</source>
        <translation>Añadir al folleto</translation>
    </message>
    <message>
        <source>Add the selected explanation to the handout (Enter)</source>
        <translation>Añadir la explicación seleccionada al folleto (Intro)</translation>
    </message>
    <message>
        <source>Library entries left out</source>
        <translation>Entradas de la biblioteca omitidas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Left out, with a mistake to fix: %1%2. %3.</source>
        <translation>Omitidas por un error que hay que corregir: %1%2. %3.</translation>
    </message>
    <message>
        <source>This translation has not yet been reviewed by a bilingual clinician: read it before you give it to a client.</source>
        <translation>Un profesional bilingüe aún no ha revisado esta traducción: léala antes de entregarla a un cliente.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <source> · Also for: %1</source>
        <translation> · También para: %1</translation>
    </message>
    <message>
        <source> · Practice entry</source>
        <translation> · Entrada del consultorio</translation>
    </message>
    <message>
        <source> · Your entry</source>
        <translation> · Su entrada</translation>
    </message>
    <message>
        <source> · Translation not yet reviewed</source>
        <translation> · Traducción aún sin revisar</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>Hay que corregirlo</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Conviene revisarlo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your library entry</source>
        <translation>Su entrada de biblioteca</translation>
    </message>
    <message>
        <source>A setting could not be used, so it was reset: %1</source>
        <translation>No se pudo usar un ajuste, así que se restableció: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The recovery file</source>
        <translation>El archivo de recuperación</translation>
    </message>
    <message>
        <source>Restored your unsaved work — save it to keep it.</source>
        <translation>Se recuperó su trabajo sin guardar; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Write in %1</source>
        <translation>Escribir en %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Cannot read your brand profiles</source>
        <translation>No se pueden leer sus perfiles de marca</translation>
    </message>
    <message>
        <source>“%1” is not saved in a file</source>
        <translation>“%1” no está guardado en un archivo</translation>
    </message>
    <message>
        <source>Cannot duplicate profile</source>
        <translation>No se puede duplicar el perfil</translation>
    </message>
    <message>
        <source>“%1” belongs to the practice folder, which this app never changes; ask whoever looks after that folder to remove it</source>
        <translation>“%1” pertenece a la carpeta del consultorio, que esta aplicación nunca modifica; pida a quien se ocupa de esa carpeta que lo elimine</translation>
    </message>
    <message>
        <source>Cannot delete profile</source>
        <translation>No se puede eliminar el perfil</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>¿Imprimir de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in this handout will not print whole or on the paper.</source>
        <translation>
            <numerusform>Hay %n elemento de este folleto que no se imprimirá entero o dentro del papel.</numerusform>
            <numerusform>Hay %n elementos de este folleto que no se imprimirán enteros o dentro del papel.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (listed under the preview)</source>
        <translation>… y %1 más (en la lista bajo la vista previa)</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>A PDF you asked for is still being made.</source>
        <translation>Todavía se está creando un PDF que usted pidió.</translation>
    </message>
    <message>
        <source>If you close now, it is neither saved nor printed.</source>
        <translation>Si cierra ahora, no se guardará ni se imprimirá.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Cannot open handout</source>
        <translation>No se puede abrir el folleto</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir “%1”. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot save handout</source>
        <translation>No se puede guardar el folleto</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>¿Guardar primero los cambios en “%1”?</translation>
    </message>
    <message>
        <source>Handouts (*%1);;All files (*)</source>
        <translation>Folletos (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open handout</source>
        <translation>Abrir folleto</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar folleto</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translation>No se puede leer la biblioteca</translation>
    </message>
    <message>
        <source>Cannot save to your library</source>
        <translation>No se puede guardar en su biblioteca</translation>
    </message>
    <message>
        <source>%1 “%2” was left out: %3</source>
        <translation>%1 “%2” se omitió: %3</translation>
    </message>
    <message>
        <source>the pages could not be made</source>
        <translation>no se pudieron crear las páginas</translation>
    </message>
    <message>
        <source>Cannot save preferences</source>
        <translation>No se pueden guardar las preferencias</translation>
    </message>
    <message>
        <source>Not added to the history</source>
        <translation>No se añadió al historial</translation>
    </message>
    <message>
        <source>The handout was saved, but it could not be added to the handout history.</source>
        <translation>El folleto se guardó, pero no se pudo añadir al historial de folletos.</translation>
    </message>
    <message>
        <source>The handout was sent to the printer, but it could not be added to the handout history.</source>
        <translation>El folleto se envió a la impresora, pero no se pudo añadir al historial de folletos.</translation>
    </message>
    <message>
        <source>Cannot read the handout history</source>
        <translation>No se puede leer el historial de folletos</translation>
    </message>
    <message>
        <source>Cannot delete the record</source>
        <translation>No se puede eliminar el registro</translation>
    </message>
    <message>
        <source>Cannot delete the history</source>
        <translation>No se puede eliminar el historial</translation>
    </message>
    <message>
        <source>Cannot delete the cached previews</source>
        <translation>No se pueden eliminar las vistas previas guardadas</translation>
    </message>
    <message>
        <source>Cannot reprint</source>
        <translation>No se puede volver a imprimir</translation>
    </message>
    <message>
        <source>This record can no longer be printed as it was.</source>
        <translation>Este registro ya no se puede imprimir tal como era.</translation>
    </message>
    <message>
        <source>Practice packs (*%1);;All files (*)</source>
        <translation>Paquetes del consultorio (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import practice pack</source>
        <translation>Importar paquete del consultorio</translation>
    </message>
    <message>
        <source>Cannot import practice pack</source>
        <translation>No se puede importar el paquete del consultorio</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. Nothing was changed.</source>
        <translation>“%1” no se puede importar. No se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” was not imported. Nothing was changed.</source>
        <translation>“%1” no se importó. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… y %n problema más</numerusform>
            <numerusform>… y %n problemas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Handout title</source>
        <translation>Título del folleto</translation>
    </message>
    <message>
        <source>The title printed at the top of the handout</source>
        <translation>El título que se imprime en la parte superior del folleto</translation>
    </message>
    <message>
        <source>Subtitle (optional)</source>
        <translation>Subtítulo (opcional)</translation>
    </message>
    <message>
        <source>A line printed under the title; leave empty for none</source>
        <translation>Una línea que se imprime bajo el título; déjela vacía si no quiere ninguna</translation>
    </message>
    <message>
        <source>Prepared for (optional)</source>
        <translation>Preparado para (opcional)</translation>
    </message>
    <message>
        <source>The client&apos;s first name, if you want it printed. It stays in this handout file on your computer.</source>
        <translation>El nombre de pila del cliente, si quiere que se imprima. Se queda en este archivo del folleto, en su computadora.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Print a date on the handout</source>
        <translation>Imprimir una fecha en el folleto</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Handout date</source>
        <translation>Fecha del folleto</translation>
    </message>
    <message>
        <source>The date printed on the handout (tick Date to print one)</source>
        <translation>La fecha que se imprime en el folleto (marque Fecha para imprimirla)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Sections of the handout</source>
        <translation>Secciones del folleto</translation>
    </message>
    <message>
        <source>Drag to reorder; drop explanations from the library here</source>
        <translation>Arrastre para cambiar el orden; suelte aquí explicaciones de la biblioteca</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the section up (Alt+Up)</source>
        <translation>Subir la sección (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the section down (Alt+Down)</source>
        <translation>Bajar la sección (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the section from this handout (Delete)</source>
        <translation>Quitar la sección de este folleto (Supr)</translation>
    </message>
    <message>
        <source>Reset wording</source>
        <translation>Restablecer texto</translation>
    </message>
    <message>
        <source>Go back to the library&apos;s wording</source>
        <translation>Volver al texto de la biblioteca</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Add a copy of the section below it</source>
        <translation>Añadir una copia de la sección debajo de ella</translation>
    </message>
    <message>
        <source>Add explanations from the library: double-click one, or drag it here.</source>
        <translation>Añada explicaciones de la biblioteca: haga doble clic en una o arrástrela hasta aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Folleto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>✎ edited</source>
        <translation>✎ editada</translation>
    </message>
    <message>
        <source>⟳ library updated</source>
        <translation>⟳ biblioteca actualizada</translation>
    </message>
    <message>
        <source>The wording was changed for this handout.</source>
        <translation>El texto se cambió para este folleto.</translation>
    </message>
    <message>
        <source>The library&apos;s wording changed since this was added: select it and press Compare.</source>
        <translation>El texto de la biblioteca cambió desde que se añadió: selecciónela y pulse Comparar.</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <source>Library entry</source>
        <translation>Entrada de biblioteca</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Perfil de marca</translation>
    </message>
    <message>
        <source>Adds (%1)</source>
        <translation>Añade (%1)</translation>
    </message>
    <message>
        <source>Would replace your own (%1)</source>
        <translation>Sustituiría los suyos (%1)</translation>
    </message>
    <message>
        <source>Already the same as yours (%1)</source>
        <translation>Ya son iguales a los suyos (%1)</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Import practice pack</source>
        <translation>Importar paquete del consultorio</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>, versión %1</translation>
    </message>
    <message>
        <source> — made %1</source>
        <translation> — creado el %1</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <source>What the pack holds</source>
        <translation>Qué contiene el paquete</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas y notas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>Replace my %n item(s) that differ(s) with the pack&apos;s</source>
        <translation>
            <numerusform>Sustituir mi elemento distinto por el del paquete</numerusform>
            <numerusform>Sustituir mis %n elementos distintos por los del paquete</numerusform>
        </translation>
    </message>
    <message>
        <source>Unticked, your own versions are kept and the rest is imported</source>
        <translation>Sin marcar, se conservan sus propias versiones y se importa el resto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add what the pack brings to your own files</source>
        <translation>Añadir lo que trae el paquete a sus propios archivos</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message numerus="yes">
        <source>This pack cannot be imported: %n problem(s) (below). Nothing was changed; ask whoever made the pack for a corrected one.</source>
        <translation>
            <numerusform>Este paquete no se puede importar: %n problema (abajo). No se cambió nada; pida a quien hizo el paquete uno corregido.</numerusform>
            <numerusform>Este paquete no se puede importar: %n problemas (abajo). No se cambió nada; pida a quien hizo el paquete uno corregido.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have everything in this pack already; there is nothing to import.</source>
        <translation>Usted ya tiene todo lo que trae este paquete; no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>adds %n new item(s)</source>
        <translation>
            <numerusform>añade %n elemento nuevo</numerusform>
            <numerusform>añade %n elementos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s) from your own, which you keep unless you tick the box below</source>
        <translation>
            <numerusform>%n es distinto del suyo, que usted conserva salvo que marque la casilla de abajo</numerusform>
            <numerusform>%n son distintos de los suyos, que usted conserva salvo que marque la casilla de abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: every layout, explanation and brand profile is fine. Importing %1.</source>
        <translation>Comprobado: todos los diseños, explicaciones y perfiles de marca están bien. La importación %1.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default brand profile</source>
        <translation>Perfil de marca predeterminado</translation>
    </message>
    <message>
        <source>The practice details new handouts start with</source>
        <translation>Los datos del consultorio con los que empiezan los folletos nuevos</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Diseño predeterminado</translation>
    </message>
    <message>
        <source>The layout new handouts start with</source>
        <translation>El diseño con el que empiezan los folletos nuevos</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Tamaño de papel predeterminado</translation>
    </message>
    <message>
        <source>The paper size new handouts start with</source>
        <translation>El tamaño de papel con el que empiezan los folletos nuevos</translation>
    </message>
    <message>
        <source>Default handout language</source>
        <translation>Idioma predeterminado de los folletos</translation>
    </message>
    <message>
        <source>The language new handouts are written in: their library, fixed words and dates</source>
        <translation>El idioma en que se escriben los folletos nuevos: su biblioteca, textos fijos y fechas</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The language of the app&apos;s menus and dialogs (takes effect at the next start)</source>
        <translation>El idioma de los menús y cuadros de diálogo de la aplicación (se aplica al volver a abrirla)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <source>A new language of the app shows the next time you start it.</source>
        <translation>El nuevo idioma de la aplicación se verá la próxima vez que la abra.</translation>
    </message>
    <message>
        <source>Your library folder</source>
        <translation>Su carpeta de biblioteca</translation>
    </message>
    <message>
        <source>Where your own explanations are kept (empty: the default)</source>
        <translation>Dónde se guardan sus propias explicaciones (vacío: la carpeta predeterminada)</translation>
    </message>
    <message>
        <source>Practice folder</source>
        <translation>Carpeta del consultorio</translation>
    </message>
    <message>
        <source>None (a shared folder with library, layouts, brands)</source>
        <translation>Ninguna (una carpeta compartida con biblioteca, diseños, marcas)</translation>
    </message>
    <message>
        <source>A folder your practice shares (a network drive or a synced folder): its explanations, layouts and brand profiles appear beside your own and are never changed by this app. Empty: none.</source>
        <translation>Una carpeta que comparte su consultorio (una unidad de red o una carpeta sincronizada): sus explicaciones, diseños y perfiles de marca aparecen junto a los suyos y esta aplicación nunca los modifica. Vacía: ninguna.</translation>
    </message>
    <message>
        <source>Choose practice folder</source>
        <translation>Elegir la carpeta del consultorio</translation>
    </message>
    <message>
        <source>Pick your practice&apos;s shared folder</source>
        <translation>Elija la carpeta compartida de su consultorio</translation>
    </message>
    <message>
        <source>Set by %1 when the app started</source>
        <translation>Fijada por %1 al iniciarse la aplicación</translation>
    </message>
    <message>
        <source>Keep a history of the handouts I export and print</source>
        <translation>Guardar un historial de los folletos que exporto e imprimo</translation>
    </message>
    <message>
        <source>On this computer only: when, for whom, which explanations and their wording, so you can reprint exactly what a client got (File ▸ Handout history)</source>
        <translation>Solo en esta computadora: cuándo, para quién, qué explicaciones y con qué texto, para que pueda volver a imprimir exactamente lo que recibió un cliente (Archivo ▸ Historial de folletos)</translation>
    </message>
    <message>
        <source>Also keep a copy of each PDF</source>
        <translation>Guardar también una copia de cada PDF</translation>
    </message>
    <message>
        <source>Takes more space; the history can reprint without it</source>
        <translation>Ocupa más espacio; el historial puede volver a imprimir sin ella</translation>
    </message>
    <message>
        <source>Handout history</source>
        <translation>Historial de folletos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose library folder</source>
        <translation>Elegir carpeta de biblioteca</translation>
    </message>
    <message>
        <source>Pick the folder that holds your own explanations</source>
        <translation>Elija la carpeta que contiene sus propias explicaciones</translation>
    </message>
    <message>
        <source>Brand profile for new handouts</source>
        <translation>Perfil de marca para folletos nuevos</translation>
    </message>
    <message>
        <source>Layout for new handouts</source>
        <translation>Diseño para folletos nuevos</translation>
    </message>
    <message>
        <source>Paper size for new handouts</source>
        <translation>Tamaño de papel para folletos nuevos</translation>
    </message>
    <message>
        <source>Language for new handouts</source>
        <translation>Idioma de los folletos nuevos</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Conservar estas preferencias</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>No se encontró la carpeta</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Iniciando la vista previa…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>◀ Page</source>
        <translation>◀ Página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation>Página ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <source>Render problems</source>
        <translation>Problemas al generar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date · %n page(s)</source>
        <translation>
            <numerusform>Al día · %n página</numerusform>
            <numerusform>Al día · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be updated — see the problems below.</source>
        <translation>No se pudo actualizar la vista previa; vea los problemas abajo.</translation>
    </message>
    <message>
        <source>Updating… (the last preview of this handout)</source>
        <translation>Actualizando… (la última vista previa de este folleto)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Good: grade %1 or lower</source>
        <translation>Bien: grado %1 o menos</translation>
    </message>
    <message>
        <source>Acceptable: grade %1–%2; aim for %1</source>
        <translation>Aceptable: grado %1–%2; procure llegar a %1</translation>
    </message>
    <message>
        <source>Too hard: above grade %2</source>
        <translation>Demasiado difícil: por encima del grado %2</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Demasiado difícil</translation>
    </message>
    <message>
        <source>Good: INFLESZ %1 or more (bastante fácil)</source>
        <translation>Bien: INFLESZ %1 o más (bastante fácil)</translation>
    </message>
    <message>
        <source>Acceptable: INFLESZ %2–%1 (normal); aim for %1</source>
        <translation>Aceptable: INFLESZ %2–%1 (normal); procure llegar a %1</translation>
    </message>
    <message>
        <source>Too hard: INFLESZ below %2 (algo difícil or harder)</source>
        <translation>Demasiado difícil: INFLESZ por debajo de %2 (algo difícil o más)</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Aún no hay texto.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <source>INFLESZ %1 (Szigriszt-Pazos) · Fernández-Huerta %2</source>
        <translation>INFLESZ %1 (Szigriszt-Pazos) · Fernández-Huerta %2</translation>
    </message>
    <message>
        <source>Grade %1 (Flesch–Kincaid) · SMOG %2</source>
        <translation>Grado %1 (Flesch–Kincaid) · SMOG %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 words · %3 sentences · %4 to read</source>
        <translation>%1&lt;br&gt;%2 palabras · %3 oraciones · %4 de lectura</translation>
    </message>
    <message>
        <source>Reading level and checklist</source>
        <translation>Nivel de lectura y lista de verificación</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Esta sección</translation>
    </message>
    <message>
        <source>Whole handout</source>
        <translation>Todo el folleto</translation>
    </message>
    <message>
        <source>Checklist (PEMAT)</source>
        <translation>Lista de verificación (PEMAT)</translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation>Puntuación de la lista de verificación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your judgement&lt;/b&gt; — tick what is true:</source>
        <translation>&lt;b&gt;Su criterio&lt;/b&gt;: marque lo que se cumple:</translation>
    </message>
    <message>
        <source>PEMAT item %1: %2</source>
        <translation>Ítem %1 del PEMAT: %2</translation>
    </message>
    <message>
        <source>In the whole handout</source>
        <translation>En todo el folleto</translation>
    </message>
    <message>
        <source>Select a section to see its reading level.</source>
        <translation>Seleccione una sección para ver su nivel de lectura.</translation>
    </message>
    <message>
        <source>Marked in the text</source>
        <translation>Marcado en el texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n question(s) below not ticked yet count as “no”.</source>
        <translation>
            <numerusform>&lt;br&gt;%n pregunta de abajo aún sin marcar cuenta como “no”.</numerusform>
            <numerusform>&lt;br&gt;%n preguntas de abajo aún sin marcar cuentan como “no”.</numerusform>
        </translation>
    </message>
    <message>
        <source>understandability</source>
        <translation>comprensibilidad</translation>
    </message>
    <message>
        <source>actionability</source>
        <translation>aplicabilidad</translation>
    </message>
    <message>
        <source>Below the usual %1 % bar: %2.</source>
        <translation>Por debajo del umbral habitual del %1 %: %2.</translation>
    </message>
    <message>
        <source>Both at or above the usual %1 % bar.</source>
        <translation>Ambas alcanzan o superan el umbral habitual del %1 %.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic checks: %1 of %2 pass&lt;/b&gt;&lt;br&gt;Understandability %3 · actionability %4&lt;br&gt;%5%6</source>
        <translation>&lt;b&gt;Comprobaciones automáticas: se cumplen %1 de %2&lt;/b&gt;&lt;br&gt;Comprensibilidad %3 · aplicabilidad %4&lt;br&gt;%5%6</translation>
    </message>
    <message>
        <source> (%1: does not apply)</source>
        <translation> (%1: no corresponde)</translation>
    </message>
    <message numerus="yes">
        <source>%n long sentence(s)</source>
        <translation>
            <numerusform>%n oración larga</numerusform>
            <numerusform>%n oraciones largas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jargon word(s)</source>
        <translation>
            <numerusform>%n término de jerga</numerusform>
            <numerusform>%n términos de jerga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive sentence(s)</source>
        <translation>
            <numerusform>%n oración en voz pasiva</numerusform>
            <numerusform>%n oraciones en voz pasiva</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeeper</name>
    <message>
        <source>d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, &apos;a las&apos; HH:mm</translation>
    </message>
    <message>
        <source>“%1” (never saved)</source>
        <translation>“%1” (nunca guardado)</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Handout Builder did not close normally last time. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Handout Builder no se cerró con normalidad la última vez. Se conservaron los cambios sin guardar de %1 del %2.

¿Desea recuperarlos?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>SectionCommands</name>
    <message>
        <source>Added “%1”</source>
        <translation>Se añadió “%1”</translation>
    </message>
    <message>
        <source>This section did not come from the library.</source>
        <translation>Esta sección no proviene de la biblioteca.</translation>
    </message>
    <message>
        <source>Saved “%1” to your library (%2)</source>
        <translation>Se guardó “%1” en su biblioteca (%2)</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>No section selected. Add an explanation from the library, then select it in the outline to edit its wording here.</source>
        <translation>No hay ninguna sección seleccionada. Añada una explicación de la biblioteca y luego selecciónela en el esquema para editar su texto aquí.</translation>
    </message>
    <message>
        <source>Your own section</source>
        <translation>Sección propia</translation>
    </message>
    <message>
        <source>Its library explanation is no longer in your library</source>
        <translation>Su explicación ya no está en su biblioteca</translation>
    </message>
    <message>
        <source>⟳ The library&apos;s wording changed since you added this.</source>
        <translation>⟳ El texto de la biblioteca cambió desde que usted la añadió.</translation>
    </message>
    <message>
        <source>✎ Edited for this handout — the library wording is unchanged (Reset wording to go back)</source>
        <translation>✎ Editada para este folleto; el texto de la biblioteca no cambia (Restablecer texto para volver)</translation>
    </message>
    <message>
        <source>Library wording</source>
        <translation>Texto de la biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sección&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Section status</source>
        <translation>Estado de la sección</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>See how the library&apos;s new wording differs, and choose</source>
        <translation>Vea en qué se diferencia el nuevo texto de la biblioteca y elija</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>The section&apos;s heading on the handout</source>
        <translation>El encabezado de la sección en el folleto</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>Resumen de una línea</translation>
    </message>
    <message>
        <source>Section summary</source>
        <translation>Resumen de la sección</translation>
    </message>
    <message>
        <source>One line under the title; the Brief form prints it with the key points and the Try this steps</source>
        <translation>Una línea bajo el título; la versión breve la imprime con las ideas clave y los pasos de Pruebe esto</translation>
    </message>
    <message>
        <source>Section wording</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Edit the wording for this client; the library is not changed</source>
        <translation>Edite el texto para este cliente; la biblioteca no cambia</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button: first letter of the word for bold</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button: the letter word processors show for italic</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Ninguna sección seleccionada</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new handout</source>
        <translation>Empezar un folleto nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation>Abrir un folleto guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar el folleto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the handout under a new name</source>
        <translation>Guardar el folleto con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation>Cerrar Handout Builder</translation>
    </message>
    <message>
        <source>Handout &amp;history…</source>
        <translation>&amp;Historial de folletos…</translation>
    </message>
    <message>
        <source>What you gave each client: print it again or reuse it</source>
        <translation>Lo que entregó a cada cliente: vuelva a imprimirlo o reutilícelo</translation>
    </message>
    <message>
        <source>&amp;Import practice pack…</source>
        <translation>Importar &amp;paquete del consultorio…</translation>
    </message>
    <message>
        <source>Add your practice&apos;s explanations, layouts and brands</source>
        <translation>Añadir las explicaciones, diseños y marcas de su consultorio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation>Cortar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste at the cursor</source>
        <translation>Pegar en el cursor</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select all the text in the field</source>
        <translation>Seleccionar todo el texto del campo</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation>S&amp;ubir sección</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>Move section &amp;down</source>
        <translation>Ba&amp;jar sección</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Duplicar sección</translation>
    </message>
    <message>
        <source>Add a copy of the section below it</source>
        <translation>Añadir una copia de la sección debajo de ella</translation>
    </message>
    <message>
        <source>Save section to my library…</source>
        <translation>Guardar sección en mi biblioteca…</translation>
    </message>
    <message>
        <source>Keep this wording as your own library explanation</source>
        <translation>Conservar este texto como explicación propia en su biblioteca</translation>
    </message>
    <message>
        <source>&amp;Brand profiles…</source>
        <translation>&amp;Perfiles de marca…</translation>
    </message>
    <message>
        <source>Create, edit and choose brand profiles</source>
        <translation>Crear, editar y elegir perfiles de marca</translation>
    </message>
    <message>
        <source>Set up your &amp;practice…</source>
        <translation>Configurar su &amp;consultorio…</translation>
    </message>
    <message>
        <source>Enter your practice&apos;s details, logo and colours</source>
        <translation>Introducir los datos, el logotipo y los colores de su consultorio</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>Defaults for new handouts</source>
        <translation>Valores predeterminados para folletos nuevos</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>How to make a handout, step by step</source>
        <translation>Cómo hacer un folleto, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key the window knows</source>
        <translation>Todas las teclas que conoce la ventana</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Acerca &amp;de %1</translation>
    </message>
    <message>
        <source>Version, and the libraries and fonts inside</source>
        <translation>Versión, y las bibliotecas y tipos de letra incluidos</translation>
    </message>
    <message>
        <source>Include illustrations</source>
        <translation>Incluir ilustraciones</translation>
    </message>
    <message>
        <source>Include references</source>
        <translation>Incluir referencias</translation>
    </message>
    <message>
        <source>Print clinician notes</source>
        <translation>Imprimir notas para el profesional</translation>
    </message>
    <message>
        <source>Brief: one page</source>
        <translation>Versión breve: una página</translation>
    </message>
    <message>
        <source>Fillable on a phone or computer</source>
        <translation>Rellenable en el teléfono o la computadora</translation>
    </message>
    <message>
        <source>Blanks, lines and empty table cells become form fields the client can type in; on paper the handout looks the same</source>
        <translation>Los espacios en blanco, las líneas y las celdas vacías se vuelven campos donde el cliente puede escribir; en papel el folleto se ve igual</translation>
    </message>
    <message>
        <source>Print each section as its title, summary, key points and Try this steps (three topics fit on one page in Classic)</source>
        <translation>Imprimir cada sección como título, resumen, ideas clave y pasos de Pruebe esto (caben tres temas en una página en Clásico)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Print the second language first</source>
        <translation>Imprimir primero el segundo idioma</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Perfil de marca</translation>
    </message>
    <message>
        <source>The practice details printed on this handout</source>
        <translation>Los datos del consultorio que se imprimen en este folleto</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>How the handout is laid out</source>
        <translation>Cómo se distribuye el folleto en la página</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <source>The language the handout is written in: its library, the words every layout prints, dates</source>
        <translation>El idioma en que está escrito el folleto: su biblioteca, los textos que imprime cada diseño y las fechas</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Opciones de impresión</translation>
    </message>
    <message>
        <source>Write-in lines after each section</source>
        <translation>Líneas para escribir después de cada sección</translation>
    </message>
    <message>
        <source>Second language (bilingual layouts)</source>
        <translation>Segundo idioma (diseños bilingües)</translation>
    </message>
    <message>
        <source>Layout options</source>
        <translation>Opciones del diseño</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>What to include when printing this handout</source>
        <translation>Qué incluir al imprimir este folleto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Hand&amp;out</source>
        <translation>&amp;Folleto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>No recent handouts</source>
        <translation>No hay folletos recientes</translation>
    </message>
</context>
<context>
    <name>_ScoreBox</name>
    <message>
        <source>%1: reading level</source>
        <translation>%1: nivel de lectura</translation>
    </message>
    <message>
        <source>&lt;i&gt;No text yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay texto&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Comprobando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 — %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2 — %3&lt;/b&gt;</translation>
    </message>
</context>
</TS>

"""Generate the h3-lanacion-opinion discovery fixture (stdlib only, deterministic).

An Argentine daily on an Arc XP-like CMS: the author page of a political columnist,
`/autor/carlos-pagni-1234/`, 12 columns on page 1 then "Ver más" to `?page=2` and
`?page=3`.  Column URLs are `/opinion/<slug>-nidDDMMYYYY/`; the "Lo más leído" rail
(`/politica/...-nid.../`), the "Opinión" rail of other writers (`/opinion/...-nid.../`,
the very same shape as the columns) and branded content (`/brandstudio/...-nid.../`)
are identical on every page.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from pathlib import Path

NAME = "h3-lanacion-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/autor/carlos-pagni-1234/"
AUTHOR = "Carlos Pagni"

# (kicker or "", title, standfirst)
COLUMNS = [
    ("Análisis", "El experimento Milei entra en su fase más delicada",
     "La Casa Rosada descubre que el Congreso no es una escribanía y que la calle tiene memoria."),
    ("", "Caputo, el ministro que negocia con el reloj",
     "El equipo económico apuesta a que la desinflación llegue antes que el malhumor."),
    ("", "La ley ómnibus y el arte de perder ganando",
     "Cada artículo que cae es una concesión; cada concesión, una señal para los gobernadores."),
    ("Análisis", "Kicillof busca un lugar en el peronismo sin Cristina",
     "El gobernador bonaerense ensaya una identidad propia sin romper con su mentora."),
    ("", "Una oposición que no sabe a qué jugar",
     "Entre la colaboración y la resistencia, los bloques dialoguistas se fragmentan."),
    ("", "El Fondo, los dólares y la paciencia social",
     "El acuerdo con el FMI compra tiempo, pero el tiempo también tiene un precio político."),
    ("", "Macri y Bullrich, una sociedad con fecha de vencimiento",
     "El expresidente quiere conducir lo que queda de Pro; la ministra ya eligió otro jefe."),
    ("", "La CGT vuelve a la calle", ""),
    ("Análisis", "El decreto que divide a la Corte",
     "Los jueces supremos miden el DNU con una regla que no es solo jurídica."),
    ("", "Massa se despide sin despedirse",
     "El excandidato se refugia en el silencio mientras su red de poder busca un nuevo dueño."),
    ("", "Los gobernadores huelen debilidad",
     "La coparticipación vuelve a ser la moneda con la que se paga cada voto en el Senado."),
    ("", "Qué hay detrás del pacto con los gobernadores",
     "La convocatoria presidencial tiene más de escenografía que de acuerdo programático."),
    # page 2
    ("", "Milei y la tentación del atajo",
     "La idea de gobernar por decreto choca con una tradición institucional que no perdona."),
    ("", "La economía del miedo", ""),
    ("Análisis", "Un balotaje que redefinió el mapa político",
     "El resultado del domingo no solo eligió un presidente: jubiló a una generación."),
    ("", "El peronismo frente al espejo de su derrota",
     "La peor elección de su historia obliga al PJ a discutir lo que nunca discutió."),
    ("", "La casta, esa categoría elástica",
     "El enemigo de la campaña se convierte ahora en socio imprescindible de la gestión."),
    ("", "Cómo se arma un gabinete con pocos cuadros propios",
     "La Libertad Avanza llega al poder sin equipos y debe tomarlos prestados."),
    ("", "Brasil mira a Buenos Aires con desconfianza",
     "Lula calcula cuánto le cuesta una relación fría con el nuevo gobierno argentino."),
    ("", "El dilema de Larreta", ""),
    ("Análisis", "Dolarización: una promesa que se enfría",
     "La bandera más audaz de la campaña empieza a guardarse en un cajón."),
    ("", "La interna que paraliza a Juntos por el Cambio",
     "Halcones y palomas discuten el pasado mientras el electorado mira hacia otro lado."),
    ("", "Sergio Massa, candidato y ministro a la vez",
     "La doble función convierte cada medida económica en un acto de campaña."),
    ("", "Inflación y votos",
     "Los números de octubre serán los últimos que el oficialismo pueda explicar."),
    # page 3
    ("", "La Argentina ante una elección sin precedentes",
     "Tres tercios, un outsider y un ministro candidato: el sistema cruje."),
    ("", "El voto bronca y sus intérpretes",
     "Quienes leen el malestar como un fenómeno pasajero vuelven a equivocarse."),
    ("", "Cristina Kirchner elige el silencio",
     "La vicepresidenta se corre del centro de la escena y deja a Massa a la intemperie."),
    ("Análisis", "Qué significa el triunfo de Milei en las PASO",
     "La sorpresa de agosto cambió las estrategias de todos los candidatos."),
    ("", "Un sistema político que no escucha", ""),
    ("", "El kirchnerismo y la economía electoral",
     "El plan platita vuelve con otro nombre y la misma lógica."),
    ("", "Las encuestas otra vez en el banquillo",
     "Los sondeos no vieron venir el fenómeno libertario y ahora nadie les cree."),
    ("", "Rosario, el síntoma", ""),
    ("", "Un peronismo sin candidato natural",
     "La falta de un heredero obliga al oficialismo a improvisar una fórmula."),
]
PER_PAGE = [12, 12, 9]

# newest first, two columns a week (Sunday and Thursday), ending 7 January 2024
_dates = []
_d = dt.date(2024, 1, 7)
for _i in range(len(COLUMNS)):
    _dates.append(_d)
    _d -= dt.timedelta(days=3 if _i % 2 == 0 else 4)

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out, prev = [], "-"
    for ch in text:
        if ch.isalnum():
            out.append(ch)
            prev = ch
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


def nid(d: dt.date) -> str:
    return f"nid{d.day:02d}{d.month:02d}{d.year}"


def col_path(i: int) -> str:
    return f"/opinion/{slugify(COLUMNS[i][1])}-{nid(_dates[i])}/"


def fecha(d: dt.date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


e = html.escape

# ---------------------------------------------------------------- rails (same everywhere)
MAS_LEIDO = [
    "/politica/el-gobierno-confirmo-cambios-en-el-gabinete-tras-la-votacion-en-diputados-nid05012024/",
    "/politica/quien-es-el-funcionario-que-renuncio-a-horas-de-asumir-nid05012024/",
    "/economia/dolar-hoy-a-cuanto-cotiza-este-viernes-5-de-enero-nid05012024/",
    "/sociedad/alerta-por-tormentas-fuertes-para-el-amba-nid05012024/",
    "/politica/la-justicia-suspendio-el-capitulo-laboral-del-dnu-nid04012024/",
]
MAS_LEIDO_T = [
    "El Gobierno confirmó cambios en el gabinete tras la votación en Diputados",
    "Quién es el funcionario que renunció a horas de asumir",
    "Dólar hoy: a cuánto cotiza este viernes 5 de enero",
    "Alerta por tormentas fuertes para el AMBA",
    "La Justicia suspendió el capítulo laboral del DNU",
]
OPINION_RAIL = [
    ("Joaquín Morales Solá", "/autor/joaquin-morales-sola-568/",
     "/opinion/el-poder-que-no-se-ve-nid04012024/", "El poder que no se ve"),
    ("Jorge Fernández Díaz", "/autor/jorge-fernandez-diaz-602/",
     "/opinion/la-revolucion-de-los-resentidos-nid04012024/", "La revolución de los resentidos"),
    ("Luciana Vázquez", "/autor/luciana-vazquez-1461/",
     "/opinion/el-feminismo-despues-de-la-derrota-nid03012024/", "El feminismo después de la derrota"),
    ("Héctor M. Guyot", "/autor/hector-m-guyot-691/",
     "/opinion/la-palabra-presidencial-nid05012024/", "La palabra presidencial"),
    ("Editorial", "/editoriales/",
     "/editoriales/una-reforma-del-estado-impostergable-nid05012024/",
     "Una reforma del Estado impostergable"),
]
BRAND = [
    ("Banco del Plata", "/brandstudio/banco-del-plata/como-invertir-tus-ahorros-en-2024-sin-sobresaltos-nid02012024/",
     "Cómo invertir tus ahorros en 2024 sin sobresaltos"),
    ("Bodegas Altamira", "/brandstudio/bodegas-altamira/el-malbec-que-conquisto-londres-nid29122023/",
     "El malbec que conquistó Londres"),
]
RECOMENDADOS = [
    ("/sociedad/como-sera-el-regreso-a-clases-en-la-provincia-de-buenos-aires-nid05012024/",
     "Cómo será el regreso a clases en la provincia de Buenos Aires"),
    ("/economia/campo/la-cosecha-de-trigo-supera-las-expectativas-nid04012024/",
     "La cosecha de trigo supera las expectativas"),
    ("/el-mundo/lula-y-una-semana-clave-para-su-agenda-economica-nid05012024/",
     "Lula y una semana clave para su agenda económica"),
]


def head(page: int) -> str:
    canonical = "{{origin}}" + PAGE + ("" if page == 1 else f"?page={page}")
    title = f"Carlos Pagni - LA NACION" + ("" if page == 1 else f" - Página {page}")
    ld_breadcrumb = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "LA NACION", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "Opinión", "item": "{{origin}}/opinion/"},
            {"@type": "ListItem", "position": 3, "name": AUTHOR, "item": "{{origin}}" + PAGE},
        ],
    }
    ld_org = {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": "LA NACION",
        "url": "{{origin}}/",
        "logo": {"@type": "ImageObject", "url": "{{origin}}/pf/resources/images/ln-logo.png"},
        "sameAs": ["https://twitter.com/LANACION", "https://www.facebook.com/lanacion"],
    }
    return f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="Todas las notas de Carlos Pagni, columnista de LA NACION. Análisis político, entrevistas y opinión.">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="profile">
<meta property="og:title" content="Carlos Pagni">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="LA NACION">
<meta name="twitter:site" content="@LANACION">
<link rel="preconnect" href="https://resizer.glanacion.com">
<link rel="stylesheet" href="/pf/dist/css/lanacion-ar.css?d=1471">
<script type="application/ld+json">{json.dumps(ld_breadcrumb, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(ld_org, ensure_ascii=False)}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="lanacionar";Fusion.deployment="1471";Fusion.globalContent={{"type":"author","_id":"carlos-pagni-1234"}};</script>
</head>
"""


HEADER = """<body class="--author">
<div id="fusion-app" class="layout">
<div class="sticky-header">
<header class="mod-header" role="banner">
  <div class="mod-header__top">
    <button class="com-button --menu" aria-label="Menú" data-toggle="mod-menu"><i class="icon-menu"></i></button>
    <a class="com-link mod-logo" href="/" title="LA NACION"><img src="{{origin}}/pf/resources/images/ln-logo.svg" alt="LA NACION" width="160" height="28"></a>
    <div class="mod-header__actions">
      <a class="com-button --primary --xs" href="/suscripciones/?utm_source=header&amp;utm_medium=boton">Suscribite</a>
      <a class="com-link --login" href="/signwall/?loginUrl=%2Fautor%2Fcarlos-pagni-1234%2F">Ingresar</a>
    </div>
  </div>
  <nav class="mod-nav" aria-label="Secciones">
    <ul class="mod-nav__list">
      <li class="mod-nav__item"><a class="com-link" href="/ultimas-noticias/">Últimas noticias</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/politica/">Política</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/economia/">Economía</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/el-mundo/">El Mundo</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/sociedad/">Sociedad</a></li>
      <li class="mod-nav__item --active"><a class="com-link" href="/opinion/">Opinión</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/deportes/">Deportes</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/espectaculos/">Espectáculos</a></li>
      <li class="mod-nav__item"><a class="com-link" href="/lifestyle/">Lifestyle</a></li>
      <li class="mod-nav__item --more"><a class="com-link" href="/secciones/">Más</a></li>
    </ul>
  </nav>
</header>
</div>
<div class="mod-banner --top"><div id="div-gpt-ad-top" data-slot="/6178/lanacion/opinion/autor"><a href="https://ads.example-network.com/click?slot=ln-top&amp;cr=88213" rel="nofollow sponsored"><img src="https://ads.example-network.com/creative/88213.jpg" alt="Publicidad"></a></div></div>
"""


def author_header() -> str:
    latest = col_path(0)
    return f"""<nav class="mod-breadcrumb" aria-label="breadcrumb">
  <ol class="com-breadcrumb">
    <li><a class="com-link" href="/">Inicio</a></li>
    <li><a class="com-link" href="{{{{origin}}}}/opinion/">Opinión</a></li>
    <li><span class="com-text" aria-current="page">Carlos Pagni</span></li>
  </ol>
</nav>
<section class="mod-author-header">
  <picture class="com-image --circle"><img src="https://resizer.glanacion.com/resizer/v2/carlos-pagni-6QZ3YB.png?auth=2f1c&amp;width=160&amp;height=160" alt="Carlos Pagni" width="160" height="160"></picture>
  <div class="mod-author-header__text">
    <h1 class="com-title --l">Carlos Pagni</h1>
    <p class="com-paragraph --xs">Periodista y columnista político de LA NACION. Conduce el programa <em>Odisea argentina</em> en LN+. Es licenciado en Historia por la Universidad de Buenos Aires.</p>
    <ul class="mod-social">
      <li><a class="com-link" href="https://twitter.com/carlospagni" rel="noopener" target="_blank" aria-label="Twitter de Carlos Pagni"><i class="icon-twitter"></i></a></li>
      <li><a class="com-link" href="mailto:cpagni@lanacion.com.ar" aria-label="Correo"><i class="icon-mail"></i></a></li>
      <li><a class="com-link" href="/lnmas/odisea-argentina/" aria-label="Odisea argentina en LN+"><i class="icon-tv"></i></a></li>
    </ul>
    <div class="mod-tags">
      <span class="com-text --threexs">Temas:</span>
      <a class="com-chip" href="/tema/javier-milei-tid65544/">Javier Milei</a>
      <a class="com-chip" href="/tema/elecciones-2023-tid51510/">Elecciones 2023</a>
      <a class="com-chip" href="/tema/peronismo-tid48110/">Peronismo</a>
      <a class="com-chip" href="/tema/cristina-kirchner-tid48006/">Cristina Kirchner</a>
      <a class="com-chip" href="/tema/fmi-tid48240/">FMI</a>
    </div>
    <div class="mod-last-column">
      <span class="com-volanta --twoxs">Su última columna</span>
      <a class="com-link" href="{latest}?cmp=autor-ultima-columna">{e(COLUMNS[0][1])}</a>
    </div>
  </div>
</section>
"""


def picture(i: int, width: int) -> str:
    seed = (i * 7919 + 1234) % 99991
    return (f'<picture class="com-image"><img src="https://resizer.glanacion.com/resizer/v2/'
            f'{seed:05d}ABQX.jpg?auth={seed * 31 % 65536:04x}&amp;width={width}" '
            f'alt="{e(COLUMNS[i][1])}" loading="lazy" width="{width}"></picture>')


def href_variant(i: int) -> str:
    """Mix of absolute, root-relative and relative hrefs, as Arc renders them."""
    p = col_path(i)
    if i % 3 == 0:
        return "{{origin}}" + p
    if i % 3 == 1:
        return p
    return "../.." + p  # the page is /autor/carlos-pagni-1234/


def card(i: int, hero: bool = False) -> str:
    kicker, title, sub = COLUMNS[i]
    d = _dates[i]
    h = href_variant(i)
    k = f'<span class="com-volanta --twoxs">{e(kicker)}.</span> ' if kicker else ""
    sub_html = f'\n    <h3 class="com-subhead --threexs --bold">{e(sub)}</h3>' if sub else ""
    comments = 40 + (i * 37) % 400
    share = (f'<div class="mod-share --mini"><a class="com-link" href="https://api.whatsapp.com/send?text='
             f'{{{{origin}}}}{col_path(i)}%3Futm_source%3Dwhatsapp" aria-label="Compartir en WhatsApp">'
             f'<i class="icon-whatsapp"></i></a></div>')
    if hero:
        return f"""<article class="mod-article --featured --col-12" data-pos="1">
  <section class="mod-media --ratio-16x9"><a class="com-link" href="{h}" tabindex="-1" aria-hidden="true">{picture(i, 1000)}</a></section>
  <section class="mod-description">
    <h2 class="com-title --l"><a class="com-link" href="{h}">{k}{e(title)}</a></h2>{sub_html}
    <div class="mod-byline"><a class="com-link --author" href="{PAGE}">Carlos Pagni</a><time class="com-date --fourxs" datetime="{d.isoformat()}T00:05:00-03:00">{fecha(d)}</time>
    <a class="com-link --comments" href="{col_path(i)}#comentarios"><i class="icon-comment"></i> {comments}</a></div>
    {share}
  </section>
</article>
"""
    return f"""<article class="mod-article --col-12 --col-md-4" data-pos="{i + 1}">
  <section class="mod-media"><a class="com-link" href="{h}" tabindex="-1" aria-hidden="true">{picture(i, 420)}</a></section>
  <section class="mod-description">
    <h2 class="com-title --xs"><a class="com-link" href="{h}">{k}{e(title)}</a></h2>{sub_html if i % 2 == 0 else ""}
    <div class="mod-byline"><a class="com-link --author" href="{{{{origin}}}}{PAGE}">Carlos Pagni</a><time class="com-date --fourxs" datetime="{d.isoformat()}T00:05:00-03:00">{fecha(d)}</time>
    <a class="com-link --comments" href="{col_path(i)}#comentarios"><i class="icon-comment"></i> {comments}</a></div>
  </section>
</article>
"""


def rails() -> str:
    mas = "\n".join(
        f'      <article class="mod-article --ranked"><span class="com-number">{n}</span>'
        f'<section class="mod-description"><h2 class="com-title --threexs"><a class="com-link" href="{p}">{e(t)}</a></h2></section></article>'
        for n, (p, t) in enumerate(zip(MAS_LEIDO, MAS_LEIDO_T), 1)
    )
    op = "\n".join(
        f'      <article class="mod-article --opinion"><section class="mod-description">'
        f'<h2 class="com-title --xxs"><a class="com-link" href="{p}">{e(t)}</a></h2>'
        f'<a class="com-link --author" href="{ap}"><span class="com-text --threexs">{e(a)}</span></a></section></article>'
        for a, ap, p, t in OPINION_RAIL
    )
    brand = "\n".join(
        f'      <article class="mod-article --brand"><section class="mod-media"><a class="com-link" href="{p}">'
        f'<picture class="com-image"><img src="https://resizer.glanacion.com/resizer/v2/brand{n}.jpg?width=300" alt=""></picture></a></section>'
        f'<section class="mod-description"><span class="com-volanta --fourxs">Presentado por {e(b)}</span>'
        f'<h2 class="com-title --xxs"><a class="com-link" href="{p}">{e(t)}</a></h2></section></article>'
        for n, (b, p, t) in enumerate(BRAND, 1)
    )
    rec = "\n".join(
        f'      <article class="mod-article"><section class="mod-description"><h2 class="com-title --xxs">'
        f'<a class="com-link" href="{{{{origin}}}}{p}">{e(t)}</a></h2></section></article>'
        for p, t in RECOMENDADOS
    )
    return f"""  <aside class="col-aside">
    <section class="mod-list --most-read" data-widget="mas-leidas">
      <h2 class="com-title --s --section">Lo más leído</h2>
{mas}
    </section>
    <div class="mod-banner --box"><a href="https://ads.example-network.com/click?slot=ln-box&amp;cr=77120" rel="nofollow sponsored"><img src="https://ads.example-network.com/creative/77120.gif" alt="Publicidad"></a></div>
    <section class="mod-list --opinion" data-widget="opinion">
      <h2 class="com-title --s --section"><a class="com-link" href="/opinion/">Opinión</a></h2>
{op}
      <a class="com-link --more" href="/opinion/cartas-de-lectores/">Cartas de lectores</a>
    </section>
    <section class="mod-newsletter">
      <h2 class="com-title --xs">Newsletter Pagni</h2>
      <p class="com-paragraph --threexs">Recibí cada semana el análisis político de Carlos Pagni en tu correo.</p>
      <form action="/newsletters/suscribir/" method="post"><input type="email" name="email" placeholder="Tu email" required><input type="hidden" name="nl" value="pagni"><button class="com-button --primary" type="submit">Suscribirme</button></form>
      <a class="com-link" href="/newsletters/">Ver todos los newsletters</a>
    </section>
    <section class="mod-list --brand" data-widget="brandstudio">
      <h2 class="com-title --s --section">Contenido de marca</h2>
{brand}
    </section>
    <section class="mod-list --recommended" data-widget="recomendados">
      <h2 class="com-title --s --section">Recomendados para vos</h2>
{rec}
    </section>
  </aside>
"""


FOOTER = """<footer class="mod-footer">
  <div class="mod-footer__sections">
    <ul>
      <li><a class="com-link" href="/politica/">Política</a></li><li><a class="com-link" href="/economia/">Economía</a></li>
      <li><a class="com-link" href="/el-mundo/">El Mundo</a></li><li><a class="com-link" href="/sociedad/">Sociedad</a></li>
      <li><a class="com-link" href="/opinion/">Opinión</a></li><li><a class="com-link" href="/editoriales/">Editoriales</a></li>
      <li><a class="com-link" href="/opinion/cartas-de-lectores/">Cartas de lectores</a></li><li><a class="com-link" href="/autores/">Autores</a></li>
    </ul>
  </div>
  <div class="mod-footer__legal">
    <a class="com-link" href="/mapa-del-sitio/">Mapa del sitio</a> ·
    <a class="com-link" href="/ayuda/">Ayuda</a> ·
    <a class="com-link" href="/terminos-y-condiciones/">Términos y condiciones</a> ·
    <a class="com-link" href="/politica-de-privacidad/">Política de privacidad</a> ·
    <a class="com-link" href="/anunciar/">Cómo anunciar</a> ·
    <a class="com-link" href="https://club.lanacion.com.ar/">Club LA NACION</a> ·
    <a class="com-link" href="/suscripciones/">Suscribirse</a>
  </div>
  <ul class="mod-social">
    <li><a href="https://www.facebook.com/lanacion" aria-label="Facebook"><i class="icon-facebook"></i></a></li>
    <li><a href="https://twitter.com/LANACION" aria-label="Twitter"><i class="icon-twitter"></i></a></li>
    <li><a href="https://www.instagram.com/lanacioncom/" aria-label="Instagram"><i class="icon-instagram"></i></a></li>
  </ul>
  <p class="com-paragraph --fourxs">Copyright 2024 SA LA NACION | Todos los derechos reservados. Dirección Nacional del Derecho de Autor DNDA Nro RL-2021-112063-APN-DNDA#MJ.</p>
</footer>
</div>
<script src="/pf/dist/engine/react.js?d=1471" defer></script>
</body>
</html>
"""


def page_html(page: int) -> str:
    start = sum(PER_PAGE[: page - 1])
    idx = list(range(start, start + PER_PAGE[page - 1]))
    cards = []
    for n, i in enumerate(idx):
        cards.append(card(i, hero=(page == 1 and n == 0)))
        if n == 5:
            cards.append('<div class="mod-banner --inline"><a href="https://ads.example-network.com/click?slot=ln-inline&amp;cr=90011" rel="nofollow sponsored">'
                         '<img src="https://ads.example-network.com/creative/90011.jpg" alt="Publicidad"></a></div>\n')
    if page < len(PER_PAGE):
        pager = (f'<div class="mod-pagination">\n  <a class="com-button --secondary --m" href="{PAGE}?page={page + 1}">Ver más</a>\n</div>\n')
    else:
        pager = ""
    top = author_header()
    return (head(page) + HEADER + '<main class="main-content" id="content">\n' + top
            + '<div class="row-content">\n  <section class="col-main mod-list --author-notes">\n'
            + '  <h2 class="com-title --s --section">Notas de Carlos Pagni</h2>\n'
            + "".join(cards) + pager + "  </section>\n" + rails() + "</div>\n</main>\n" + FOOTER)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / PAGE.strip("/")
    base.mkdir(parents=True, exist_ok=True)
    for page in range(1, len(PER_PAGE) + 1):
        name = "index.html" if page == 1 else f"index@page={page}.html"
        (base / name).write_text(page_html(page), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /signwall/\nDisallow: /pf/api/\n\nSitemap: {{origin}}/sitemap-index.xml\n",
        encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("Arc XP-like Argentine daily (La Nación style) author page: mod-article/"
                        "com-title cards with kickers inside the link, 'Ver más' to ?page=N; the "
                        "'Lo más leído', other writers' 'Opinión' rail and branded content use the "
                        "same /section/slug-nidDDMMYYYY/ shape as the columns and repeat on every page."),
        "held_out": True,
        "pages": [PAGE],
        "max_index_pages": len(PER_PAGE),
        "author": AUTHOR,
        "columns": [col_path(i) for i in range(sum(PER_PAGE))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

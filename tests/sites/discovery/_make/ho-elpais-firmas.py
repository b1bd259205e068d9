"""Generate the held-out discovery fixture ``ho-elpais-firmas`` (stdlib only, deterministic).

Imitates a Spanish daily's author page (``/autor/<slug>/``): short BEM-ish class names,
absolute links, a numbered pager with "Siguiente ›", a "Lo más visto" rail that mixes news
with other authors' opinion pieces of the same URL shape, "Otras firmas", "Contenido
patrocinado", and a JSON-LD ItemList of the page's columns.

    python tests/sites/discovery/_make/ho-elpais-firmas.py
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import unicodedata
from pathlib import Path

NAME = "ho-elpais-firmas"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Lucía Méndez"
AUTHOR_PAGE = "/autor/lucia-mendez/"

# (date, title, standfirst, comments)
COLUMNS = [
    ("2024-01-05", "El año en que el Congreso dejó de escucharse",
     "La legislatura arranca con un hemiciclo donde nadie espera convencer a nadie y todos hablan para su parroquia.", 214),
    ("2024-01-02", "La amnistía y el reloj de Puigdemont",
     "Waterloo marca los tiempos y Moncloa finge que no le importa.", 187),
    ("2023-12-29", "Feijóo frente al espejo",
     "El líder del PP cierra el año con más votos que nadie y menos poder del que esperaba.", 96),
    ("2023-12-26", "Un discurso sin eco",
     "El mensaje de Navidad del Rey cayó en un país que ya no escucha a nadie.", 58),
    ("2023-12-22", "Las cuentas que nadie quiere aprobar",
     "Sin Presupuestos, el Gobierno gobierna a golpe de decreto y de prórroga.", 73),
    ("2023-12-19", "Sumar, o el arte de restar",
     "La ruptura con Podemos deja a Yolanda Díaz con un grupo parlamentario más pequeño y más tranquilo.", 142),
    ("2023-12-15", "Lo de Pamplona",
     "La moción de censura en la capital navarra dice más de la legislatura que cien discursos.", 301),
    ("2023-12-12", "El Senado como trinchera",
     "La mayoría absoluta del PP en la Cámara alta convierte cada ley en una batalla de desgaste.", 44),
    ("2023-12-08", "Qué queda del PSOE de Felipe González",
     "Los veteranos socialistas hablan cada vez más alto y cada vez los escuchan menos en Ferraz.", 265),
    ("2023-12-05", "La legislatura más corta de la historia ya ha empezado",
     "Todos los socios del Gobierno actúan como si las próximas elecciones fueran mañana.", 119),
    ("2023-12-01", "Nadie manda en Junts",
     "Los negociadores socialistas descubren que detrás de cada acuerdo hay otro acuerdo pendiente.", 88),
    ("2023-11-28", "Investidura en diferido",
     "El nuevo Gobierno echa a andar con la sensación de que lo difícil todavía no ha llegado.", 67),
    ("2023-11-24", "Los 179 votos y una sola pregunta",
     "Sánchez ha sumado una mayoría. Falta saber para qué.", 152),
    ("2023-11-21", "Díaz Ayuso no tiene prisa",
     "La presidenta madrileña espera sentada a que pase el cadáver político de su propio partido.", 233),
    ("2023-11-17", "Cuando la calle se llena de banderas",
     "Las concentraciones contra la amnistía llenan plazas y vacían argumentos.", 410),
    ("2023-11-14", "El precio del acuerdo con Bildu",
     "Lo que para unos es normalidad democrática, para otros es una línea roja que ya no existe.", 196),
    ("2023-11-10", "Noches de Ferraz",
     "Las protestas frente a la sede socialista se han convertido en un problema para el PP, no para el PSOE.", 377),
    ("2023-11-07", "Vox y la tentación de la calle",
     "Abascal busca en la protesta lo que perdió en las urnas.", 129),
    ("2023-11-03", "El silencio de los barones socialistas, contado desde dentro",
     "Ninguno de los presidentes autonómicos del PSOE quiere ser el primero en levantar la voz.", 84),
    ("2023-10-31", "Otra vez Cataluña",
     "La política española vuelve a girar alrededor del mismo eje que hace seis años.", 102),
    ("2023-10-27", "La princesa Leonor jura la Constitución en un país dividido",
     "La ceremonia en el Congreso fue impecable. Lo de fuera, no tanto.", 61),
    ("2023-10-24", "Puigdemont pone el precio",
     "El expresident ha entendido que nunca volverá a tener tanto poder como ahora.", 143),
    ("2023-10-20", "Un Gobierno en funciones que no funciona",
     "Tres meses después de las elecciones, los ministerios esperan instrucciones que no llegan.", 39),
    ("2023-10-17", "El PP descubre que ganar no basta",
     "Génova todavía no ha digerido una victoria que sabe a derrota.", 77),
    ("2023-10-13", "Yolanda Díaz y la ronda de consultas",
     "La vicepresidenta se reúne con todos y no se compromete con nadie.", 29),
    ("2023-10-10", "Sánchez juega al póquer",
     "El presidente en funciones vuelve a apostarlo todo a una sola carta.", 168),
    ("2023-10-06", "El Rey pone el contador en marcha",
     "La propuesta de candidato abre dos meses de negociaciones que nadie quiere contar en voz alta.", 52),
    ("2023-09-29", "Lecciones de una investidura fallida",
     "Feijóo sabía que perdería la votación. Lo que no esperaba era perder también el relato.", 91),
    ("2023-09-26", "La soledad de Feijóo",
     "Subió a la tribuna con 172 apoyos y bajó sin un solo socio nuevo.", 74),
]
PAGES = [COLUMNS[0:10], COLUMNS[10:20], COLUMNS[20:29]]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def col_path(date: str, title: str) -> str:
    return f"/opinion/{date}/{slugify(title)}.html"


def page_path(n: int) -> str:
    return AUTHOR_PAGE if n == 1 else f"{AUTHOR_PAGE}{n}/"


def relative(from_dir: str, target: str) -> str:
    return posixpath.relpath(target, from_dir)


e = html.escape
MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def human_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


# --- chrome shared by every listing page -------------------------------------------------

NAV = [
    ("/", "Portada"), ("/internacional/", "Internacional"), ("/opinion/", "Opinión"),
    ("/espana/", "España"), ("/economia/", "Economía"), ("/sociedad/", "Sociedad"),
    ("/educacion/", "Educación"), ("/clima-y-medio-ambiente/", "Clima"), ("/ciencia/", "Ciencia"),
    ("/cultura/", "Cultura"), ("/babelia/", "Babelia"), ("/deportes/", "Deportes"),
    ("/tecnologia/", "Tecnología"), ("/gastronomia/", "Gastronomía"), ("/secciones/", "Más"),
]

LO_MAS_VISTO = [
    ("/espana/2024-01-05/el-gobierno-aprueba-subir-el-salario-minimo-a-1134-euros.html",
     "El Gobierno aprueba subir el salario mínimo a 1.134 euros"),
    ("/opinion/2024-01-04/la-economia-espanola-resiste-mejor-de-lo-esperado.html",
     "La economía española resiste mejor de lo esperado"),
    (col_path(*COLUMNS[0][:2]) + "?rel=lom", COLUMNS[0][1]),
    ("/espana/2024-01-05/la-fiscalia-pide-archivar-la-causa-contra-el-exministro.html",
     "La Fiscalía pide archivar la causa contra el exministro"),
    ("/opinion/2024-01-04/el-peligro-de-normalizar-la-mentira.html",
     "El peligro de normalizar la mentira"),
    ("/internacional/2024-01-05/israel-anuncia-una-nueva-fase-de-la-guerra-en-gaza.html",
     "Israel anuncia una nueva fase de la guerra en Gaza"),
    ("/opinion/2024-01-04/carta-a-los-reyes-magos-de-un-votante-indeciso.html",
     "Carta a los Reyes Magos de un votante indeciso"),
]

OTRAS_FIRMAS = [
    ("/autor/ignacio-varela-soto/", "Ignacio Varela Soto",
     "/opinion/2024-01-05/el-centro-ha-desaparecido-del-mapa.html", "El centro ha desaparecido del mapa"),
    ("/autor/marta-ruiz-de-azua/", "Marta Ruiz de Azúa",
     "/opinion/2024-01-05/por-que-nos-cuesta-tanto-hablar-de-la-vivienda.html",
     "Por qué nos cuesta tanto hablar de la vivienda"),
    ("/autor/jorge-galindo-pena/", "Jorge Galindo Peña",
     "/opinion/2024-01-03/los-datos-del-paro-y-la-ilusion-estadistica.html",
     "Los datos del paro y la ilusión estadística"),
    ("/autor/elena-sotomayor/", "Elena Sotomayor",
     "/opinion/2024-01-02/europa-ante-su-ano-electoral.html", "Europa, ante su año electoral"),
]

# unlabelled strip of news inside <main>, after the list
NEWS_STRIP = [
    ("/espana/2024-01-04/el-congreso-cierra-el-ano-con-solo-cuatro-leyes-aprobadas.html",
     "El Congreso cierra el año con solo cuatro leyes aprobadas", "España"),
    ("/economia/2024-01-05/el-paro-baja-en-diciembre-hasta-su-nivel-mas-bajo-desde-2007.html",
     "El paro baja en diciembre hasta su nivel más bajo desde 2007", "Economía"),
    ("/sociedad/2024-01-05/la-ola-de-frio-deja-temperaturas-de-diez-bajo-cero.html",
     "La ola de frío deja temperaturas de diez bajo cero en la meseta", "Sociedad"),
    ("/internacional/2024-01-04/taiwan-vota-bajo-la-presion-de-pekin.html",
     "Taiwán vota bajo la presión de Pekín", "Internacional"),
]

PATROCINADO = [
    ("https://ads.example-network.com/click?cid=88231&pub=ep&pos=autor_1",
     "Así puedes ahorrar hasta un 30% en tu factura de la luz este invierno", "Energía Hoy"),
    ("/branded/2024-01-03/la-transicion-energetica-empieza-en-casa.html",
     "La transición energética empieza en casa", "Ofrecido por Energía Verde"),
    ("https://ads.example-network.com/click?cid=90412&pub=ep&pos=autor_2",
     "Los médicos se sorprenden con este sencillo truco para dormir mejor", "SaludNatural"),
    ("/escaparate/2024-01-05/las-freidoras-de-aire-mas-vendidas-de-enero.html",
     "Las freidoras de aire más vendidas de enero, con descuento", "Escaparate"),
]

RECOMENDACIONES = [
    ("/babelia/2024-01-05/los-libros-que-vienen-en-2024.html", "Los libros que vienen en 2024", "Babelia"),
    ("/eps/2024-01-04/la-vida-secreta-de-los-ujieres-del-congreso.html",
     "La vida secreta de los ujieres del Congreso", "El País Semanal"),
    ("/television/2024-01-03/las-series-que-no-te-puedes-perder-este-invierno.html",
     "Las series que no te puedes perder este invierno", "Televisión"),
]

CARTAS = [
    ("/opinion/2024-01-05/el-tren-que-no-llega.html", "El tren que no llega"),
    ("/opinion/2024-01-04/mayores-y-solos-en-navidad.html", "Mayores y solos en Navidad"),
]

TEMAS = [
    ("/noticias/pedro-sanchez-perez-castejon/", "Pedro Sánchez"),
    ("/noticias/congreso-diputados/", "Congreso de los Diputados"),
    ("/noticias/amnistia/", "Amnistía"),
    ("/noticias/carles-puigdemont/", "Carles Puigdemont"),
    ("/noticias/partido-popular/", "PP"),
]

FOOTER = [
    ("/quienes-somos/", "Quiénes somos"), ("/estaticos/contacto/", "Contacto"),
    ("/estaticos/aviso-legal/", "Aviso legal"), ("/estaticos/politica-cookies/", "Política de cookies"),
    ("/estaticos/politica-privacidad/", "Política de privacidad"), ("/mapa-web/", "Mapa web"),
    ("/estaticos/libro-estilo/", "Libro de estilo"), ("/suscripciones/", "Suscripciones"),
    ("https://www.prisa.com/es", "PRISA"), ("https://twitter.com/el_pais", "Twitter"),
    ("https://www.instagram.com/el_pais/", "Instagram"),
]


def head(n: int, cols) -> str:
    items = [
        {"@type": "ListItem", "position": i + 1, "url": "{{origin}}" + col_path(d, t), "name": t}
        for i, (d, t, *_r) in enumerate(cols)
    ]
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "ProfilePage",
            "url": "{{origin}}" + page_path(n),
            "mainEntity": {
                "@type": "Person", "name": AUTHOR, "jobTitle": "Columnista",
                "url": "{{origin}}" + AUTHOR_PAGE,
                "sameAs": ["https://twitter.com/luciamendez_ep"],
            },
        },
        {"@context": "https://schema.org", "@type": "ItemList", "numberOfItems": len(items),
         "itemListElement": items},
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "EL PAÍS",
         "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/pf/resources/images/el-pais.png"}},
    ]
    title = f"Lucía Méndez | EL PAÍS" + ("" if n == 1 else f" | Página {n}")
    scripts = "\n".join(
        f'<script type="application/ld+json">{json.dumps(block, ensure_ascii=False)}</script>' for block in ld
    )
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Artículos escritos por Lucía Méndez en EL PAÍS. Columnista de Opinión y analista política.">
<meta name="robots" content="index,follow">
<link rel="canonical" href="{{{{origin}}}}{page_path(n)}">
<meta property="og:type" content="profile">
<meta property="og:title" content="Lucía Méndez">
<meta property="og:url" content="{{{{origin}}}}{page_path(n)}">
<meta property="og:site_name" content="EL PAÍS">
<meta name="twitter:site" content="@el_pais">
<link rel="preconnect" href="https://static.example-cdn.com">
<link rel="stylesheet" href="/pf/resources/dist/css/author.css?d=1432">
<link rel="icon" href="/pf/resources/images/favico.png">
{scripts}
</head>
"""


def header() -> str:
    nav = "\n".join(f'      <li class="sm_i"><a href="{h}" class="sm_a">{e(t)}</a></li>' for h, t in NAV)
    return f"""<body id="autor" class="autor">
<div id="cookie-consent" class="cmp"></div>
<header class="_g _g-md x x-nf">
  <div class="x_w _df">
    <div class="x_l">
      <button class="x_b_m" type="button" aria-label="Menú"><span></span></button>
      <a href="/buscador/" class="x_b_s" aria-label="Buscar"></a>
    </div>
    <a href="{{{{origin}}}}/" class="x_lg" title="EL PAÍS: el periódico global"><img src="/pf/resources/images/el-pais.svg" alt="EL PAÍS"></a>
    <div class="x_r">
      <a href="/suscripciones/#/campaign?prm=cabecera&amp;backURL=%2Fautor%2Flucia-mendez%2F" class="x_s">Suscríbete</a>
      <a href="/suscripciones/#/sign-in?backURL=%2Fautor%2Flucia-mendez%2F" class="x_u" rel="nofollow">Iniciar sesión</a>
    </div>
  </div>
  <nav class="sm" aria-label="Secciones">
    <ul class="sm_l">
{nav}
    </ul>
  </nav>
  <div class="x_ed">
    <a href="/america/" class="x_ed_a">Edición América</a>
    <a href="/mexico/" class="x_ed_a">México</a>
    <a href="/us/" class="x_ed_a">English</a>
  </div>
</header>
"""


def author_box() -> str:
    temas = "\n".join(f'        <li><a href="{h}">{e(t)}</a></li>' for h, t in TEMAS)
    return f"""  <nav class="bc" aria-label="Ruta de navegación">
    <ol class="bc_l">
      <li><a href="/">EL PAÍS</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/opinion/columnistas/">Columnistas</a></li>
      <li aria-current="page">Lucía Méndez</li>
    </ol>
  </nav>
  <div class="aut _df">
    <figure class="aut_m"><img src="https://imagenes.example-cdn.com/autores/lucia-mendez.jpg" width="120" height="120" alt="Lucía Méndez"></figure>
    <div class="aut_b">
      <h1 class="aut_n">Lucía Méndez</h1>
      <p class="aut_d">Periodista. Analista política y columnista de EL PAÍS. Ha cubierto el Congreso de los Diputados durante más de veinte años. Es autora de <i>La Transición en la trastienda</i>.</p>
      <div class="aut_r">
        <a href="https://twitter.com/luciamendez_ep" class="aut_tw" rel="nofollow noopener" target="_blank">@luciamendez_ep</a>
        <a href="mailto:lmendez@example-elpais.es" class="aut_ml">Correo</a>
        <a href="/estaticos/firmas/lucia-mendez/" class="aut_mi">Más información</a>
      </div>
      <div class="aut_t">
        <span class="aut_t_h">Escribe sobre</span>
        <ul class="aut_t_l">
{temas}
        </ul>
      </div>
    </div>
  </div>
"""


def share_links(path: str, title: str) -> str:
    from urllib.parse import quote

    url = quote("https://elpais.com" + path + "?ssm=TW_CC", safe="")
    fb = quote("https://elpais.com" + path + "?ssm=FB_CC", safe="")
    wa = quote(title + " https://elpais.com" + path + "?ssm=whatsapp", safe="")
    return f"""        <div class="a_s">
          <a href="https://twitter.com/intent/tweet?text={quote(title, safe='')}&amp;url={url}" class="a_s_tw" rel="nofollow" target="_blank" aria-label="Compartir en Twitter"></a>
          <a href="https://www.facebook.com/sharer.php?u={fb}" class="a_s_fb" rel="nofollow" target="_blank" aria-label="Compartir en Facebook"></a>
          <a href="https://api.whatsapp.com/send?text={wa}" class="a_s_wa" rel="nofollow" target="_blank" aria-label="Compartir en WhatsApp"></a>
        </div>
"""


def lead_card(here: str, col) -> str:
    date, title, desc, comments = col
    p = col_path(date, title)
    mas = [
        (NEWS_STRIP[0][0] + "?rel=listapoyo", NEWS_STRIP[0][1]),
        (col_path(*COLUMNS[9][:2]) + "?rel=listapoyo", COLUMNS[9][1]),
    ]
    mas_html = "\n".join(f'            <li><a href="{{{{origin}}}}{h}">{e(t)}</a></li>' for h, t in mas)
    return f"""      <article class="c c-o c-d c--xl c--m">
        <figure class="c_m a_m-h">
          <a href="{relative(here, p)}" tabindex="-1"><img src="https://imagenes.example-cdn.com/2024/01/05/congreso-hemiciclo.jpg" width="980" height="551" alt="El hemiciclo del Congreso, durante el último pleno del año."></a>
          <figcaption class="a_m_p">El hemiciclo del Congreso, durante el último pleno del año. <span class="a_m_m">Claudio Álvarez</span></figcaption>
        </figure>
        <header class="c_h">
          <span class="c_k c_k-o">Columna</span>
          <h2 class="c_t c_t-xl"><a href="{{{{origin}}}}{p}">{e(title)}</a></h2>
          <div class="c_a">
            <a href="{AUTHOR_PAGE}" class="c_a_a">Lucía Méndez</a><span class="c_a_l">Madrid</span>
            <time class="c_a_t" datetime="{date}T05:30:00+01:00">{human_date(date)}</time>
          </div>
        </header>
        <p class="c_d">{e(desc)}</p>
        <a href="{p}#comentarios" class="c_com" aria-label="{comments} comentarios"><span>{comments}</span></a>
{share_links(p, title)}        <div class="c_r">
          <span class="c_r_h">Más información</span>
          <ul class="c_r_l">
{mas_html}
          </ul>
        </div>
      </article>
"""


def card(here: str, col, k: int) -> str:
    date, title, desc, comments = col
    p = col_path(date, title)
    # vary link forms the way a CMS mixes them: headline absolute, image relative or root-relative
    img_href = relative(here, p) if k % 2 == 0 else p
    head_href = "{{origin}}" + p if k % 3 != 1 else p
    img = (
        f"""        <figure class="c_m">
          <a href="{img_href}" tabindex="-1" aria-hidden="true"><img src="https://imagenes.example-cdn.com/{date.replace('-', '/')}/{slugify(title)[:24]}.jpg" width="414" height="233" loading="lazy" alt=""></a>
        </figure>
"""
        if k % 4 != 3
        else ""
    )
    return f"""      <article class="c c-d c--m">
{img}        <header class="c_h">
          <h2 class="c_t"><a href="{head_href}">{e(title)}</a></h2>
          <div class="c_a">
            <a href="{AUTHOR_PAGE}" class="c_a_a">Lucía Méndez</a>
            <time class="c_a_t" datetime="{date}T05:30:00+01:00">{human_date(date)}</time>
          </div>
        </header>
        <p class="c_d">{e(desc)}</p>
        <a href="{{{{origin}}}}{p}#comentarios" class="c_com" aria-label="{comments} comentarios"><span>{comments}</span></a>
      </article>
"""


def pager(n: int, total: int) -> str:
    parts = []
    if n > 1:
        parts.append(f'    <a href="{page_path(n - 1)}" class="pag_a">‹ Anterior</a>')
    parts.append('    <ul class="pag_l">')
    for i in range(1, total + 1):
        if i == n:
            parts.append(f'      <li class="pag_i pag_i-s"><span aria-current="page">{i}</span></li>')
        else:
            parts.append(f'      <li class="pag_i"><a href="{{{{origin}}}}{page_path(i)}">{i}</a></li>')
    parts.append("    </ul>")
    if n < total:
        parts.append(f'    <a href="{page_path(n + 1)}" class="pag_s">Siguiente ›</a>')
    else:
        parts.append('    <span class="pag_s pag_s-d" aria-disabled="true">Siguiente ›</span>')
    return '  <nav class="pag" aria-label="Paginación">\n' + "\n".join(parts) + "\n  </nav>\n"


def news_strip() -> str:
    items = "\n".join(
        f"""      <article class="c c-xs">
        <span class="c_k">{e(sec)}</span>
        <h2 class="c_t"><a href="{{{{origin}}}}{h}">{e(t)}</a></h2>
      </article>"""
        for h, t, sec in NEWS_STRIP
    )
    return f"""  <section class="b b-t b-au_b">
    <div class="b_w _g">
{items}
    </div>
  </section>
"""


def aside() -> str:
    mv = "\n".join(
        f'        <li class="b_m_i"><span class="b_m_n">{i + 1}</span><a href="{{{{origin}}}}{h}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(LO_MAS_VISTO)
    )
    of = "\n".join(
        f"""        <div class="b_f_i">
          <a href="{ap}" class="b_f_a"><img src="https://imagenes.example-cdn.com/autores/{ap.strip('/').split('/')[-1]}.jpg" alt="" width="48" height="48">{e(an)}</a>
          <h3 class="c_t"><a href="{{{{origin}}}}{cp}">{e(ct)}</a></h3>
        </div>"""
        for ap, an, cp, ct in OTRAS_FIRMAS
    )
    pat = "\n".join(
        f"""        <a class="b_p_i" href="{h}" rel="sponsored noopener" target="_blank">
          <img src="https://ads.example-network.com/img/{i}.jpg" alt="" width="200" height="112">
          <span class="b_p_t">{e(t)}</span><span class="b_p_s">{e(s)}</span>
        </a>"""
        for i, (h, t, s) in enumerate(PATROCINADO)
    )
    rec = "\n".join(
        f"""      <article class="c c-s">
        <figure class="c_m"><a href="{h}"><img src="https://imagenes.example-cdn.com/rec/{i}.jpg" alt="" width="160" height="90"></a></figure>
        <span class="c_k">{e(k)}</span>
        <h3 class="c_t"><a href="{h}">{e(t)}</a></h3>
      </article>"""
        for i, (h, t, k) in enumerate(RECOMENDACIONES)
    )
    cartas = "\n".join(f'        <li><a href="{h}">{e(t)}</a></li>' for h, t in CARTAS)
    return f"""  <aside class="_g_s">
    <section class="b b-m" data-dtm-region="lo_mas_visto">
      <header class="b_h"><h2 class="b_h_t">Lo más visto</h2></header>
      <ol class="b_m_l">
{mv}
      </ol>
    </section>
    <section class="b b-f">
      <header class="b_h"><h2 class="b_h_t"><a href="/opinion/columnistas/">Otras firmas</a></h2></header>
{of}
    </section>
    <section class="b b-r">
      <header class="b_h"><h2 class="b_h_t">Recomendaciones EL PAÍS</h2></header>
{rec}
    </section>
    <section class="b b-cd">
      <header class="b_h"><h2 class="b_h_t"><a href="/opinion/cartas-a-la-directora/">Cartas a la directora</a></h2></header>
      <ul class="b_cd_l">
{cartas}
      </ul>
      <a href="/estaticos/cartas-a-la-directora/enviar/" class="b_cd_e">Escriba su carta</a>
    </section>
    <section class="b b-nl">
      <h2 class="b_h_t">Boletín de Opinión</h2>
      <p>Las columnas y tribunas más leídas de la semana, cada viernes en tu correo.</p>
      <a href="/newsletters/opinion/?prm=autor" class="b_nl_b">Apúntate</a>
    </section>
    <section class="b b-p">
      <header class="b_h"><h2 class="b_h_t">Contenido patrocinado</h2><a href="https://ads.example-network.com/what-is" class="b_p_w" rel="nofollow">¿Qué es esto?</a></header>
{pat}
    </section>
    <div class="ad ad-rob" id="ros_1" data-adtype="ROBAPAGINAS"></div>
  </aside>
"""


def footer() -> str:
    links = "\n".join(f'      <li><a href="{h}">{e(t)}</a></li>' for h, t in FOOTER)
    return f"""<footer class="_g f">
  <a href="/" class="f_lg"><img src="/pf/resources/images/el-pais.svg" alt="EL PAÍS"></a>
  <ul class="f_l">
{links}
  </ul>
  <p class="f_c">© EDICIONES EL PAÍS S.L.</p>
</footer>
<script src="/pf/resources/dist/js/author.js?d=1432" defer></script>
</body>
</html>
"""


def listing(n: int) -> str:
    cols = PAGES[n - 1]
    here = page_path(n)
    cards = []
    for k, col in enumerate(cols):
        if n == 1 and k == 0:
            cards.append(lead_card(here, col))
        else:
            cards.append(card(here, col, k + n))
    return (
        head(n, cols)
        + header()
        + '<div id="main-content" class="_g _g-md _g-o _df">\n<main class="_g_m">\n'
        + author_box()
        + '  <section class="b b-au">\n    <header class="b_h"><h2 class="b_h_t">Últimos artículos</h2></header>\n    <div class="b_w">\n'
        + "".join(cards)
        + "    </div>\n  </section>\n"
        + pager(n, len(PAGES))
        + news_strip()
        + "</main>\n"
        + aside()
        + "</div>\n"
        + footer()
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for n in range(1, len(PAGES) + 1):
        target = OUT / page_path(n).strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(listing(n), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Spanish daily's author page (/autor/<slug>/) with short BEM-ish classes, a numbered "
            "pager plus 'Siguiente ›', and JSON-LD ItemList; hard because the 'Lo más visto' and "
            "'Otras firmas' rails hold other authors' /opinion/<date>/<slug>.html pieces of exactly "
            "the same shape, and links carry ?rel=, #comentarios and relative forms."
        ),
        "held_out": False,
        "pages": [AUTHOR_PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [col_path(d, t) for page in PAGES for d, t, *_r in page],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

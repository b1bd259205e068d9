"""Generate the h6-brazil-folha discovery fixture (held out).

A Brazilian daily (Folha-like) columnist page: /colunas/mariana-costa/ with columns at
/colunas/mariana-costa/YYYY/MM/slug.shtml, a numbered pager (?pagina=N) with a
"Próxima página" link, rails of news and of other columnists with the same .shtml shape.
Stdlib only, deterministic: python tests/sites/discovery/_make/h6-brazil-folha.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

NAME = "h6-brazil-folha"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/colunas/mariana-costa/"
AUTHOR = "Mariana Costa"

# (title, kicker/topic slug, kicker label, standfirst)
COLUMNS = [
    ("O Banco Central errou a mão no último corte de juros?", "juros", "Juros",
     "Copom sinalizou mais cortes, mas a inflação de serviços ainda preocupa quem olha os números de perto"),
    ("Arcabouço fiscal à prova", "contas-publicas", "Contas públicas",
     "O primeiro ano da nova regra mostra que o difícil ainda está por vir"),
    ("A reforma tributária chega ao varejo, e o consumidor ainda não percebeu", "reforma-tributaria", "Reforma tributária",
     "Transição longa adia efeitos, mas empresas já refazem as contas"),
    ("Inflação de serviços", "inflacao", "Inflação",
     "O índice que o mercado ignora e o BC não pode ignorar"),
    ("Por que o agronegócio virou a âncora do PIB em 2023", "agronegocio", "Agronegócio",
     "Safra recorde explica metade do crescimento; o resto é mais frágil do que parece"),
    ("O déficit zero que ninguém espera cumprir", "contas-publicas", "Contas públicas",
     "Meta serve mais como âncora de expectativas do que como compromisso"),
    ("Haddad, Lula e a conta que não fecha", "governo-lula", "Governo Lula",
     "A disputa entre Fazenda e Planalto ganhou um novo capítulo"),
    ("Dólar a R$ 5 é o novo normal?", "cambio", "Câmbio",
     "Fluxo estrangeiro e juros americanos explicam a calmaria, por ora"),
    ("O que a Argentina de Milei ensina ao Brasil", "argentina", "Argentina",
     "Choque liberal do vizinho tem lições, e advertências, para Brasília"),
    ("Petrobras e o preço da gasolina: de volta ao passado", "petrobras", "Petrobras",
     "A nova política de preços repete erros que o país já pagou caro"),
    ("Juros altos, crédito caro e famílias endividadas", "endividamento", "Endividamento",
     "O Desenrola ajudou, mas não resolve a raiz do problema"),
    ("Desoneração da folha: o Congresso venceu de novo", "congresso", "Congresso",
     "Derrubada do veto mostra quem manda no Orçamento"),
    ("O fim do ano e a ressaca das contas públicas", "contas-publicas", "Contas públicas",
     "Dezembro trouxe gastos que não estavam no radar"),
    ("Um Natal mais barato", "inflacao", "Inflação",
     "Alimentos em queda aliviam a ceia, mas não o ano que vem"),
    ("Quem paga pela transição energética", "energia", "Energia",
     "Subsídios verdes precisam de uma conta transparente"),
    ("A armadilha da renda média", "crescimento", "Crescimento",
     "Sem produtividade, o país continua correndo para ficar no mesmo lugar"),
    ("Mercado de trabalho surpreende, mas salários não acompanham", "emprego", "Emprego",
     "Desemprego na mínima em uma década esconde a precariedade"),
    ("O Copom e o recado das entrelinhas", "juros", "Juros",
     "A ata desta semana diz mais pelo que omite"),
    ("Precatórios: a bomba-relógio foi desarmada?", "contas-publicas", "Contas públicas",
     "Decisão do STF abre espaço fiscal, mas cobra a fatura depois"),
    ("Carros elétricos chineses e a velha indústria nacional", "industria", "Indústria",
     "A volta do imposto de importação é proteção ou estratégia?"),
    ("Nota de crédito", "rating", "Rating",
     "Uma melhora pode vir antes do que o governo imagina"),
    ("O Brasil precisa de mais poupança, não de mais consumo", "crescimento", "Crescimento",
     "Estimular demanda tem limite quando o investimento não acompanha"),
    ("Black Friday e o varejo em crise", "varejo", "Varejo",
     "Descontos maquiam um setor que perdeu fôlego"),
    ("A privatização da Sabesp e o debate que faltou", "privatizacao", "Privatização",
     "A pressa da Assembleia deixou perguntas sem resposta"),
    ("Orçamento secreto, versão 2.0", "congresso", "Congresso",
     "Emendas de comissão ocupam o lugar das antigas emendas de relator"),
    ("O risco fiscal voltou ao radar dos investidores estrangeiros", "contas-publicas", "Contas públicas",
     "Gestores lá fora não acreditam na meta, e os preços mostram isso"),
    ("Salário mínimo e Previdência", "previdencia", "Previdência",
     "A regra de reajuste tem um custo que cresce sozinho"),
    ("Por que ainda não sabemos medir a produtividade", "crescimento", "Crescimento",
     "Estatísticas antigas para uma economia que mudou"),
]

PAGES = [COLUMNS[0:10], COLUMNS[10:20], COLUMNS[20:28]]
MESES = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def slugify(title: str, max_words: int = 11) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    text = text.lower().replace("r$ ", "rs-")
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words])


def dates() -> list[dt.datetime]:
    """Columns on Wednesdays and Sundays, newest first."""
    d = dt.datetime(2024, 1, 28, 2, 0)
    out = []
    for i in range(len(COLUMNS)):
        out.append(d)
        d -= dt.timedelta(days=4 if i % 2 == 0 else 3)
    return out


DATES = dates()
PATHS = [f"{BASE}{d:%Y/%m}/{slugify(t)}.shtml" for (t, *_), d in zip(COLUMNS, DATES)]
INDEX = {c[0]: i for i, c in enumerate(COLUMNS)}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def dateline(d: dt.datetime) -> str:
    return f"{d.day}.{MESES[d.month - 1]}.{d.year} às {d.hour}h{d.minute:02d}"


def href_for(i: int, style: str) -> str:
    path = PATHS[i]
    if style == "abs":
        return "{{origin}}" + path
    if style == "root":
        return path
    return path[len(BASE):]  # relative to /colunas/mariana-costa/


HEADER = """<header class="l-header" role="banner">
  <div class="l-header__top">
    <a class="l-header__skip u-visually-hidden" href="#conteudo">Ir para o conteúdo</a>
    <button class="c-button c-button--menu" type="button" aria-controls="menu-principal" aria-expanded="false">Menu</button>
    <a class="l-header__brand" href="{{origin}}/" title="Folha de S.Paulo"><svg class="c-logo" aria-hidden="true" viewBox="0 0 200 30"><path d="M0 0h200v30H0z"/></svg><span class="u-visually-hidden">Folha de S.Paulo</span></a>
    <div class="l-header__actions">
      <a class="c-button c-button--primary" href="https://assine.example-folha.com.br/?cod=HDR01">Assine</a>
      <a class="c-button c-button--link" href="https://login.example-folha.com.br/login?done=https%3A%2F%2Fwww1.example-folha.com.br%2Fcolunas%2Fmariana-costa%2F">Entrar</a>
      <form class="c-search" action="https://search.example-folha.com.br/" method="get" role="search"><label class="u-visually-hidden" for="q">Buscar</label><input id="q" name="q" type="search" placeholder="Buscar"><button type="submit">Buscar</button></form>
    </div>
  </div>
  <nav class="c-site-nav" id="menu-principal" aria-label="Editorias">
    <ul class="c-site-nav__list u-list-unstyled">
      <li class="c-site-nav__item"><a href="/poder/">Poder</a></li>
      <li class="c-site-nav__item"><a href="/mercado/">Mercado</a></li>
      <li class="c-site-nav__item"><a href="/mundo/">Mundo</a></li>
      <li class="c-site-nav__item"><a href="/cotidiano/">Cotidiano</a></li>
      <li class="c-site-nav__item"><a href="/esporte/">Esporte</a></li>
      <li class="c-site-nav__item"><a href="/ilustrada/">Ilustrada</a></li>
      <li class="c-site-nav__item"><a href="/equilibrioesaude/">Equilíbrio e Saúde</a></li>
      <li class="c-site-nav__item"><a href="/opiniao/">Opinião</a></li>
      <li class="c-site-nav__item c-site-nav__item--active"><a href="/colunas/" aria-current="true">Colunas</a></li>
      <li class="c-site-nav__item"><a href="/podcasts/">Podcasts</a></li>
      <li class="c-site-nav__item c-site-nav__item--more"><a href="{{origin}}/secoes/">Mais</a></li>
    </ul>
  </nav>
</header>"""

# An unlabelled strip of breaking news, article-shaped URLs on the same host.
STRIP = """<div class="c-latest-strip" data-tracking="faixa-ultimas">
    <ul class="c-latest-strip__list u-list-unstyled">
      <li><a href="{{origin}}/cotidiano/2024/01/temporal-derruba-arvores-e-deixa-bairros-de-sao-paulo-sem-luz.shtml">Temporal derruba árvores e deixa bairros de São Paulo sem luz</a></li>
      <li><a href="/mundo/2024/01/eleicao-em-taiwan-eleva-tensao-com-a-china.shtml">Eleição em Taiwan eleva tensão com a China</a></li>
      <li><a href="/mercado/2024/01/ibovespa-fecha-em-queda-com-exterior-negativo.shtml">Ibovespa fecha em queda com exterior negativo</a></li>
    </ul>
  </div>"""

BREADCRUMB = """<nav class="c-breadcrumb" aria-label="Você está em">
      <ol class="c-breadcrumb__list u-list-unstyled">
        <li class="c-breadcrumb__item"><a href="{{origin}}/">Folha</a></li>
        <li class="c-breadcrumb__item"><a href="/colunas/">Colunas e blogs</a></li>
        <li class="c-breadcrumb__item" aria-current="page">Mariana Costa</li>
      </ol>
    </nav>"""

PROFILE = """<div class="c-author-profile">
      <img class="c-author-profile__image" src="https://f.example-folha-img.com.br/colunistas/mariana-costa.jpg" alt="" width="96" height="96">
      <div class="c-author-profile__content">
        <h1 class="c-author-profile__name">Mariana Costa</h1>
        <p class="c-author-profile__description">Economista, doutora pela USP e professora do Insper. Escreve às quartas e aos domingos.</p>
        <ul class="c-author-profile__social u-list-unstyled">
          <li><a href="https://twitter.com/marianacosta_econ" rel="noopener" target="_blank" aria-label="Mariana Costa no X">X</a></li>
          <li><a href="mailto:mariana.costa@example-folha.com.br">E-mail</a></li>
        </ul>
      </div>
    </div>"""


def mais_lidas() -> str:
    items = [
        ("/poder/2024/01/lula-sanciona-orcamento-com-veto-a-emendas-de-comissao.shtml",
         "Lula sanciona Orçamento com veto a R$ 5,6 bi em emendas de comissão"),
        ("{{origin}}/mercado/2024/01/petrobras-anuncia-reducao-no-preco-do-diesel-para-distribuidoras.shtml",
         "Petrobras anuncia redução no preço do diesel para distribuidoras"),
        ("/cotidiano/2024/01/chuva-forte-deixa-sao-paulo-em-estado-de-atencao.shtml",
         "Chuva forte deixa São Paulo em estado de atenção"),
        ("/poder/2024/01/moraes-autoriza-operacao-contra-deputado-investigado-por-atos-golpistas.shtml",
         "Moraes autoriza operação contra deputado investigado por atos golpistas"),
        ("/esporte/2024/01/palmeiras-anuncia-contratacao-de-atacante-uruguaio.shtml",
         "Palmeiras anuncia contratação de atacante uruguaio"),
    ]
    lis = "\n".join(
        f'          <li class="c-most-popular__item"><span class="c-most-popular__number" aria-hidden="true">{n}</span>'
        f'<a class="c-most-popular__link" href="{h}"><h3 class="c-most-popular__title">{esc(t)}</h3></a></li>'
        for n, (h, t) in enumerate(items, 1)
    )
    return f"""<section class="c-most-popular" aria-labelledby="mais-lidas">
        <h2 class="c-section-title" id="mais-lidas">Mais lidas</h2>
        <ol class="c-most-popular__list u-list-unstyled">
{lis}
        </ol>
      </section>"""


def colunas_e_blogs() -> str:
    others = [
        ("helena-vasconcelos", "Helena Vasconcelos",
         "/colunas/helena-vasconcelos/2024/01/o-silencio-das-universidades-diante-do-corte-de-verbas.shtml",
         "O silêncio das universidades diante do corte de verbas"),
        ("joao-pereira-lima", "João Pereira Lima",
         "{{origin}}/colunas/joao-pereira-lima/2024/01/bolsonaro-ainda-comanda-a-direita.shtml",
         "Bolsonaro ainda comanda a direita"),
        ("carlos-andrade", "Carlos Andrade",
         "/colunas/carlos-andrade/2024/01/a-cidade-que-esqueceu-seus-rios.shtml",
         "A cidade que esqueceu seus rios"),
        ("renata-bastos", "Renata Bastos",
         "/colunas/renata-bastos/2024/01/o-streaming-matou-a-novela.shtml",
         "O streaming matou a novela?"),
    ]
    lis = []
    for slug, name, href, title in others:
        lis.append(
            f"""          <li class="c-columnist-list__item">
            <div class="c-columnist">
              <a class="c-columnist__image-link" href="/colunas/{slug}/"><img src="https://f.example-folha-img.com.br/colunistas/{slug}.jpg" alt="{esc(name)}" width="48" height="48"></a>
              <div class="c-columnist__content">
                <a class="c-columnist__name" href="/colunas/{slug}/">{esc(name)}</a>
                <a class="c-columnist__headline" href="{href}">{esc(title)}</a>
              </div>
            </div>
          </li>"""
        )
    lis.append(
        """          <li class="c-columnist-list__item">
            <div class="c-columnist c-columnist--blog">
              <a class="c-columnist__name" href="/blogs/ciencia-fundamental/">Ciência Fundamental</a>
              <a class="c-columnist__headline" href="/blogs/ciencia-fundamental/2024/01/por-que-o-verao-esta-cada-vez-mais-quente.shtml">Por que o verão está cada vez mais quente</a>
            </div>
          </li>"""
    )
    body = "\n".join(lis)
    return f"""<section class="c-columnist-list" aria-labelledby="colunas-e-blogs">
        <h2 class="c-section-title" id="colunas-e-blogs"><a href="/colunas/">Colunas e blogs</a></h2>
        <ul class="u-list-unstyled">
{body}
        </ul>
        <a class="c-button c-button--more" href="/colunas/">Ver todos os colunistas</a>
      </section>"""


def publicidade(slot: str) -> str:
    return f"""<div class="c-advertising c-advertising--{slot}" aria-hidden="false">
        <span class="c-advertising__label">Publicidade</span>
        <div class="c-advertising__banner" id="banner-{slot}" data-ad-slot="/1234/folha/colunas/{slot}">
          <a href="https://ads.example-network.com/click?slot=folha-colunas-{slot}&amp;cb=8831" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/img/300x250-{slot}.jpg" alt="" width="300" height="250"></a>
        </div>
      </div>"""


ESTUDIO = """<div class="c-branded-content">
        <span class="c-advertising__label">Publicidade</span>
        <div class="c-headline c-headline--branded">
          <span class="c-headline__kicker">Estúdio Folha | Banco Horizonte</span>
          <a class="c-headline__url" href="/estudio/banco-horizonte/2024/01/planejamento-financeiro-para-2024-comeca-agora.shtml"><h3 class="c-headline__title">Planejamento financeiro para 2024 começa agora</h3></a>
        </div>
      </div>"""

LEIA_TAMBEM = """<section class="c-related" aria-labelledby="leia-tambem">
      <h2 class="c-section-title" id="leia-tambem">Leia também</h2>
      <ul class="c-related__list u-list-unstyled">
        <li><a href="{{origin}}/mercado/2024/01/copom-sinaliza-novos-cortes-de-meio-ponto.shtml">Copom sinaliza novos cortes de meio ponto</a></li>
        <li><a href="/colunas/painelsa/2024/01/empresarios-cobram-governo-por-meta-fiscal.shtml">Painel S.A.: Empresários cobram governo por meta fiscal</a></li>
        <li><a href="/mercado/2024/01/entenda-a-reforma-tributaria-em-10-pontos.shtml">Entenda a reforma tributária em 10 pontos</a></li>
        <li><a href="/paineldoleitor/2024/01/leitores-comentam-coluna-sobre-juros-e-inflacao.shtml">Painel do Leitor: leitores comentam coluna sobre juros e inflação</a></li>
      </ul>
    </section>"""

FOOTER = """<footer class="l-footer" role="contentinfo">
  <nav class="l-footer__nav" aria-label="Institucional">
    <ul class="u-list-unstyled">
      <li><a href="/institucional/">Sobre a Folha</a></li>
      <li><a href="/institucional/expediente.shtml">Expediente</a></li>
      <li><a href="/paineldoleitor/">Painel do Leitor</a></li>
      <li><a href="/falecomafolha/">Fale com a Folha</a></li>
      <li><a href="/ombudsman/">Ombudsman</a></li>
      <li><a href="/newsletters/">Newsletters</a></li>
      <li><a href="https://assine.example-folha.com.br/?cod=FTR01">Assine a Folha</a></li>
      <li><a href="/institucional/termos-de-uso.shtml">Termos e condições</a></li>
      <li><a href="/institucional/politica-de-privacidade.shtml">Política de privacidade</a></li>
    </ul>
  </nav>
  <ul class="l-footer__social u-list-unstyled">
    <li><a href="https://www.facebook.com/example-folha" aria-label="Facebook">Facebook</a></li>
    <li><a href="https://twitter.com/example_folha" aria-label="X">X</a></li>
    <li><a href="https://www.instagram.com/example_folha/" aria-label="Instagram">Instagram</a></li>
    <li><a href="https://www.youtube.com/@example-folha" aria-label="YouTube">YouTube</a></li>
  </ul>
  <p class="l-footer__copy">Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhapress.</p>
</footer>"""


def newsletter() -> str:
    latest = PATHS[0]
    return f"""<section class="c-newsletter">
        <h2 class="c-newsletter__title">Newsletter da Mariana Costa</h2>
        <p>Receba a coluna por e-mail toda quarta e domingo. <a href="{latest}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=newscolunistas">Leia a mais recente</a>.</p>
        <form class="c-newsletter__form" action="/newsletters/assinar/" method="post">
          <input type="hidden" name="newsletter" value="coluna-mariana-costa">
          <label for="nl-email" class="u-visually-hidden">E-mail</label>
          <input id="nl-email" type="email" name="email" placeholder="Seu e-mail" required>
          <button type="submit" class="c-button c-button--primary">Cadastrar</button>
        </form>
        <a class="c-newsletter__all" href="/newsletters/">Conheça todas as newsletters</a>
      </section>"""


def share(i: int) -> str:
    url = "https://www1.example-folha.com.br" + PATHS[i]
    from urllib.parse import quote
    q = quote(url, safe="")
    return f"""<ul class="c-tools-share u-list-unstyled" aria-label="Compartilhar">
            <li><a href="https://api.whatsapp.com/send?text={q}%3Futm_source%3Dwhatsapp%26utm_medium%3Dsocial" target="_blank" rel="noopener">WhatsApp</a></li>
            <li><a href="https://www.facebook.com/sharer/sharer.php?u={q}" target="_blank" rel="noopener">Facebook</a></li>
            <li><a href="https://twitter.com/intent/tweet?url={q}&amp;text={quote(COLUMNS[i][0])}" target="_blank" rel="noopener">X</a></li>
            <li><button type="button" class="c-tools-share__copy" data-copy="{url}?utm_source=copylink">Copiar link</button></li>
          </ul>"""


def hero(i: int) -> str:
    t, tslug, tlabel, stand = COLUMNS[i]
    d = DATES[i]
    h = href_for(i, "abs")
    return f"""<div class="c-main-headline c-main-headline--column">
      <div class="c-main-headline__media">
        <a class="c-main-headline__image-link" href="{h}" tabindex="-1" aria-hidden="true"><img src="https://f.example-folha-img.com.br/img/2024/01/{d:%d}/hero-{i}.jpg" alt="" width="768" height="512" loading="eager"></a>
      </div>
      <div class="c-main-headline__content">
        <a class="c-kicker" href="/folha-topicos/{tslug}/">{esc(tlabel)}</a>
        <a class="c-main-headline__url" href="{h}"><h2 class="c-main-headline__title">{esc(t)}</h2></a>
        <p class="c-main-headline__standfirst">{esc(stand)}</p>
        <div class="c-main-headline__meta">
          <a class="c-signature" href="/colunas/mariana-costa/">Mariana Costa</a>
          <time class="c-main-headline__dateline" datetime="{d:%Y-%m-%dT%H:%M:00}-03:00" itemprop="datePublished">{dateline(d)}</time>
          <a class="c-comments-count" href="{h}#comentarios">Comentários (48)</a>
          <a class="c-gift" href="{PATHS[i]}?origin=folha">Presentear</a>
          {share(i)}
        </div>
      </div>
    </div>"""


STYLES = ["abs", "abs", "root", "abs", "rel", "abs", "root", "abs", "abs", "rel"]


def item(i: int, k: int) -> str:
    t, tslug, tlabel, stand = COLUMNS[i]
    d = DATES[i]
    style = STYLES[k % len(STYLES)]
    h = href_for(i, style)
    img = ""
    if k % 3 == 0 or style == "rel":
        img = (f'<div class="c-headline__media-wrapper"><a class="c-headline__image-link" href="{href_for(i, "abs")}" tabindex="-1">'
               f'<img class="c-headline__image" src="https://f.example-folha-img.com.br/img/{d:%Y/%m/%d}/{i}.jpg" alt="" width="220" height="147" loading="lazy"></a></div>')
    comments = ""
    if k % 4 == 1:
        comments = f'\n              <a class="c-comments-count" href="{h}#comentarios"><span class="u-visually-hidden">Comentários</span> {7 + 3 * i}</a>'
    return f"""        <li>
          <div class="c-headline c-headline--newslist">
            <div class="c-headline__wrapper">
              {img}
              <div class="c-headline__head"><h3 class="c-headline__kicker c-kicker"><a href="/folha-topicos/{tslug}/">{esc(tlabel)}</a></h3></div>
              <div class="c-headline__content">
                <a class="c-headline__url" href="{h}"><h2 class="c-headline__title">{esc(t)}</h2></a>
                <p class="c-headline__standfirst">{esc(stand)}</p>
              </div>
              <time class="c-headline__dateline" datetime="{d:%Y-%m-%dT%H:%M:00}-03:00">{dateline(d)}</time>{comments}
            </div>
          </div>
        </li>"""


def page_url(n: int) -> str:
    return BASE if n == 1 else f"{BASE}?pagina={n}"


def pager(n: int, total: int) -> str:
    parts = ['<nav class="c-pagination" aria-label="Paginação">']
    if n > 1:
        prev = "/colunas/mariana-costa/" if n == 2 else f"?pagina={n - 1}"
        parts.append(f'  <a class="c-button c-pagination__arrow" href="{prev}" rel="prev">Página anterior</a>')
    parts.append('  <ul class="c-pagination__list u-list-unstyled">')
    for k in range(1, total + 1):
        if k == n:
            parts.append(f'    <li class="c-pagination__item is-active"><span aria-current="page">{k}</span></li>')
        elif k == 1:
            parts.append(f'    <li class="c-pagination__item"><a href="{{{{origin}}}}{BASE}">1</a></li>')
        else:
            parts.append(f'    <li class="c-pagination__item"><a href="{{{{origin}}}}{BASE}?pagina={k}">{k}</a></li>')
    parts.append("  </ul>")
    if n < total:
        parts.append(f'  <a class="c-button c-button--secondary c-pagination__next" href="?pagina={n + 1}">Próxima página</a>')
    else:
        parts.append('  <span class="c-button c-button--secondary c-pagination__next is-disabled" aria-disabled="true">Próxima página</span>')
    parts.append("</nav>")
    return "\n    ".join(parts)


def jsonld(n: int) -> str:
    org = {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": "Folha de S.Paulo",
        "url": "{{origin}}/",
        "logo": {"@type": "ImageObject", "url": "https://f.example-folha-img.com.br/logo-folha.png"},
        "sameAs": ["https://twitter.com/example_folha", "https://www.facebook.com/example-folha"],
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Folha", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "Colunas", "item": "{{origin}}/colunas/"},
            {"@type": "ListItem", "position": 3, "name": "Mariana Costa", "item": "{{origin}}" + page_url(n)},
        ],
    }
    return "\n".join(
        f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>' for x in (org, crumbs)
    )


def page(n: int) -> str:
    total = len(PAGES)
    cols = PAGES[n - 1]
    idx = [INDEX[c[0]] for c in cols]
    head_links = [f'<link rel="canonical" href="{{{{origin}}}}{page_url(n)}">']
    if n > 1:
        head_links.append(f'<link rel="prev" href="{{{{origin}}}}{page_url(n - 1)}">')
    if n < total:
        head_links.append(f'<link rel="next" href="{{{{origin}}}}{page_url(n + 1)}">')
    lead = ""
    rest = idx
    if n == 1:
        lead = hero(idx[0])
        rest = idx[1:]
    items = "\n".join(item(i, k) for k, i in enumerate(rest))
    title_suffix = "" if n == 1 else f" - Página {n}"
    return f"""<!DOCTYPE html>
<html lang="pt-BR" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mariana Costa{title_suffix} - Folha</title>
<meta name="description" content="Leia as colunas de Mariana Costa, economista, doutora pela USP e professora do Insper. Escreve às quartas e aos domingos.">
<meta property="og:type" content="profile">
<meta property="og:title" content="Mariana Costa - Folha">
<meta property="og:url" content="{{{{origin}}}}{page_url(n)}">
<meta property="og:site_name" content="Folha de S.Paulo">
<meta name="twitter:site" content="@example_folha">
{chr(10).join(head_links)}
<link rel="alternate" type="application/rss+xml" title="Folha - Em cima da hora" href="{{{{origin}}}}/feeds/emcimadahora/rss091.xml">
<link rel="stylesheet" href="https://static.example-folha.com.br/storybook/css/portal-3.2.1.min.css">
<link rel="preconnect" href="https://f.example-folha-img.com.br">
{jsonld(n)}
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');window.folha_ads={{section:'colunas',subsection:'mariana-costa',page:{n}}};</script>
<script async src="https://securepubads.example-network.com/tag/js/gpt.js"></script>
</head>
<body class="colunistas">
{HEADER}
<main id="conteudo" class="l-main" role="main">
  {STRIP}
  <div class="container">
    {BREADCRUMB}
    {PROFILE}
    {publicidade("topo")}
    <div class="row">
    <div class="col col--md-1-1 col--lg-2-3">
    {lead}
    <div class="c-newslist">
      <h2 class="c-section-title u-visually-hidden">Colunas de Mariana Costa</h2>
      <ol class="u-list-unstyled">
{items}
      </ol>
    </div>
    {pager(n, total)}
    {LEIA_TAMBEM}
    </div>
    <aside class="col col--md-1-1 col--lg-1-3 l-sidebar" role="complementary">
      {publicidade("lateral")}
      {mais_lidas()}
      {colunas_e_blogs()}
      {ESTUDIO}
      {newsletter()}
    </aside>
    </div>
  </div>
</main>
{FOOTER}
<script src="https://static.example-folha.com.br/storybook/js/portal-3.2.1.min.js" defer></script>
<script async src="https://paywall.example-folha.com.br/paywall.js"></script>
</body>
</html>
"""


def site_feed() -> str:
    news = [
        ("/poder/2024/01/lula-sanciona-orcamento-com-veto-a-emendas-de-comissao.shtml",
         "Lula sanciona Orçamento com veto a R$ 5,6 bi em emendas de comissão", "Sun, 28 Jan 2024 09:12:00 -0300"),
        ("/mercado/2024/01/ibovespa-fecha-em-queda-com-exterior-negativo.shtml",
         "Ibovespa fecha em queda com exterior negativo", "Sun, 28 Jan 2024 08:40:00 -0300"),
        (PATHS[0], COLUMNS[0][0], "Sun, 28 Jan 2024 02:00:00 -0300"),
        ("/cotidiano/2024/01/temporal-derruba-arvores-e-deixa-bairros-de-sao-paulo-sem-luz.shtml",
         "Temporal derruba árvores e deixa bairros de São Paulo sem luz", "Sat, 27 Jan 2024 22:15:00 -0300"),
        ("/mundo/2024/01/eleicao-em-taiwan-eleva-tensao-com-a-china.shtml",
         "Eleição em Taiwan eleva tensão com a China", "Sat, 27 Jan 2024 19:03:00 -0300"),
        ("/esporte/2024/01/palmeiras-anuncia-contratacao-de-atacante-uruguaio.shtml",
         "Palmeiras anuncia contratação de atacante uruguaio", "Sat, 27 Jan 2024 17:30:00 -0300"),
        ("/colunas/joao-pereira-lima/2024/01/bolsonaro-ainda-comanda-a-direita.shtml",
         "Bolsonaro ainda comanda a direita", "Sat, 27 Jan 2024 02:00:00 -0300"),
        ("/ilustrada/2024/01/festival-de-verao-anuncia-atracoes-de-2024.shtml",
         "Festival de verão anuncia atrações de 2024", "Fri, 26 Jan 2024 21:44:00 -0300"),
    ]
    items = "\n".join(
        f"""<item>
<title>{esc(t)}</title>
<link>{{{{origin}}}}{p}</link>
<pubDate>{d}</pubDate>
<description>{esc(t)}</description>
</item>"""
        for p, t, d in news
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="0.91">
<channel>
<title>Folha de S.Paulo - Em cima da hora - Principal</title>
<link>{{{{origin}}}}/</link>
<description>Em cima da hora: as últimas notícias da Folha de S.Paulo</description>
<language>pt-br</language>
<copyright>Copyright Folha de S.Paulo. Todos os direitos reservados.</copyright>
<image><title>Folha de S.Paulo</title><url>https://f.example-folha-img.com.br/logo-folha.png</url><link>{{{{origin}}}}/</link></image>
{items}
</channel>
</rss>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "colunas" / "mariana-costa"
    d.mkdir(parents=True)
    for n in range(1, len(PAGES) + 1):
        name = "index.html" if n == 1 else f"index@pagina={n}.html"
        (d / name).write_text(page(n), encoding="utf-8")
    feed = OUT / "feeds" / "emcimadahora"
    feed.mkdir(parents=True)
    (feed / "rss091.xml").write_text(site_feed(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /busca/\nDisallow: /paywall/\n\nSitemap: {{origin}}/sitemap.xml\n", encoding="utf-8"
    )
    truth = {
        "template": NAME,
        "description": (
            "A Brazilian daily (Folha-style storybook markup, Portuguese UI) columnist page: columns at "
            "/colunas/<columnist>/YYYY/MM/slug.shtml under a hero card and an ol of c-headline items, a numbered "
            "?pagina=N pager with 'Próxima página'; 'Mais lidas' news and 'Colunas e blogs' columns of other "
            "columnists share the .shtml shape, and a site-wide news feed is advertised."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": PATHS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

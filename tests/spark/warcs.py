"""WARC files for the Spark tests and benchmark, written with warcio: news
pages in French, English and German, and a damaged gzip member."""
from __future__ import annotations

import gzip
import io

# Pages with their canonical URL, so that `veille extract` on the same page
# as an .html file finds the URL the WARC record gives
PAGE = """<html lang="{lang}"><head><title>{title}</title><link rel="canonical" href="{url}">
<meta property="article:published_time" content="{date}T09:00:00Z"></head>
<body><article><h1>{title}</h1>{body}</article></body></html>"""

FR_BODY = """<p>Le porte-parole du Kremlin, Dmitri Peskov, a déclaré {day} que la Russie ne discuterait jamais d'un
échange de territoires. « C'est impossible », a-t-il ajouté devant les journalistes réunis à Moscou.</p>
<p>Selon l'armée de l'air ukrainienne, {drones} drones ont été lancés contre l'Ukraine dans la nuit, et {down} ont
été abattus au-dessus des régions de Kyiv et d'Odessa.</p>"""

EN_BODY = """<p>Ukraine's air force said on {day} that Russia launched {drones} drones overnight, and that {down} of
them were shot down over the Kyiv and Odesa regions.</p>
<p>"We will not give up any territory," President Volodymyr Zelensky told reporters in Kyiv.</p>"""

DE_BODY = """<p>Die ukrainische Luftwaffe teilte am Mittwoch mit, Russland habe in der Nacht {drones} Drohnen
gestartet. Präsident Wolodymyr Selenskyj sagte vor Journalisten in Kiew, man werde kein Gebiet aufgeben.</p>"""


def page(lang: str, n: int, date: str = "2025-02-12") -> tuple[str, bytes]:
    """A page in `lang` (fr, en, de), its figures made from `n`; (url, html)."""
    url = f"https://news.example/{lang}/{n}"
    body = {"fr": FR_BODY, "en": EN_BODY, "de": DE_BODY}[lang].format(
        day=["mercredi", "jeudi"][n % 2] if lang == "fr" else "Wednesday", drones=100 + n, down=80 + n)
    html = PAGE.format(lang=lang, title=f"Nuit d'attaques {n}" if lang == "fr" else f"Night of attacks {n}",
                       url=url, date=date, body=body)
    return url, html.encode("utf-8")


def write_warc(path, records) -> None:
    """A WARC of `records`: (url, content type, body) for a response, or
    (url, None, body) for a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, body in records:
            if ctype is None:
                headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                record = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers)
            else:
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def corrupt_member(valid: bytes) -> bytes:
    """A gzip member with its deflate data damaged."""
    member = bytearray(gzip.compress(valid))
    for i in range(20, min(len(member) - 8, 60)):
        member[i] ^= 0x5A
    return bytes(member)

"""Every kind in every language renders, and reads back exactly (Cyrillic included)."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader

from caseapp.domain.models import LANGUAGES, LETTER_KINDS
from caseapp.letters import render_sample
from caseapp.letters.profile import SAMPLE_PROFILE
from caseapp.letters.render import MergedPdf, render_letter
from caseapp.letters.sample import sample_content, sample_request, sample_values
from caseapp.letters.templates import load_template
from tests.letters.helpers import pdf_pages, pdf_text

DATES = {"uk": "24 листопада 2026 р.", "ru": "24 ноября 2026 г.", "en": "24 November 2026"}
BIRTH = {"uk": "(12.03.1994 р. н.)", "ru": "(12.03.1994 г. р.)", "en": "(born 12 March 1994)"}
EXTRA = {
    "exchange_inclusion": {"uk": "«185 на 185»", "ru": "«185 на 185»", "en": "“185 for 185”"},
    "return_release": {
        "uk": "20 листопада 2026 р.",
        "ru": "20 ноября 2026 г.",
        "en": "20 November",
    },
    "death_notification": {
        "uk": "помер у жовтні 2026 р.",
        "ru": "скончался в октябре 2026 г.",
        "en": "died in October 2026",
    },
    "more_information": {"uk": "військової частини", "ru": "воинской части", "en": "military unit"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_kind_and_language_reads_back_exactly(kind: str, lang: str) -> None:
    pdf = render_sample(kind, lang)
    text = pdf_text(pdf)
    request = sample_request(lang)
    values = sample_values(lang, SAMPLE_PROFILE, request)
    subject, _ = load_template(kind, lang).fill(values, "M")
    assert request.enquirer_name in text
    family = request.family_name.upper() if lang == "en" else request.family_name
    person = f"{request.given_name} {request.patronymic} {family}"
    assert f"{person} {BIRTH[lang]}" in text
    assert " ".join(subject.split())[1:] in text
    assert DATES[lang] in text
    assert "SHO/LT-2026-SAMP-00001" in text
    assert SAMPLE_PROFILE.text("name", lang) in text
    assert SAMPLE_PROFILE.text("signature", lang).split("\n")[0] in text
    if kind in EXTRA:
        assert EXTRA[kind][lang] in text
    assert len(pdf) < 60_000
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2
    assert "під вартою" not in text and "под стражей" not in text


def test_pypdf_reads_the_cyrillic_too() -> None:
    text = PdfReader(io.BytesIO(render_sample("confirmation_held", "uk"))).pages[0].extract_text()
    assert "Сергій Юрійович Коломієць" in " ".join(text.split())
    assert "вул. Ґалаґанівська, 12, кв. 5" in text


def test_font_is_embedded_as_a_subset_not_helvetica() -> None:
    reader = PdfReader(io.BytesIO(render_sample("acknowledgement", "ru")))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert all("+" in name for name in names), names  # subset fonts are named XXXXXX+Name
    assert not any("Helvetica" in name for name in names)


def test_same_content_gives_identical_bytes_even_in_another_process() -> None:
    first = render_sample("death_notification", "uk")
    assert render_sample("death_notification", "uk") == first
    code = (
        "import sys; from caseapp.letters import render_sample; "
        "sys.stdout.buffer.write(render_sample('death_notification', 'uk'))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == first


def _long(kind: str = "more_information", lang: str = "uk") -> bytes:
    content = sample_content(kind, lang)
    body = content.body + "\n\n" + "\n\n".join(["Довгий абзац для перевірки розриву. " * 12] * 4)
    return render_letter(replace(content, body=body))


def test_long_letter_gets_page_numbers_and_keeps_its_reference_on_every_page() -> None:
    pages = pdf_pages(_long())
    assert len(pages) == 2
    assert "Сторінка 1 з 2" in pages[0]
    assert "Сторінка 2 з 2" in pages[1]
    assert "SHO/LT-2026-SAMP-00001" in pages[1]
    assert "З повагою," in pages[-1] and "Олена Зразкова" in pages[-1]


def test_single_page_letter_has_no_page_number() -> None:
    assert "Сторінка" not in pdf_text(render_sample("acknowledgement", "uk"))
    assert "Page 1" not in pdf_text(render_sample("acknowledgement", "en"))


def test_merged_pdf_numbers_each_letter_on_its_own() -> None:
    merged = MergedPdf("test", "test")
    long_content = sample_content("more_information", "uk")
    long_content = replace(
        long_content,
        body=long_content.body + "\n\n" + "\n\n".join(["Абзац для розриву. " * 25] * 4),
    )
    merged.add(long_content)
    merged.add(sample_content("acknowledgement", "en"))
    merged.add(long_content)
    pages = pdf_pages(merged.finish())
    numbers = [next((w for w in ("1 з 2", "2 з 2") if f"Сторінка {w}" in p), None) for p in pages]
    assert numbers == ["1 з 2", "2 з 2", None, "1 з 2", "2 з 2"]
    assert merged.pages == 5


def test_duplex_batch_starts_each_letter_on_a_new_sheet() -> None:
    merged = MergedPdf("test", "test", duplex=True)
    merged.add(sample_content("acknowledgement", "uk"))
    merged.add(sample_content("acknowledgement", "ru"))
    pdf = merged.finish()
    assert merged.pages == 4
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 4


def _png(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    for x in range(width // 3, 2 * width // 3):
        for y in range(height):
            image.putpixel((x, y), (255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_logo_is_drawn_and_the_letter_stays_small() -> None:
    profile = replace(SAMPLE_PROFILE, logo=_png(300, 300))
    pdf = render_sample("acknowledgement", "uk", profile)
    reader = PdfReader(io.BytesIO(pdf))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    assert len(xobjects) == 1
    assert len(pdf) < 60_000
    assert "Зразкова гуманітарна організація" in pdf_text(pdf)


def test_an_organisation_without_a_profile_gets_the_sample_letterhead() -> None:
    assert "Sample Humanitarian Organisation" in pdf_text(render_sample("no_news", "en", None))


def test_pdf_metadata_names_no_person() -> None:
    reader = PdfReader(io.BytesIO(render_sample("death_notification", "ru")))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Коломиец" not in meta and "Анна" not in meta
    assert "SHO/LT-2026-SAMP-00001" in meta


def test_wrapping_never_splits_a_date() -> None:
    from caseapp.letters.dates import long_date
    from caseapp.letters.render import REGULAR, wrap

    text = f"За отриманими нами відомостями, {long_date('2026-10-03', 'uk')} померла особа"
    for width in range(120, 400, 7):  # from a little wider than the date itself
        lines = wrap(text, REGULAR, 10.5, width)
        assert any("3\u00a0жовтня\u00a02026\u00a0р." in line for line in lines), width

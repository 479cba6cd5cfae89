"""The kind x state table cell by cell (single letters, batches, owed), grammar, fonts, layout."""

from __future__ import annotations

import csv
import io
import itertools
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.case_state import CASE_STATES, request_status_after_confirm
from caseapp.domain.models import LETTER_KINDS, ExchangeRound, Link, TracingRequest
from caseapp.letters import (
    KINDS,
    LetterBlocked,
    LetterSpec,
    generate_batch,
    generate_letter,
    owed_letters,
)
from caseapp.letters.dates import date_phrase
from caseapp.letters.grammar import VOCATIVE_EXCEPTIONS, greeting, relative_forms, vocative_uk
from caseapp.letters.render import wrap
from caseapp.letters.rules import allowed, request_state
from caseapp.resources import resource_path
from caseapp.store import Session
from tests.letters.helpers import TODAY, add_case, add_round, org_close, pdf_text

#: How to bring a case into each state.
SETUPS = {
    "searching": {"prisoner_status": None},
    "held": {"prisoner_status": "held"},
    "released": {"prisoner_status": "released"},
    "deceased": {"prisoner_status": "deceased"},
    "remains_returned": {"prisoner_status": "remains_returned"},
    "withheld": {"prisoner_status": "held", "prisoner_dnd": True},
    "closed": {"prisoner_status": None},
}
BATCHABLE = [k for k in LETTER_KINDS if not KINDS[k].needs_approval and k != "more_information"]


def _case(session: Session, state: str):  # type: ignore[no-untyped-def]
    case = add_case(session, status_date="2026-10-03", **SETUPS[state])  # type: ignore[arg-type]
    if state == "closed":
        org_close(session, case.request.id)
    return case


@pytest.mark.parametrize("state", CASE_STATES)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_cell_of_the_kind_by_state_table(org: Session, kind: str, state: str) -> None:
    case = _case(org, state)
    assert request_state(org.conn, load(org, case.request.id)) == state
    spec = LetterSpec(
        kind, case.request.id, details="— x", channel="post", delivery_reason="abroad"
    )
    if KINDS[kind].fields and "round_name" in KINDS[kind].fields and case.prisoner:
        round_id = add_round(org, case.prisoner)
        if kind == "exchange_not_included":
            with org.transaction("executed") as txn:
                txn.update(ExchangeRound, round_id, status="executed")
    if kind == "remains_identified" and state in ("deceased", "remains_returned"):
        pytest.skip("needs the approved news of death first: see the test below")
    try:
        generate_letter(org, spec, today=TODAY)
        made = True
    except LetterBlocked:
        made = False
    assert made == allowed(kind, state), (kind, state)
    if kind in BATCHABLE:  # the batch and the letters owed follow the very same rule
        owed = case.request.id in owed_letters(org.conn, kind)
        assert owed == (allowed(kind, state) and not made)


def load(session: Session, request_id: str) -> TracingRequest:
    from caseapp.store import load_entity

    request = load_entity(session.conn, TracingRequest, request_id)
    assert request is not None
    return request


def test_batch_no_news_skips_every_family_with_news(org: Session) -> None:
    ids = [_case(org, state).request.id for state in CASE_STATES]
    result = generate_batch(org, "no_news", ids, today=TODAY)
    assert [r.request_id for r in result.letters] == [ids[0]]
    assert len(result.skipped) == len(CASE_STATES) - 1


def test_remains_letter_only_after_the_approved_news_of_death(org: Session) -> None:
    from caseapp.letters import approve_letter
    from tests.conftest import make_account

    case = _case(org, "remains_returned")
    remains = LetterSpec("remains_identified", case.request.id)
    with pytest.raises(LetterBlocked) as refused:
        generate_letter(org, remains, today=TODAY)
    assert "death_notice_first" in refused.value.codes
    assert case.request.id not in owed_letters(org.conn, "remains_identified")
    death = generate_letter(org, LetterSpec("death_notification", case.request.id), today=TODAY)
    assert case.request.id not in owed_letters(org.conn, "remains_identified")  # not approved
    approve_letter(Session(org.vault, make_account(org, "kostya", "coordinator")), death.id)
    assert owed_letters(org.conn, "remains_identified") == [case.request.id]
    text = pdf_text(generate_letter(org, remains, today=TODAY).pdf or b"")
    assert "останки вашого родича ідентифіковано" in text  # sex unknown: the generic form
    assert "повернуто в Україну 3 жовтня 2026 р." in text
    assert "місце у списках на обмін" not in text  # no exchange talk after a death


def test_news_of_death_goes_in_person_unless_a_reason_is_recorded(org: Session) -> None:
    case = _case(org, "deceased")
    spec = LetterSpec("death_notification", case.request.id, channel="post")
    with pytest.raises(LetterBlocked) as refused:
        generate_letter(org, spec, today=TODAY)
    assert refused.value.codes == ["post_reason"]
    default = generate_letter(org, LetterSpec("death_notification", case.request.id), today=TODAY)
    assert default.delivery_method == "in_person" and default.delivery_reason is None


def test_confirming_follows_the_person() -> None:
    assert request_status_after_confirm("open", "released") == "returned"
    assert request_status_after_confirm("possible_match", "repatriated") == "returned"
    assert request_status_after_confirm("open", "held") == "confirmed_held"
    assert request_status_after_confirm("in_progress", "deceased") == "confirmed_deceased"
    assert request_status_after_confirm("confirmed_deceased", "held") is None
    assert request_status_after_confirm("closed", "held") is None


# --- grammar ---------------------------------------------------------------------------------


def _names() -> list[dict[str, str]]:
    path = resource_path("names", "given_names.csv")
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


REVIEW_EXAMPLES = {
    ("Коломієць Ганна Григорівна", "F"): "Шановна Ганно Григорівно!",
    ("Григор'єва Мар'яна Ігорівна", "F"): "Шановна Мар'яно Ігорівно!",
    ("Петренко-Запорізький Іван Степанович", "M"): "Шановний Іване Степановичу!",
    ("Бойко Наталія Миколаївна", "F"): "Шановна Наталіє Миколаївно!",
    ("Шевчук Роман Петрович", "M"): "Шановний Романе Петровичу!",
    (
        "Коваленко-Шевченко-Бондаренко Олександра-Марія Олександрівна",
        "F",
    ): "Шановна Олександро-Маріє Олександрівно!",
    ("Олег Ігорович Бондар", "M"): "Шановний Олегу Ігоровичу!",
    ("Ткач Сергій", "M"): "Шановний пане Сергію!",
    ("Любов Петрівна Мельник", "F"): "Шановна Любове Петрівно!",
}


def test_the_review_examples() -> None:
    for (name, sex), expected in REVIEW_EXAMPLES.items():
        assert greeting("uk", name, sex) == expected
    assert greeting("uk", "Коломієць Ганна Григорівна", None) == "Шановна Ганно Григорівно!"
    assert greeting("ru", "Смирнова Ольга Викторовна", None) == "Уважаемая Ольга Викторовна!"
    assert greeting("en", "Hanna Kolomiiets", "F") == "Dear Ms Kolomiiets,"
    assert greeting("en", "Hanna Kolomiiets", None) == "Dear Hanna Kolomiiets,"
    assert greeting("uk", "Nino Beridze", None) == "Добрий день!"
    assert greeting("ru", "Коломиец", None) == "Здравствуйте!"


def test_salutations_and_agreement_for_hundreds_of_pairs() -> None:
    """Every given name x patronymic of the name table, as enquirer, with a sought person of
    each sex: the rules (vocative endings) and the exceptions table hold."""
    rows = _names()
    patronymics = [r for r in rows if r["uk_patronymic_m"]][:12]
    checked = 0
    for row in rows:
        sex = row["sex"].upper()
        given = row["uk"].split("|")[0]
        for father in patronymics:
            patronymic = father["uk_patronymic_f" if sex == "F" else "uk_patronymic_m"].split("|")[
                0
            ]
            text = greeting("uk", f"Коваль {given} {patronymic}", None)
            voc_given, voc_patronymic = text.removesuffix("!").split(" ")[1:]
            assert text.startswith("Шановна " if sex == "F" else "Шановний ")
            assert voc_patronymic.endswith(("івно", "ївно") if sex == "F" else "ичу"), text
            if given in VOCATIVE_EXCEPTIONS:
                assert voc_given == VOCATIVE_EXCEPTIONS[given]
            elif given[-1] == "а":
                assert voc_given[-1] in "ое" and voc_given[:-1] == given[:-1], text
            elif given.endswith("ія"):
                assert voc_given == given[:-1] + "є", text
            elif given.endswith("ій"):
                assert voc_given == given[:-1] + "ю", text
            ru_given = row["ru"].split("|")[0]
            ru_patronymic = father["ru_patronymic_f" if sex == "F" else "ru_patronymic_m"].split(
                "|"
            )[0]
            ru = greeting("ru", f"Коваль {ru_given} {ru_patronymic}", None)
            assert ru == ("Уважаемая" if sex == "F" else "Уважаемый") + (
                f" {ru_given} {ru_patronymic}!"
            )
            checked += 1
    assert checked > 300
    assert vocative_uk("Ілля", "M") == "Ілле"


@pytest.mark.parametrize(
    ("lang", "relationship", "sex", "nominative", "genitive"),
    [
        ("uk", "мати", "M", "ваш син", "вашого сина"),
        ("uk", "батько", "F", "ваша донька", "вашої доньки"),
        ("uk", "сусідка", "F", "ваша родичка", "вашої родички"),
        ("uk", "дружина", "M", "ваш чоловік", "вашого чоловіка"),
        ("ru", "мать", "F", "ваша дочь", "вашей дочери"),
        ("ru", "брат", "M", "ваш брат", "вашего брата"),
        ("en", "mother", "F", "your daughter", "your daughter"),
    ],
)
def test_the_relative_agrees(
    lang: str, relationship: str, sex: str, nominative: str, genitive: str
) -> None:
    forms = relative_forms(lang, relationship, sex)
    assert (forms["relative"], forms["relative_gen"]) == (nominative, genitive)


@pytest.mark.parametrize(
    ("value", "uk", "ru", "en"),
    [
        ("2026-10-03", "3 жовтня 2026 р.", "3 октября 2026 г.", "on 3 October 2026"),
        ("2026-09", "у вересні 2026 р.", "в сентябре 2026 г.", "in September 2026"),
        ("2026", "у 2026 р.", "в 2026 г.", "in 2026"),
    ],
)
def test_partial_dates_in_a_sentence(value: str, uk: str, ru: str, en: str) -> None:
    got = [date_phrase(value, lang).replace("\u00a0", " ") for lang in ("uk", "ru", "en")]
    assert got == [uk, ru, en]


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
@pytest.mark.parametrize("when", ["2026-09", "2026"])
def test_partial_dates_in_the_death_and_release_letters(org: Session, lang: str, when: str) -> None:
    for status, kind in (("deceased", "death_notification"), ("released", "return_release")):
        case = add_case(org, lang=lang, prisoner_status=status, status_date=when)
        record = generate_letter(org, LetterSpec(kind, case.request.id), today=TODAY)
        from caseapp.letters import review_pdf

        text = pdf_text(review_pdf(org, record.id))
        assert date_phrase(when, lang).replace("\u00a0", " ") in text
        assert "вересень" not in text and "сентябрь" not in text and "on 2026" not in text


# --- fonts, layout ---------------------------------------------------------------------------


def test_georgian_armenian_arabic_and_hebrew_are_drawn_emoji_refused_naming_the_field(
    org: Session,
) -> None:
    case = add_case(org, prisoner_status=None, enquirer="ნინო ბერიძე (Nino Beridze)")
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    assert "ნინო ბერიძე (Nino Beridze)" in pdf_text(record.pdf or b"")
    address = "Երևան, Աբովյան 12\nמרחוב הרצל 5\nشارع الحمراء"
    arabic = add_case(org, prisoner_status=None, enquirer="محمد الأحمد", address=address)
    record = generate_letter(org, LetterSpec("acknowledgement", arabic.request.id), today=TODAY)
    text = unicodedata.normalize("NFKC", pdf_text(record.pdf or b""))
    for words in ("محمد الأحمد", "Երևան, Աբովյան 12", "הרצל", "شارع الحمراء"):
        assert unicodedata.normalize("NFKC", words) in text, words
    emoji = add_case(org, prisoner_status=None, address="вул. Соборна, 5 🏠\n69000")
    with pytest.raises(LetterBlocked) as refused:
        generate_letter(org, LetterSpec("acknowledgement", emoji.request.id), today=TODAY)
    assert refused.value.codes == ["unprintable"]
    assert "the enquirer's postal address" in str(refused.value)
    assert "поштова адреса заявника" in refused.value.message_in("uk")


def _y_of(pdf: bytes, needle: str) -> float:
    """The distance in mm from the top of the page to the line holding ``needle``."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    for line in out.split("<line ")[1:]:
        words = " ".join(w.split(">")[1].split("<")[0] for w in line.split("<word ")[1:])
        if needle in words:
            y_max = float(line.split('yMax="')[1].split('"')[0])
            return y_max * 25.4 / 72
    raise AssertionError(needle)


def test_the_address_stays_in_the_window_with_a_tall_letterhead(org: Session) -> None:
    from dataclasses import replace

    from caseapp.letters import load_profile, save_profile

    profile = load_profile(org.conn)
    tall = {k: "\n".join([v] * 6) for k, v in profile.address.items()}
    save_profile(org, replace(profile, address=tall))
    six = "вул. Соборна, 5\nкв. 12\nс. Велика Білозерка\nВасилівський район\n71400\nУкраїна"
    case = add_case(org, prisoner_status=None, address=six)
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    pdf = record.pdf or b""
    assert _y_of(pdf, "Коломієць Ганна") >= 45 and _y_of(pdf, "Україна") <= 90
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None and str(info.get("/CreationDate", "")).startswith("D:20261124")
    seven = six + "\nзайвий рядок\nще один"
    too_long = add_case(org, prisoner_status=None, address=seven)
    with pytest.raises(LetterBlocked) as refused:
        generate_letter(org, LetterSpec("acknowledgement", too_long.request.id), today=TODAY)
    assert refused.value.codes == ["address_too_long"]


def test_a_long_unbroken_word_wraps_in_linear_time() -> None:
    start = time.perf_counter()
    lines = wrap("Щ" * 20_000, "CaseAppSans", 11, 400)
    assert time.perf_counter() - start < 2.0
    assert "".join(lines) == "Щ" * 20_000
    email = "hanna.kolomiiets.for.testing.purposes@example-mail-service.org.ua"
    lines = wrap(email, "CaseAppSans", 10.5, 120)
    assert "".join(lines) == email and len(lines) > 1
    for line, following in itertools.pairwise(lines):
        assert line.endswith((".", "-")) or following.startswith("@"), lines


def test_a_father_asking_about_his_detained_daughter(org: Session) -> None:
    """Agreement by the sought person's sex and the relationship, IHL terms per category."""
    from caseapp.domain.models import PrisonerRecord

    case = add_case(
        org, enquirer="Шевчук Іван Петрович", given_name="Оксана", patronymic="Іванівна",
        family_name="Шевчук",
    )  # fmt: skip
    assert case.prisoner is not None
    with org.transaction("details") as txn:
        txn.update(TracingRequest, case.request.id, sex="F", enquirer_relationship="батько")
        txn.update(
            PrisonerRecord, case.prisoner.id, category="detained_civilian", sex="F",
            power_depends_on="Російська Федерація",
        )  # fmt: skip
    record = generate_letter(org, LetterSpec("confirmation_held", case.request.id), today=TODAY)
    text = pdf_text(record.pdf or b"")
    assert text.count("Шановний Іване Петровичу!") == 1
    assert "ваша донька Оксана Іванівна Шевчук позбавлена волі як цивільна особа" in text
    assert "Відомості про вашу доньку" in text
    assert "Сторона, яка утримує: Російська Федерація." in text
    assert "родича" not in text and "під вартою" not in text
    with org.transaction("released") as txn:
        txn.update(PrisonerRecord, case.prisoner.id, status="released", category="pow")
    record = generate_letter(org, LetterSpec("return_release", case.request.id), today=TODAY)
    text = pdf_text(record.pdf or b"")
    assert "ваша донька Оксана Іванівна Шевчук була звільнена з полону 1 листопада 2026 р." in text
    assert "зі своєю донькою" in text


def test_the_fallback_fonts_and_their_licence_are_shipped() -> None:
    fonts = resource_path("fonts")
    for script in ("Georgian", "Armenian", "Arabic", "Hebrew"):
        for weight in ("Regular", "Bold"):
            assert (fonts / f"NotoSans{script}-{weight}.ttf").stat().st_size > 20_000
    assert "SIL Open Font License" in (fonts / "README.md").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text(encoding="utf-8")


def test_the_table_in_the_docs_is_the_rule() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "letters.md").read_text("utf-8")
    table = docs.split("<!-- kind-state-table -->")[1].split("<!-- /kind-state-table -->")[0]
    rows = [line.strip("| ").split(" | ") for line in table.strip().splitlines()[2:]]
    assert [row[0] for row in rows] == list(LETTER_KINDS)
    for kind, *cells in rows:
        assert [cell == "✓" for cell in cells] == [allowed(kind, s) for s in CASE_STATES]


def test_request_for_information_has_a_reply_slip_below_the_signature(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    spec = LetterSpec("more_information", case.request.id, details="— номер частини")
    text = pdf_text(generate_letter(org, spec, today=TODAY).pdf or b"")
    assert text.index("Ірина Ґудзь служба розшуку") < text.index("Відповідь для служби розшуку")
    assert f"Запит № {case.request.ref}" in text


def test_name_fields_are_capped(org: Session) -> None:
    from caseapp.domain.models import NAME_MAX, PrisonerRecord
    from caseapp.errors import BadInput

    long = "Щ" * (NAME_MAX + 1)
    request = TracingRequest(enquirer_name=long, family_name="Коваль", given_name=long)
    assert {e.field for e in request.validate()} == {"enquirer_name", "given_name"}
    assert [e.field for e in PrisonerRecord(family_name=long).validate()] == ["family_name"]
    with pytest.raises(BadInput), org.transaction("too long") as txn:
        txn.create(TracingRequest(enquirer_name="Ганна", family_name=long))
    assert org.conn.execute("SELECT count(*) FROM tracing_request").fetchone()[0] == 0


def test_letters_owed_after_a_round_follow_the_round(org: Session) -> None:
    """What the rounds module queues after executing a round: not-included letters for those
    it did not release, none for a round not over; inclusion letters only before."""
    from caseapp.domain.models import RoundEntry

    kept = add_case(org)
    freed = add_case(org)
    assert kept.prisoner is not None and freed.prisoner is not None
    round_id = add_round(org, kept.prisoner)
    with org.transaction("second entry") as txn:
        (entry,) = [e for e in txn_entries(org) if e.prisoner_id == kept.prisoner.id]
        txn.create(RoundEntry(list_id=entry.list_id, name_as_written="x",
                              prisoner_id=freed.prisoner.id, released=True))  # fmt: skip
    assert owed_letters(org.conn, "exchange_not_included", round_id=round_id) == []
    assert set(owed_letters(org.conn, "exchange_inclusion", round_id=round_id)) == {
        kept.request.id,
        freed.request.id,
    }
    with org.transaction("executed") as txn:
        txn.update(ExchangeRound, round_id, status="executed")
    assert owed_letters(org.conn, "exchange_inclusion", round_id=round_id) == []
    assert owed_letters(org.conn, "exchange_not_included", round_id=round_id) == [kept.request.id]
    result = generate_batch(
        org, "exchange_not_included", [kept.request.id], round_id=round_id, today=TODAY
    )
    assert len(result.letters) == 1 and "під час обміну «185 на 185»" in pdf_text(
        result.letters[0].pdf or b""
    )
    assert owed_letters(org.conn, "exchange_not_included", round_id=round_id) == []


def txn_entries(session: Session) -> list:  # type: ignore[type-arg]
    from caseapp.domain.models import RoundEntry
    from caseapp.store import list_entities

    return list_entities(session.conn, RoundEntry)


#: (relationship of the enquirer, sought person's sex) -> the phrases the letter must use.
PAIRS = {
    ("uk", "мати", "M"): ("ваш син", "позбавлений волі"),
    ("uk", "мати", "F"): ("ваша донька", "позбавлена волі"),
    ("uk", "дружина", "M"): ("ваш чоловік", "позбавлений волі"),
    ("uk", "брат", "F"): ("ваша сестра", "позбавлена волі"),
    ("uk", "сусід", "F"): ("ваша родичка", "позбавлена волі"),
    ("ru", "мать", "M"): ("ваш сын", "лишён свободы"),
    ("ru", "отец", "F"): ("ваша дочь", "лишена свободы"),
    ("ru", "жена", "M"): ("ваш муж", "лишён свободы"),
    ("ru", "сосед", "F"): ("ваша родственница", "лишена свободы"),
}


@pytest.mark.parametrize(("lang", "relationship", "sex"), list(PAIRS))
def test_generated_pairs_agree_in_the_letters(
    org: Session, lang: str, relationship: str, sex: str
) -> None:
    """Enquirer x sought pairs from the name table, through real letters: the greeting by the
    enquirer's patronymic, the relative and the verbs by relationship and sex."""
    from caseapp.domain.models import PrisonerRecord

    rows = [r for r in _names() if r["uk_patronymic_m"]]
    nominative, held = PAIRS[(lang, relationship, sex)]
    for i in range(0, len(rows), 40):  # a handful of enquirers per pair
        enquirer, sought = rows[i], rows[-1 - i]
        column = "uk" if lang == "uk" else "ru"
        e_sex = enquirer["sex"].upper()
        patronymic = sought[f"{column}_patronymic_{'f' if e_sex == 'F' else 'm'}"].split("|")[0]
        given = enquirer[column].split("|")[0]
        case = add_case(
            org, lang=lang, enquirer=f"Коваль {given} {patronymic}",
            given_name=sought[column].split("|")[0], prisoner_status=None,
        )  # fmt: skip
        with org.transaction("pair") as txn:
            txn.update(TracingRequest, case.request.id, enquirer_relationship=relationship,
                       sex=sex, category="detained_civilian")  # fmt: skip
            prisoner = txn.create(PrisonerRecord(family_name="Коваль", status="held",
                                                 category="detained_civilian"))  # fmt: skip
            txn.create(Link(request_id=case.request.id, prisoner_id=prisoner.id,
                            status="confirmed"))  # fmt: skip
        text = pdf_text(
            generate_letter(org, LetterSpec("confirmation_held", case.request.id), today=TODAY)
            .pdf or b""
        )  # fmt: skip
        expected = greeting(lang, f"Коваль {given} {patronymic}", None)
        assert text.count(expected) == 1 and expected.split()[0] in (
            "Шановна",
            "Шановний",
            "Уважаемая",
            "Уважаемый",
        )
        assert f"{nominative} " in text and held in text, (nominative, held)


def test_periodic_no_news_is_owed_again_after_the_organisations_weeks(org: Session) -> None:
    from caseapp.domain.models import LetterRecord

    case = _case(org, "searching")
    assert owed_letters(org.conn, "no_news") == [case.request.id]
    ack = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    assert owed_letters(org.conn, "no_news") == []  # the family just heard from us
    with org.transaction("long ago") as txn:
        txn.update(LetterRecord, ack.id, generated_at="2020-01-01T10:00:00+00:00")
    assert owed_letters(org.conn, "no_news") == [case.request.id]


def test_a_batch_pdf_is_dated_by_its_letters(org: Session) -> None:
    ids = [_case(org, "held").request.id for _ in range(2)]
    result = generate_batch(org, "confirmation_held", ids, today=TODAY)
    info = PdfReader(io.BytesIO(result.merged_pdf or b"")).metadata
    assert info is not None and str(info.get("/CreationDate", "")).startswith("D:20261124")

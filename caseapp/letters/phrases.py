"""Phrases built from the records, per language: the facts a family needs, in the right terms.

International humanitarian law has its own words and the letters use them: a prisoner of war
"перебуває в полоні" / "находится в плену" (never "під вартою" / "под стражей", which is
criminal custody); a civilian is "позбавлений волі" or "інтернований"; a repatriated person
"повернувся в Україну". Each phrase agrees with the sought person's sex (``grammar.agree``).
"""

from __future__ import annotations

import re

from caseapp.domain.models import ExchangeRound, FactSource, PrisonerRecord
from caseapp.letters.dates import date_phrase, numeric_date
from caseapp.letters.grammar import agree

NBSP = "\u00a0"

#: How the person is held, by category (the prisoner record's, else the request's).
HELD_AS = {
    "uk": {
        "pow": "перебуває в полоні (утримується як військовополонений)",
        "civilian_internee": "[[інтернований|інтернована]] як цивільна особа",
        "detained_civilian": "[[позбавлений|позбавлена]] волі як цивільна особа",
        "missing": "[[утримуваний|утримувана]] стороною конфлікту",
    },
    "ru": {
        "pow": "находится в плену (содержится в качестве военнопленного)",
        "civilian_internee": "[[интернирован|интернирована]] как гражданское лицо",
        "detained_civilian": "[[лишён|лишена]] свободы как гражданское лицо",
        "missing": "[[удерживается|удерживается]] стороной конфликта",
    },
    "en": {
        "pow": "is held as a prisoner of war",
        "civilian_internee": "is interned as a civilian",
        "detained_civilian": "is deprived of liberty as a civilian",
        "missing": "is held by a party to the conflict",
    },
}

SOURCE_KIND = {
    "uk": {
        "exchanged_list": "зі списків, якими обмінюються сторони конфлікту",
        "icrc_visit": "від Міжнародного комітету Червоного Хреста (МКЧХ) після візиту",
        "capture_card": "з картки військовополоненого",
        "testimony": "зі свідчень",
        "media": "з публікацій у засобах масової інформації",
        "family": "від родини",
        "other": "з інших джерел",
    },
    "ru": {
        "exchanged_list": "из списков, которыми обмениваются стороны конфликта",
        "icrc_visit": "от Международного комитета Красного Креста (МККК) после визита",
        "capture_card": "из карточки военнопленного",
        "testimony": "из свидетельских показаний",
        "media": "из публикаций в средствах массовой информации",
        "family": "от семьи",
        "other": "из других источников",
    },
    "en": {
        "exchanged_list": "from lists exchanged between the parties to the conflict",
        "icrc_visit": "from the International Committee of the Red Cross (ICRC) after a visit",
        "capture_card": "from a prisoner-of-war capture card",
        "testimony": "from witness statements",
        "media": "from media reports",
        "family": "from the family",
        "other": "from other sources",
    },
}
_RECEIVED = {
    "uk": "Ці відомості ми отримали",
    "ru": "Эти сведения мы получили",
    "en": "We received this information",
}
RELIABILITY = {
    "uk": {
        "confirmed": "Їх підтверджено.",
        "probable": "Вони ймовірні, але ще не підтверджені офіційно.",
        "unverified": "Їх ще не перевірено; ми повідомимо вас, щойно отримаємо підтвердження.",
    },
    "ru": {
        "confirmed": "Они подтверждены.",
        "probable": "Они вероятны, но ещё не подтверждены официально.",
        "unverified": "Они ещё не проверены; мы сообщим вам, как только получим подтверждение.",
    },
    "en": {
        "confirmed": "It has been confirmed.",
        "probable": "It is probable but not yet officially confirmed.",
        "unverified": "It has not been verified yet; we will tell you as soon as it is.",
    },
}

RELEASED = {
    "uk": {
        "repatriated": "{name} [[повернувся|повернулася]] в Україну {date}",
        "pow": "{name} [[був звільнений|була звільнена]] з полону {date}",
        "other": "{name} [[був звільнений|була звільнена]] {date}",
    },
    "ru": {
        "repatriated": "{name} [[вернулся|вернулась]] на родину {date}",
        "pow": "{name} [[был освобождён|была освобождена]] из плена {date}",
        "other": "{name} [[был освобождён|была освобождена]] {date}",
    },
    "en": {
        "repatriated": "{name} returned home {date}",
        "pow": "{name} was released from captivity {date}",
        "other": "{name} was released {date}",
    },
}

CLOSED_REASON = {
    "uk": {
        "reunited": "ви знову разом зі своїм родичем",
        "withdrawn": "ви відкликали свій запит",
        "duplicate": "цей запит збігається з іншим вашим запитом, який ми продовжуємо",
        "deceased": "ми повідомили вам сумну звістку про смерть",
        "no_trace": "попри всі зусилля ми не знайшли жодних слідів",
        "other": "справу завершено",
    },
    "ru": {
        "reunited": "вы снова вместе со своим родственником",
        "withdrawn": "вы отозвали свой запрос",
        "duplicate": "этот запрос совпадает с другим вашим запросом, который мы продолжаем",
        "deceased": "мы сообщили вам печальное известие о смерти",
        "no_trace": "несмотря на все усилия, мы не нашли никаких следов",
        "other": "дело завершено",
    },
    "en": {
        "reunited": "you are together again with your relative",
        "withdrawn": "you withdrew your request",
        "duplicate": "this request duplicates another of your requests, which we continue",
        "deceased": "we have told you the sad news of the death",
        "no_trace": "despite every effort we have found no trace",
        "other": "the case is complete",
    },
}

_QUOTES = {"uk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}
_FOR = {"uk": "на", "ru": "на", "en": "for"}
_UK_ONLY = set("іїєґІЇЄҐ")
_EXCHANGE_WORD = re.compile(r"^(обмін|обмен|exchange)\s+", re.IGNORECASE)
_RU_ONLY = set("ыэъёЫЭЪЁ")


def held_as(lang: str, category: str | None, sex: str | None) -> str:
    table = HELD_AS[lang]
    return agree(table.get(category or "missing", table["missing"]), sex)


def source_sentence(lang: str, source: FactSource | None, prisoner: PrisonerRecord) -> str:
    """ "Ці відомості ми отримали 1 листопада 2026 р. зі списків…. Їх підтверджено." — or ""
    when neither a source nor a date is recorded."""
    when = (source.source_date if source else None) or prisoner.status_date
    parts = [_RECEIVED[lang]]
    if when:
        parts.append(date_phrase(when, lang))
    if source and source.source_kind:
        parts.append(SOURCE_KIND[lang][source.source_kind])
    if len(parts) == 1:
        return ""
    sentence = " ".join(parts) + "."
    if source and source.reliability:
        sentence += " " + RELIABILITY[lang][source.reliability]
    return sentence


def release_clause(
    lang: str, status: str | None, category: str | None, name: str, date: str, sex: str | None
) -> str:
    key = "repatriated" if status == "repatriated" else ("pow" if category == "pow" else "other")
    return agree(RELEASED[lang][key].format(name=name, date=date), sex)


def registered_name(prisoner: PrisonerRecord) -> str:
    """The name as the detaining side registered it (families need that spelling)."""
    parts = (prisoner.family_name, prisoner.given_name, prisoner.patronymic)
    name = " ".join(" ".join(p.split()) for p in parts if p and p.strip())
    if prisoner.birth_date:
        name += f", {numeric_date(prisoner.birth_date)}"
    return name


def round_label(lang: str, exchange: ExchangeRound) -> str:
    """The round as the letter names it, kept on one line: «185 на 185» from the agreed numbers,
    else its name when written in the letter's language, else its reference number."""
    left, right = _QUOTES[lang]
    ours, theirs = exchange.agreed_count_ours, exchange.agreed_count_theirs
    if ours and theirs:
        text = f"{int(ours)} {_FOR[lang]} {int(theirs)}"
    else:
        name = " ".join((exchange.name or "").split())
        letters = set(name)
        fits = {
            "uk": not (letters & _RU_ONLY),
            "ru": not (letters & _UK_ONLY),
            "en": name.isascii(),
        }[lang]
        text = name if name and fits else (exchange.ref or name)
        # "the exchange «Exchange 185 for 185»" says it twice: the letter already says exchange.
        text = _EXCHANGE_WORD.sub("", text) or text
    return f"{left}{text}{right}".replace(" ", NBSP)


_WEEKS = {
    "uk": ("тиждень", "тижні", "тижнів"),
    "ru": ("неделю", "недели", "недель"),
}


def weeks(lang: str, count: int) -> str:
    """ "8 тижнів" / "2 недели" / "8 weeks", with the plural form the number needs."""
    if lang == "en":
        return f"{count}{NBSP}week" + ("" if count == 1 else "s")
    one, few, many = _WEEKS[lang]
    if count % 10 == 1 and count % 100 != 11:
        word = one
    elif 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        word = few
    else:
        word = many
    return f"{count}{NBSP}{word}"

"""Cues in the other languages users' outlets write in: a pronoun after the verb ("sagte
sie", "dijo él"), Indonesian verbs that carry their subject ("ujarnya"), a role and its
holder after the verb ("a déclaré le maire, Gérard Pellisson"), local titles and
function words that open a sentence ("Oberbürgermeisterin", "AKBP", "Menurut")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_german_pronoun_after_the_verb_is_the_woman_named() -> None:
    text = (
        "Oberbürgermeisterin Katrin Oberländer verteidigte am Montag die Pläne des Rates.\n\n"
        "Der Stadtrat Bernd Haltermann widersprach ihr.\n\n"
        "„Gutachten haben wir genug. Jetzt muss gebaut werden“, sagte sie.\n"
    )
    assert _speakers(text) == ["Katrin Oberländer"]


def test_an_indonesian_verb_with_its_subject_is_the_one_in_focus() -> None:
    text = (
        "Kapolres Kota Sekarwangi AKBP Bambang Triyono memimpin penangkapan itu.\n\n"
        "Menurut Bambang, tersangka diduga terlibat dalam 12 kasus.\n\n"
        '"Modusnya selalu sama, dia beraksi di parkiran minimarket," ujarnya.\n'
    )
    assert _speakers(text) == ["Bambang Triyono"]


def test_a_role_and_its_holder_after_a_french_or_spanish_verb() -> None:
    french = (
        "La municipalité a annoncé la fermeture de la piscine.\n\n"
        "« Nous ne pouvons pas prendre le risque d'un accident », a déclaré le maire, "
        "Gérard Pellisson, à l'issue du conseil.\n"
    )
    spanish = (
        "El Ayuntamiento aprobó un plan contra la sequía.\n\n"
        "«No es una medida popular, pero es la única responsable», dijo el alcalde, "
        "Fernando Olmedilla Sáez, tras el pleno.\n"
    )
    assert _speakers(french) == ["Gérard Pellisson"]
    assert _speakers(spanish) == ["Fernando Olmedilla Sáez"]


def test_a_russian_cue_after_the_dash_names_its_speaker() -> None:
    text = (
        "Сами работники завода узнают новости из соцсетей.\n\n"
        "«Нам никто ничего не говорит, мастера сами в неведении», — пожаловался наладчик "
        "Павел Сёмкин.\n"
    )
    assert _speakers(text) == ["Павел Сёмкин"]


def test_a_portuguese_role_of_a_body_then_its_holder() -> None:
    text = (
        "O sindicato da categoria considera o número insuficiente.\n\n"
        "“Ainda faltam pelo menos 350 profissionais”, afirmou a presidente do Sindicato dos "
        "Professores de Alto Capinzal, Mônica Albuquerque Ramos.\n"
    )
    assert _speakers(text) == ["Mônica Albuquerque Ramos"]


def test_a_name_spelled_like_a_foreign_pronoun_is_still_a_name() -> None:
    """ "Ella", "Lei", "Elle" are names when capitalised; only "ella", "lei", "elle" after a
    verb are pronouns."""
    text = (
        "The Brennan family gathered on Sunday. Tom Brennan spoke first.\n\n"
        "“We miss her every day,” said Ella.\n\nElla Brennan is seven.\n"
    )
    assert _speakers(text) == ["Ella Brennan"]

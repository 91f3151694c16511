"""Places an article names that no list knows ("Dravia", "the Calveran president").

A fixed list (`speech_words.PLACES`) knows real countries and states; a story about a
country the list lacks, or a town, would otherwise read its name as a person's surname and
give it quotes. The article itself says which lone capitalised words are places: they
follow "in" or "across", they have a president or a border ("the president of Dravia",
"Sarkand's border", "the Sarkand government"), or the article forms a demonym from them
("Dravia", "Dravian"). Only lone names that are no part of a person's full name, carry no
honorific and are no known first name are checked, so "confidence in Lee" after "Ann Lee"
stays a person, and an article without such names costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.first_names import FIRST_NAMES
from desktop.core.speakers import HONORIFICS
from desktop.core.word_regex import alternation, word_set

_REACH = 40  # characters read on each side of a use of the name
_STATE_NOUNS = (
    r"(?:president|prime\s+minister|government|capital|parliament|people|citizens|king|"
    r"queen|border|borders|embassy|army|military|economy|coast|north|south|east|west|"
    r"foreign\s+ministry|foreign\s+minister|neighbou?rs?)"
)
_PLACE_BEFORE = re.compile(
    r"(?:(?<!stake )(?<!stakes )(?<!shares )(?<!interest )(?<!confidence )(?<!faith )"
    r"(?<!invested )(?<!investment )(?<!role )(?<!jobs )"  # "a stake in WeWork": no place
    r"\b(?:in|across|throughout|inside|outside|near)"  # "in Sarkand"
    rf"|\b{_STATE_NOUNS}\s+of(?:\s+the)?"  # "the president of Dravia"
    r"|\b(?:country|nation|republic|kingdom|town|city|village|region|province|island|"
    r"neighbouring|neighboring)(?:\s+of)?)\s+$"  # "the neighbouring Sarkand"
)
_NAME_GOES_ON = re.compile(r"\s?['’]s?\b|\s+[A-Z]|-")  # "in Lee's view", "in Lee Park"
# "Dravia's president", "Sarkand's new government"; not "WeWork's venture capital arm"
_STATE_OWNED = re.compile(rf"['’]s\s+(?:(?:new|former|interim|elected)\s+)?{_STATE_NOUNS}\b")
_ARTICLE = re.compile(r"\b(?:[Tt]he|[Aa])\s+$")
# "the Sarkand foreign ministry"
_STATE_MODIFIED = re.compile(
    r"\s+(?:government|foreign\s+ministry|embassy|army|military|parliament|border|capital|"
    r"president|prime\s+minister|armed\s+forces)\b"
)
_SUFFIXES = ("ian", "an", "ese", "ish", "i")  # "Dravian", "Sarkandese", "Velmori"
_BASE_ENDS = ("", "a", "y", "ia", "e")  # what a demonym's stem ends in as a place's name
_DEMONYM = re.compile(rf"([A-Z][a-z]{{2,}}?)({'|'.join(_SUFFIXES)})s?")
_ADDRESSED = HONORIFICS | word_set("madam mister sir dame lord lady")  # only people
_HONORIFIC = re.compile(
    rf"\b(?:{alternation(sorted(w.capitalize() for w in _ADDRESSED))})\.?\s+([A-Z]\w+)"
)
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]+\b")


def article_places(text: str, lone_names: Iterable[str], people: Iterable[str]) -> frozenset[str]:
    """The lone names (lower case) the article uses as places or their demonyms;
    `people` are the article's full names of persons, whose words are never places.

    One pass over the text collects where each capitalised word stands; each candidate is
    then judged by the few characters around its own uses (linear in the text, however
    many names an article holds)."""
    taken = {word.lower() for name in people for word in name.split()}
    candidates = {
        name
        for name in lone_names
        if " " not in name
        and name.isalpha()
        and name.lower() not in taken
        and name.lower() not in FIRST_NAMES
    }
    if not candidates:
        return frozenset()
    uses: dict[str, list[tuple[int, int]]] = {}
    for match in _CAPITAL.finditer(text):
        word = match.group()
        if word in uses:
            uses[word].append(match.span())
        else:
            uses[word] = [match.span()]
    titled = {m.group(1) for m in _HONORIFIC.finditer(text)}  # "Mr Sarkand"
    found = set()
    for name in candidates - titled:
        if _is_place(text, uses.get(name, [])) or _demonym_pair(name, uses):
            found.add(name.lower())
    return frozenset(found)


def _is_place(text: str, spans: list[tuple[int, int]]) -> bool:
    for start, end in spans:
        before = text[max(0, start - _REACH) : start]
        if _PLACE_BEFORE.search(before) and not _NAME_GOES_ON.match(text, end):
            return True
        if _STATE_OWNED.match(text, end):
            return True
        if _ARTICLE.search(before) and _STATE_MODIFIED.match(text, end):
            return True
    return False


def _demonym_pair(name: str, capitals: dict[str, list[tuple[int, int]]]) -> bool:
    """ "Dravia" and "Dravian", "Calvera" and "Calveran", "Tessaly" and "Tessalians": either
    word of such a pair, when the article uses both."""
    stem = name[:-1] if name.endswith(("a", "y", "e")) else name
    forms = [name + "n", name + "ns"]
    if len(stem) >= 4:
        forms += [stem + end + plural for end in _SUFFIXES for plural in ("", "s")]
    if any(form in capitals for form in forms):
        return True
    demonym = _DEMONYM.fullmatch(name[:-1] if name.endswith("ns") else name)
    if demonym is None:
        return False
    base = demonym.group(1)
    return any(base + end in capitals for end in _BASE_ENDS)


_IRREGULAR_DEMONYMS = word_set(
    "french dutch english irish scottish welsh british spaniard swede dane brit scot finn pole "
    "turk greek frenchman dutchman englishman irishman scotsman welshman frenchwoman "
    "dutchwoman englishwoman irishwoman scotswoman welshwoman portuguese german belgian croat "
    "serb norwegian swiss czech slovak kiwi moroccan senegalese ivorian cameroonian ghanaian "
    "uruguayan paraguayan bosnian slovenian albanian icelander luxembourger monegasque "
    "maltese cypriot israeli iraqi iranian afghan pakistani bangladeshi nepali thai "
    "vietnamese filipino indonesian malaysian singaporean saudi emirati qatari yemeni omani "
    "kuwaiti lebanese syrian jordanian palestinian algerian tunisian libyan sudanese "
    "ethiopian eritrean somali kenyan ugandan tanzanian rwandan congolese zambian zimbabwean "
    "angolan mozambican malian guinean argentinian peruvian venezuelan ecuadorian bolivian "
    "cuban haitian dominican jamaican briton aussie texan kansan arkansan"
)


def is_demonym(word: str, places: frozenset[str]) -> bool:
    """ "Argentine", "Brazilian", "Dravian", "Frenchman": a word for a person from a place
    (`places` in lower case), so "the Argentine said" means a person, not a body."""
    lowered = word.lower()
    if lowered in _IRREGULAR_DEMONYMS or lowered in places:
        return lowered in _IRREGULAR_DEMONYMS or not lowered.endswith(("a", "y", "o"))
    for suffix in ("ian", "ine", "ean", "an", "ese", "ish", "i", "n"):
        if lowered.endswith(suffix) and len(lowered) > len(suffix) + 2:
            stem = lowered[: -len(suffix)]
            if any(stem + end in places for end in (*_BASE_ENDS, "o", "ina")):
                return True
    return False

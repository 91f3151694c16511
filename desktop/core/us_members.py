"""US lawmakers called by state and party: "the Oregon Democrat", "the Texas senator" is
the one person the article tags with that state ("Rep. Nadia Velasquez (D-Ore.)")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core.name_bounds import clean_name

if TYPE_CHECKING:
    from desktop.core.people import PersonIndex

# AP-style and postal abbreviations of each state, as party tags print them.
_STATES = {
    "Alabama": "Ala. AL",
    "Alaska": "AK",
    "Arizona": "Ariz. AZ",
    "Arkansas": "Ark. AR",
    "California": "Calif. Cal. CA",
    "Colorado": "Colo. CO",
    "Connecticut": "Conn. CT",
    "Delaware": "Del. DE",
    "Florida": "Fla. FL",
    "Georgia": "Ga. GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Illinois": "Ill. IL",
    "Indiana": "Ind. IN",
    "Iowa": "IA",
    "Kansas": "Kan. Kans. KS",
    "Kentucky": "Ky. KY",
    "Louisiana": "La. LA",
    "Maine": "ME",
    "Maryland": "Md. MD",
    "Massachusetts": "Mass. MA",
    "Michigan": "Mich. MI",
    "Minnesota": "Minn. MN",
    "Mississippi": "Miss. MS",
    "Missouri": "Mo. MO",
    "Montana": "Mont. MT",
    "Nebraska": "Neb. Nebr. NE",
    "Nevada": "Nev. NV",
    "New Hampshire": "N.H. NH",
    "New Jersey": "N.J. NJ",
    "New Mexico": "N.M. NM",
    "New York": "N.Y. NY",
    "North Carolina": "N.C. NC",
    "North Dakota": "N.D. ND",
    "Ohio": "OH",
    "Oklahoma": "Okla. OK",
    "Oregon": "Ore. Oreg. OR",
    "Pennsylvania": "Pa. Penn. PA",
    "Rhode Island": "R.I. RI",
    "South Carolina": "S.C. SC",
    "South Dakota": "S.D. SD",
    "Tennessee": "Tenn. TN",
    "Texas": "Tex. TX",
    "Utah": "UT",
    "Vermont": "Vt. VT",
    "Virginia": "Va. VA",
    "Washington": "Wash. WA",
    "West Virginia": "W.Va. W. Va. WV",
    "Wisconsin": "Wis. Wisc. WI",
    "Wyoming": "Wyo. WY",
}
_BY_SPELLING = {
    spelling.replace(" ", ""): state
    for state, short in _STATES.items()
    for spelling in [state, *re.findall(r"W\. Va\.|\S+", short)]
}
_PARTY = {"D": "democrat", "R": "republican", "I": "independent"}
# "Nadia Velasquez (D-Ore.)", "Ann Lee, R-Texas,": a name, then its party and state.
_TAGGED = re.compile(
    r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s*[(,]\s*([DRI])\s*-\s*"
    r"([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)\s*[),]"
)
# "the Oregon Democrat", "the Texas senator", "the West Virginia Republican"
STATE_MEMBER = re.compile(
    r"(?i:the)\s+((?:New|North|South|West|Rhode)\s+[A-Z][a-z]+|[A-Z][a-z]+)\s+"
    r"(Democrat|Republican|(?i:senator|congressman|congresswoman|lawmaker|representative))"
)


def state_member(index: PersonIndex, state: str, noun: str, pos: int) -> str | None:
    """The one person tagged with `state` (and the party `noun` names) before `pos`."""
    if state not in _STATES:
        return None
    party = noun.lower() if noun.lower() in ("democrat", "republican") else ""
    found = {
        index.canonical(name, at)
        for at, name, tag_state, tag_party in _tags(index.text)
        if at < pos and tag_state == state and (not party or tag_party == party)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)  # holds texts: only a few articles' worth
def _tags(text: str) -> tuple[tuple[int, str, str, str], ...]:
    """Every party tag of the article: (where, name, state, party)."""
    tags = []
    for match in _TAGGED.finditer(text):
        state = _BY_SPELLING.get(match.group(3).replace(" ", ""))
        if state:
            name = clean_name(match.group(1))  # "Rep. Nadia Velasquez": Nadia Velasquez
            if name:
                tags.append((match.start(1), name, state, _PARTY[match.group(2)]))
    return tuple(tags)

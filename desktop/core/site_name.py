"""Which outlet published a page: weighing site names, publishers, title affixes and logos."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from tld import get_tld

from desktop.core.cleanup import normalize_space

# How much each source says about the outlet's name. og:site_name and the JSON-LD
# publisher are meant for it; the rest only count when they agree with something.
_WEIGHTS = {
    "site_name": 3,
    "publisher": 3,
    "organisation": 2,
    "application": 2,
    "title": 2,
    "logo": 1,
    "handle": 1,
    "facebook": 1,
    "staff": 1,
}
# Display preference among names that agree: the forms a publisher writes for readers.
_DISPLAY_ORDER = (
    "publisher",
    "site_name",
    "organisation",
    "title",
    "application",
    "logo",
    "staff",
    "facebook",
    "handle",
)
_DOMAIN_BONUS = 2
_NO_PROPER_NAME = 3  # only slugs and handles ("detroitnews"): a poor name to show
_TAGLINE = 5  # "Expert advice for riders" loses to any name the domain backs
_MIN_AGREEMENT = 0.6  # "practicalhorseman" agrees with "practicalhorsemanmag"
_MIN_KEY_CHARS = 2
_MAX_NAME_CHARS = 60
_MAX_NAME_WORDS = 6
_TAGLINE_WORDS = 4
_MIN_UNSPACED_HEAD = 6
_AFFIX_WORDS = 4
_LABEL_WORDS = 3  # an unconfirmed affix must be this short and on two titles
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ")
_PREFIX_SEPARATORS = (*TITLE_SEPARATORS, ": ")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}
# Words that name a section, a host or a page, never a publication.
_GENERIC = frozenset(
    [
        "home",
        "homepage",
        "index",
        "main",
        "menu",
        "news",
        "blog",
        "site",
        "website",
        "web",
        "online",
        "hosted",
        "brand",
        "logo",
        "u.s.",
        "us",
        "uk",
        "world",
        "politics",
        "business",
        "sports",
        "sport",
        "opinion",
        "entertainment",
        "technology",
        "tech",
        "health",
        "science",
        "local",
        "national",
        "latest",
        "breaking",
        "lifestyle",
        "culture",
        "video",
        "videos",
    ]
)
# Lower-case words a publication's name may contain ("Voice of America", "Catch it Kansas").
_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "it",
        "a",
        "an",
        "at",
        "to",
        "by",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "der",
        "die",
        "das",
        "del",
        "di",
        "da",
        "do",
        "dos",
        "y",
        "e",
        "et",
        "und",
        "am",
        "im",
        "van",
        "von",
        "&",
    ]
)
_LOGO_WORDS = re.compile(r"\b(?:logo|logotype|image|img|icon|home\s*page|homepage|link)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_STAFF = re.compile(
    r"^(.{2,40}?)\s+(?:editorial\s+)?(?:staff|newsroom|team|editors?|redaktion|desk)$", re.I
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Publishing platforms whose name a hosted blog's markup carries (keys, see name_key).
_PLATFORMS = frozenset(
    [
        "wordpress",
        "wordpresscom",
        "blogger",
        "blogspot",
        "medium",
        "tumblr",
        "wix",
        "squarespace",
        "substack",
        "facebook",
        "twitter",
        "youtube",
        "instagram",
    ]
)
_DOMAIN_FORM = re.compile(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,})+", re.I)
_TLD_TAIL = re.compile(r"(?:dotcom|com|net|org|co|uk|de|fr)$")


@dataclass(frozen=True)
class SiteHost:
    """The registrable label of a page's host ("ap" for hosted.ap.org) and the rest."""

    label: str
    subdomains: tuple[str, ...]


def site_host(url: str) -> SiteHost:
    """Split a URL's host by the public suffix list (a heuristic for unknown suffixes)."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return SiteHost("", ())
    found = get_tld(f"http://{host}", as_object=True, fail_silently=True)
    domain = getattr(found, "domain", "")
    if isinstance(domain, str) and domain:
        subdomain = str(getattr(found, "subdomain", "") or "")
        return SiteHost(domain, tuple(p for p in subdomain.split(".") if p and p != "www"))
    labels = [label for label in host.split(".") if label and label != "www"]
    cut = 2 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 1
    labels = labels[:-cut] if len(labels) > cut else labels[:1]
    return SiteHost(labels[-1] if labels else "", tuple(labels[:-1]))


def readable_domain(url: str) -> str:
    """ "https://www.the-daily-example.co.uk/x" -> "The Daily Example"."""
    words = re.split(r"[-_]+", site_host(url).label)
    return " ".join(word.capitalize() for word in words if word)


def name_key(name: str) -> str:
    """Letters and digits of a name without "The" or a domain ending: how names compare."""
    folded = name.casefold().strip()
    folded = re.sub(r"^the\s+|^@", "", folded)
    if _DOMAIN_FORM.fullmatch(folded):
        folded = re.sub(r"^www\.", "", folded).split(".")[0]
    compact = re.sub(r"\W+|_", "", folded)
    stripped = _TLD_TAIL.sub("", compact) if compact.endswith("dotcom") else compact
    return stripped


def keys_agree(first: str, second: str) -> bool:
    """Whether two name keys name the same thing (equal, or one nearly all of the other)."""
    if len(first) < _MIN_KEY_CHARS or len(second) < _MIN_KEY_CHARS:
        return False
    return _prefix_of(first, second) or _prefix_of(_bare(first), _bare(second))


def _bare(key: str) -> str:
    # Keys lose "The " only when written apart; "thespacereview" as a domain keeps it.
    return key[3:] if key.startswith("the") and len(key) > len("the") + 3 else key


def _prefix_of(first: str, second: str) -> bool:
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and len(short) >= _MIN_AGREEMENT * len(long)


def names_agree(first: str, second: str) -> bool:
    """Whether two names as written name the same outlet."""
    return keys_agree(name_key(first), name_key(second))


def _cleaned(source: str, raw: str) -> str:
    name = normalize_space(raw)
    if source == "logo":
        name = _POSSESSIVE.sub("", _LOGO_WORDS.sub(" ", name))
        name = normalize_space(re.split(r"\s[-|–—:]\s|[-_]{1,2}(?=\s*$)", name)[0])
        name = normalize_space(re.sub(r"(?:^[-_\s]+|[-_\s]+$)", "", name).replace("-", " "))
    elif source == "staff":
        match = _STAFF.match(name)
        name = match.group(1) if match else ""
    elif source == "facebook":
        path = urlsplit(name).path.strip("/").split("/")[0] if "facebook.com" in name else ""
        name = _CAMEL.sub(" ", path) if re.fullmatch(r"[A-Za-z]+", path) else ""
    elif source == "handle":
        name = name.lstrip("@")
        name = name if re.fullmatch(r"\w{2,40}", name) else ""
    if name.startswith("http") or "://" in name:
        return ""
    for separator in TITLE_SEPARATORS:  # "The Daily Example | example.com"
        name = name.split(separator)[0].strip()
    return re.sub(r"^www\.", "", name, flags=re.I)


def _tagline(name: str) -> bool:
    words = name.split()
    lower = [w for w in words if w[0].islower() and w.casefold() not in _CONNECTORS]
    return len(words) >= _TAGLINE_WORDS and bool(lower)


def _unusable(name: str) -> bool:
    """A value that is no publication's name: a section, a host part, a platform."""
    key = name_key(name)
    if len(key) < _MIN_KEY_CHARS or len(name) > _MAX_NAME_CHARS or key.isdigit():
        return True
    bare = re.sub(r"^the\s+", "", name.casefold())
    if bare.strip(" .") in _GENERIC or bare in _GENERIC or key in _PLATFORMS:
        return True
    return len(name.split()) > _MAX_NAME_WORDS


def _proper(source: str, name: str) -> bool:
    """A name fit to show: capitalised words, or a brand written as a domain ("nj.com")."""
    if _DOMAIN_FORM.fullmatch(name):
        return source != "handle"
    return any(char.isupper() for char in name) or not name.isascii()


@dataclass(frozen=True)
class TitleAffix:
    """A part a title can be split into at a separator: "Outlet" of "Headline | Outlet"."""

    affix: str
    rest: str
    suffix: bool
    separator: str

    def label_like(self) -> bool:
        """A short capitalised suffix ("Auto News"): a site or section name, not headline."""
        words = self.affix.split()
        capitalised = all(w[0].isupper() or not w[0].isalpha() for w in words)
        short = self.suffix and 0 < len(words) <= _LABEL_WORDS and len(self.rest.split()) >= 3
        return short and capitalised and self.separator != " / "


def title_affixes(titles: Iterable[str]) -> list[TitleAffix]:
    """Every affix a title can be split into at a separator, suffixes first."""
    found: list[TitleAffix] = []
    for title in titles:
        for separator in TITLE_SEPARATORS:
            head, _, tail = title.rpartition(separator)
            # Scripts without spaces (Japanese, Chinese) count characters instead of words.
            if head and (len(head.split()) >= 2 or len(head) >= _MIN_UNSPACED_HEAD):
                found.append(
                    TitleAffix(normalize_space(tail), normalize_space(head), True, separator)
                )
        for separator in _PREFIX_SEPARATORS:
            first, _, rest = title.partition(separator)
            if rest and len(rest.split()) >= 3:
                found.append(
                    TitleAffix(normalize_space(first), normalize_space(rest), False, separator)
                )
    return found


def confirmed_affixes(
    titles: list[str], named: list[tuple[str, str]], host: SiteHost, frames: Iterable[str] = ()
) -> set[str]:
    """Title affixes that are a site name.

    One is confirmed when other evidence names it (a site name, the domain), when the
    rest of the title is another of the page's titles ("Headline" and "Headline | X"),
    or when it is a short suffix that both <title> and og:title carry. `frames` are
    other headline forms (the h1) that may equal a title's rest.
    """
    keys = [name_key(name) for _, name in named]
    if host.label:
        keys.append(name_key(host.label))
    affixes = title_affixes(titles[:2])
    suffix_counts: dict[str, int] = {}
    for part in affixes:
        if part.suffix:
            suffix_counts[part.affix] = suffix_counts.get(part.affix, 0) + 1
    whole = {normalize_space(t).casefold() for t in (*titles, *frames)}
    confirmed = set()
    for part in title_affixes(dict.fromkeys(titles)):
        if not part.affix or _unusable(part.affix):
            continue
        backed = any(keys_agree(name_key(part.affix), key) for key in keys)
        framed = part.suffix and part.rest.casefold() in whole
        repeated = suffix_counts.get(part.affix, 0) >= 2
        if backed or ((framed or repeated) and len(part.affix.split()) <= _AFFIX_WORDS):
            confirmed.add(part.affix)
    return confirmed


def _label_suffix(titles: list[str]) -> str:
    """Last resort with no other evidence: a short capitalised last part of <title>."""
    for part in title_affixes(titles[:1]):
        if part.label_like() and not _unusable(part.affix) and " / " not in titles[0]:
            return part.affix
    return ""


def choose_outlet(
    named: list[tuple[str, str]], titles: list[str], url: str, frames: Iterable[str] = ()
) -> str:
    """The outlet's name from (source, raw value) pairs, page titles and the page address.

    Names are grouped by key; a group scores its sources' weights, a bonus when it agrees
    with the registrable domain, and a penalty when it holds no name fit to show.
    """
    host = site_host(url)
    usable = [(s, n) for s, n in ((s, _cleaned(s, raw)) for s, raw in named) if n]
    usable = [(s, n) for s, n in usable if not _unusable(n)]
    affixes = sorted(confirmed_affixes(titles, usable, host, frames))
    usable += [("title", re.sub(r"^www\.", "", a, flags=re.I)) for a in affixes]
    groups: dict[str, list[tuple[str, str]]] = {}
    for source, name in usable:
        groups.setdefault(name_key(name), []).append((source, name))
    if not groups:
        return _label_suffix(titles) or readable_domain(url)
    label_key = name_key(host.label)

    def score(item: tuple[str, list[tuple[str, str]]]) -> int:
        key, members = item
        total = sum(_WEIGHTS[s] for s in {s for s, _ in members})
        if keys_agree(key, label_key):
            total += _DOMAIN_BONUS
        if not any(_proper(s, n) for s, n in members):
            total -= _NO_PROPER_NAME
        if all(_tagline(n) for _, n in members):
            total -= _TAGLINE
        return total

    key, members = max(groups.items(), key=score)
    shown = sorted((m for m in members if _proper(*m)), key=lambda m: _DISPLAY_ORDER.index(m[0]))
    if shown:
        name = shown[0][1]
        return _CAMEL.sub(" ", name).replace("_", " ") if shown[0][0] == "handle" else name
    if keys_agree(key, label_key):
        return readable_domain(url)
    return members[0][1]

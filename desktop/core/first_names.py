"""Common first names, by the pronoun the news mostly uses for their bearers."""

from __future__ import annotations

from desktop.core.census_names import CENSUS_HE, CENSUS_SHE
from desktop.core.normalize import strip_accents
from desktop.core.word_regex import word_set
from desktop.core.world_names import WORLD_HE, WORLD_SHE

# Common first names whose bearers the news mostly calls "she" or "he": a prior that the
# article's own pronouns outweigh.
SHE_NAMES = word_set(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
    judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances
    kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary
    kamala nikki marjorie alexandria ilhan rashida karine liz kristi kari tulsi elise dianne
    kirsten tammy maxine ayanna cori kellyanne jill melania ivanka hope stacey gretchen gina
    deb dana kristen mazie maggie tina letitia kathy katie kate claire elaine condoleezza
    madeleine ursula giorgia marine jacinda yulia olena jen susanna lara liz katy ella
    monica rosa sonia sonya tanya vanessa wendy whitney yvonne zoe rose anne annie betsy beth
    carla carmen cathy chelsea cindy connie crystal dawn debbie eva eve gail gwen holly irene
    iris jackie jane jenna jenny joanne josephine joy julia june kara karin kay kristin leah
    lily lucy lydia lynn mandy marcia maureen meghan melanie mia michele mindy molly nina
    nora paula peggy penny rita roxanne sally sheila shelley sherry stacy sue sylvia tara
    tracy vicki yolanda bridget bridgett gabrielle gabriela daniela valerie marsha kyrsten
    greta ilse ingrid helga olga svetlana natasha irina tatiana
    ana lucia sofia isabel elena tracey bev meg gill viv
    """
)
HE_NAMES = word_set(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean carl arthur lawrence dylan jesse
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby philip louis mitch chuck ted ron rand marco mike barack
    bernie hunter hakeem jim tom tim bill bob dick newt mitt jeb ben vladimir volodymyr
    emmanuel olaf boris rishi keir xi narendra recep antony lloyd merrick pete jake chris marc
    ken matt josh steve greg jon jared don kevin glenn ray rick ricky jimmy hank ned adrian
    andy barry brad brett calvin chad clarence clay cory craig curtis dale dan darrell derek
    devin doug duncan earl ed eddie elliot evan felix fred gavin glen gordon grant hal harry
    herbert howard hugh ian ivan jay jeff jerome joel johnny jonah julian karl kurt lamar
    lance leon lou luke marcus mario martin marty max mel mitchell nate neil nick norm oliver
    omar oscar otto owen perry phil preston reed rex rich rod rodney ross rudy russ sam
    sanjay seth sherrod stan stuart todd tony travis trent trey troy victor vince wade
    warren wes xavier zach sergei sergey dmitry igor oleg yuri mikhail alexei andriy
    luca nikita ilya mustafa musa sasha misha kosta akiva ezra
    carlos luis jorge miguel pedro alejandro javier diego dave rob kev ollie alfie callum
    """
)
FIRST_NAMES = SHE_NAMES | HE_NAMES


# Men's given names that end in "a" all the same (Slavic, Arabic, Italian, Japanese).
_MEN_IN_A = word_set(
    """
    mykola oleksa nikita ilya ilja foma kuzma savva luka luca mustafa hamza musa isa yahya
    zakaria zakariya attila mirza takuya tetsuya kazuya tatsuya naoya shinya ryota kota yuta
    sota shota akira joshua ezra pradyumna krishna chandra ravindra rabindra aditya surya
    """
)


def ending_gender(first: str) -> str:
    """A weak guess for a first name the lists lack, by its ending: most given names ending
    in "a" are women's (Orla, Mirela, Giorgia), most ending in "o" men's (Marco, Beto)."""
    first = first.lower()
    if len(first) < 3 or first in FIRST_NAMES or not first.isalpha():
        return ""
    if first.endswith("a"):
        # ("Harendra", "Devendra", "Bhupendra": Indian men's names; "Kendra" is a woman's)
        indian = first.endswith("endra") and len(first) >= 7
        return "he" if first in _MEN_IN_A or indian else "she"
    return "he" if first.endswith("o") else ""


_CENSUS = CENSUS_HE | CENSUS_SHE
_WORLD = WORLD_HE | WORLD_SHE  # other countries' first names


def given_name(name: str, *, world: bool = True) -> bool:
    """A word some list gives as a first name ("Tommy", "Delphine", "Henrique");
    `world=False`: only the English-speaking lists (not "Raf", a Flemish first name, that
    may as well be a nickname)."""
    lowered = name.lower()
    if not lowered.isascii():
        lowered = strip_accents(lowered)  # "Gérald", "José", "Zoë"
    return lowered in FIRST_NAMES or lowered in _CENSUS or (world and lowered in _WORLD)

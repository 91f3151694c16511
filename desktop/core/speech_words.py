"""Word lists the speaker modules share: reporting verbs, prepositions, unnamed people, places."""

from __future__ import annotations

import re

from desktop.core.word_regex import alternation, word_set

# Verbs that hand a person's words to the reader, in either order: "Lee said", "said Lee".
# One speaker's forms only: "Lawmakers say" is a plural, never someone named.
# The cores of every reporting-verb list: who speaks, who is salient, what opens a clause.
SPEECH_VERBS = word_set(
    """
    said says told tells added adds wrote writes noted notes asked asks argued argues
    explained explains stated states tweeted tweets continued continues warned warns insisted
    insists claimed claims declared declares announced announces concluded concludes
    """
)
# The speech verbs no noun spells alike ("states", "notes" and "claims" are nouns too):
# enough to tell a cue from narration around a quote mark.
PLAIN_CUE_VERBS = word_set("said says wrote writes added adds told tells asked continued")
# Speech verbs whose name after them is the listener, not the speaker ("told Lee,").
OBJECT_SPEECH_VERBS = word_set("told tells asked asks")
# Verbs of praise and attack: "Lee slammed the plan" makes Lee the sentence's subject.
STANCE_VERBS = word_set(
    "cited urged called praised criticized criticised slammed blasted accused predicted"
)
# Verbs of manner that credit words only when they end the clause ("“…,” Lee reflected.",
# "“…,” she laughed, pointing at the barn"); with an object they tell of something else
# ("Lee reflected on her years in office", "cracked a smile", "laughed at the idea").
MANNER_VERBS = word_set(
    """
    reflected reflects marveled marvelled marvels deadpanned cracked murmured muttered
    sobbed groaned ventured volunteered enthused posited posits hinted cried
    """
)
# Every finite verb a cue may use ("“…,” Lee quipped", "Lee countered: “…”").
REPORTING_VERBS = (
    SPEECH_VERBS
    | STANCE_VERBS
    | word_set(
        """
        questioned questions admitted admits acknowledged acknowledges recalled recalls
        remarked remarks replied replies responded responds posted posts observed observes
        reads read suggested suggests contended contends complained complains charged charges
        countered counters emphasized emphasizes emphasised stressed stresses conceded concedes
        confirmed confirms testified testifies urges predicts promised promises vowed vows
        boasted boasts joked jokes quipped quips lamented laments cautioned cautions alleged
        alleges maintained maintains reiterated reiterates revealed reveals answered answers
        shouted yelled chanted screamed exclaimed agreed agrees disagreed demanded demands
        calls described describes wondered wonders mused opined objected protested pleaded
        texted emailed commented comments elaborated clarified clarifies recounted recounts
        retorted offered thundered sighed scoffed snapped fumed denied denies mocked dismissed
        pledged assured assures accuses cites reported reports quoted pressed say write argue
        contend allege insist explain warn urge predict complain assert maintain claim note
        continue conclude asserted bragged confessed confided griped groused grumbled gushed
        implored messaged muses proclaimed raged ranted raved reasoned reassured rebutted
        rejoined remembered reminded scolded sniped speculated swore taunted teased whispered
        chided decried bemoaned captioned captions corrected corrects
        interrupted interjected threatened began shouts yells screams ordered
        averred avers opines disclosed discloses appealed advised intoned bellowed hollered
        """
    )
    | MANNER_VERBS
)
# "…, adding", "…, saying": a participle carries the main clause's subject.
REPORTING_PARTICIPLES = word_set(
    """
    adding noting saying telling writing arguing insisting warning calling describing
    explaining claiming asking stating declaring suggesting stressing emphasizing emphasising
    acknowledging admitting citing questioning observing concluding continuing urging
    promising vowing pointing shouting yelling
    """
)
# Common reporting verbs of other languages (German, French, Spanish, Portuguese, Ukrainian,
# Russian).
FOREIGN_REPORTING_VERBS = word_set(
    """
    sagte sagt erklärte betonte schrieb fügte widersprach antwortete meinte warnte versicherte
    bekräftigte kritisierte forderte dijo afirmó declaró aseguró señaló explicó respondió
    replicó advirtió agregó indicó sostuvo comentó manifestó subrayó insistió escribió disse
    afirmou declarou acrescentou respondeu explicou
    añadió déclaré affirmé ajouté expliqué répondu estimé souligné indiqué assuré précisé
    confié reconnu averti rétorqué répliqué сказал сказала заявил заявила отметил отметила
    добавил добавила ответил ответила сообщил сообщила подчеркнул подчеркнула сказав заявив
    зазначив додав додала відповів відповіла повідомив повідомила наголосив наголосила
    написал написала
    sagten erläuterte ergänzte berichtete erzählte räumte kommentierte
    dice afirma explica asegura señala añade apunta lamentó reconoció relató contó expresó
    déclare affirme explique estime souligne ajoute indique assure précise dit
    dichiara afferma spiega aggiunge sottolinea commenta racconta
    diz explica ressaltou destacou completou contou lembrou disseram
    рассказал рассказала пояснил пояснила уточнил уточнила признал признала заметил заметила
    говорит считает
    kata ujar ungkap tutur tegas imbuh terang papar jelas katanya ujarnya ungkapnya tuturnya
    tegasnya imbuhnya terangnya paparnya jelasnya
    """
)
# Words that govern a name, so that it is not the subject: "a letter to Ann Lee".
PREPOSITIONS = word_set(
    """
    with to by on against of for from about at in into toward towards between among than
    like after before under over onto upon via unlike besides including except beside
    during since across inside above below beyond within throughout amid amongst despite beneath
    alongside behind through outside near around along without opposite
    """
)
# Someone a cue leaves unnamed: "a senior official", "the House leadership aide".
UNNAMED_PERSON = re.compile(
    r"(?i)(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,4}?(?:aide|official|source|staffer|"
    r"adviser|advisor|insider|person|diplomat|spokes(?:man|woman|person))"
)
# Head nouns of bodies that speak: "the council said", "Bureau of Ocean Energy Management".
BODY_NOUNS = word_set(
    """
    agency administration association authority board bureau campaign college commission
    committee company corporation council court department district foundation fund group
    institute ministry network office organisation organization party school schools service
    services trust union university bank museum hospital festival tribunal federation
    embassy directorate orchestra society library club force
    """
)
# Titles written short before a name ("Sen.", "Dr.", "Lt."): their dot ends no sentence.
# Titles that open the second person of a pair: "Amundsen and Sen. Peter Lindahl said".
PAIR_TITLES = word_set("sen rep gov mr mrs ms dr senator representative governor")
# Where someone is in life, a word that stands for the person: "Grandmother Edna Pilling",
# "the pensioner added".
LIFE_STAGES = word_set(
    "grandmother grandfather grandma grandad granny widow widower teenager pensioner youngster"
)
# Someone known by the place or body they belong to: "a Cresswell senior", "the Lakeside
# resident", "an Orrin Motors worker".
MEMBER_NOUNS = word_set(
    """
    student senior junior sophomore freshman graduate alumnus alumna worker employee engineer
    resident nurse teacher parent mother father fan voter supporter volunteer driver customer
    shopper tenant farmer miner retiree homeowner commuter patient passenger
    """
)
# People a name before them only describes, never speaks for: "the Silicon Valley
# billionaire", "the Fox News host", "the Lakers fan" (not "the Pentagon official").
INDIVIDUAL_NOUNS = word_set(
    """
    billionaire millionaire tycoon mogul host anchor presenter star legend fan supporter voter
    resident native senior junior sophomore freshman graduate alumnus alumna student homeowner
    commuter shopper tenant retiree passenger patient customer candidate nominee hopeful
    challenger incumbent frontrunner front-runner contender
    """
)
TITLE_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr sen sens rep reps gov gen gens lt col sgt capt adm maj cmdr st mt ft jr sr
    prof rev pres sec hon atty supt det insp cpl engr smt
    """
)
# Verbs that answer someone else's words ("“…” Lee agreed."): the one agreeing did not say them.
KIN_NOUNS = word_set(
    """
    mother father wife husband son daughter sister brother widow widower grandmother
    grandfather mum mom dad aunt uncle niece nephew cousin parents stepfather stepmother family
    """
)
_KIN_HE = word_set(
    "father husband son brother grandfather uncle nephew stepfather widower dad granddad boy man"
)
_KIN_SHE = word_set(
    "mother wife daughter sister grandmother aunt niece stepmother widow mum grandmum mom girl "
    "woman"
)


def kin_pronoun(noun: str) -> str:
    """ "he" for a brother, "she" for a wife, "" for a cousin or parents."""
    noun = noun.lower()
    return "he" if noun in _KIN_HE else "she" if noun in _KIN_SHE else ""


# A relative the cue names only by kin: "his father", "Ford’s now-deceased father".
KIN_SUBJECT = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s?)\s+"  # "Ana Pell’s"
    r"(?:late\s+|[\w-]+\s+){0,2}?" + alternation(KIN_NOUNS)
)
# A cue that says the speaker goes on with the same remarks: "he added", "she went on".
GOING_ON = r"(?:added|adds|continued|continues|went\s+on|concluded)"
RESPONSE_VERBS = word_set("agreed agrees disagreed disagrees concurred concurs")
# States, countries and big cities a news story names as places: they never speak, and a
# pronoun never means them ("Texas Tribune" is not a bare place). Names that are also
# common surnames of people in the news (Jordan, Austin, Israel, Houston) are left out.
PLACES = frozenset(
    word.replace("_", " ")
    for word in """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
    new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
    rhode_island south_carolina south_dakota tennessee texas utah vermont virginia
    washington_d.c. west_virginia wisconsin wyoming america united_states u.s. usa canada
    mexico britain england scotland wales ireland france germany italy spain portugal
    netherlands belgium switzerland austria poland ukraine russia belarus china japan korea
    north_korea south_korea taiwan india pakistan afghanistan iran iraq syria gaza
    lebanon egypt saudi_arabia turkey qatar yemen cuba venezuela colombia brazil
    argentina chile peru haiti honduras guatemala el_salvador nicaragua australia
    new_zealand africa europe asia nigeria kenya ethiopia sudan libya hungary sweden norway
    finland denmark greece romania serbia chicago boston dallas atlanta miami
    seattle denver phoenix philadelphia detroit baltimore los_angeles san_francisco
    new_orleans las_vegas moscow beijing kyiv kiev london paris berlin tehran jerusalem
    brussels tokyo ottawa capitol capitol_hill silicon_valley uk u.k. united_kingdom
    great_britain
    """.split()  # noqa: SIM905 - a word list reads best as text
)

# Where someone unnamed is, not whom they speak for: "a bond trader in Calder City".
IN_TOWN = r"(?:in|near|outside)"
# Members a cue counts or calls by their kind: "the two senators said", "the lawmakers wrote".
MEMBER_PLURALS = word_set("senators lawmakers republicans democrats members")
# Nouns of documents and offices through which someone speaks ("his statement", "the memo").
DOC_NOUNS = word_set(
    """
    document statement report text letter memo complaint lawsuit filing ruling order
    decision declaration release post tweet message note indictment bill proposal plan
    policy rule study survey poll book article editorial op-ed agency company department
    spokesperson spokesman spokeswoman group organization organisation email website
    evaluation estimate assessment analysis guidance guideline guidelines brief page account
    office campaign team notice newsletter opinion submission advisory bulletin
    """
)
# Words of whoever speaks for a body: "a spokesperson", "a statement", "an official".
SPOKES_WORDS = word_set(
    "spokesperson spokesman spokeswoman statement spokespeople representative official officials"
)

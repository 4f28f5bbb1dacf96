"""The rule checks: what is wrong with the consent a flagged clause asks for.

Each check is a pure function `(clause, context) -> Finding | None` with a stable id, a
severity, a plain-language reason and the rule's source; `CHECKS` lists them all. `check()`
runs the checks that apply to a clause's kinds. Restrictive clauses ("shall not ... without
consent") and definitions grant nothing, so they get no consent findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .records import Clause, Finding, Term

REPLICA, ALTERATION, SYNTHETIC, TRAINING = (
    "digital_replica",
    "digital_alteration",
    "synthetic_performer",
    "ai_training",
)
CONSENT_KINDS = frozenset({REPLICA, ALTERATION, TRAINING})

SRC_101 = "SAG-AFTRA 2023 TV/Theatrical (Digital Replicas 101)"
SRC_SPECIFIC = "SAG-AFTRA 2023 TV/Theatrical: consent only for specific, identified projects"
SRC_CONSPICUOUS = (
    "SAG-AFTRA 2023 TV/Theatrical: consent clear and conspicuous, separately signed or "
    "initialed, not in standard terms; NY Gen. Oblig. Law §5-302(1)(c); Cal. Labor Code §927(a)(3)"
)
SRC_DESCRIPTION = (
    "Cal. Labor Code §927(a)(2)(A); NY Gen. Oblig. Law §5-302(1)(b): a reasonably specific "
    "description of the intended uses"
)


@dataclass(frozen=True)
class Context:
    """What a check may know beyond the clause: the document around it."""

    terms: tuple[Term, ...] = ()
    projects: tuple[str, ...] = ()  # production titles the clause names via defined terms
    title: str = ""
    layout_known: bool = True
    neighbours: tuple[Clause, ...] = ()  # the clauses just before and after
    document_text: str = ""
    separately_signed: bool = False  # a rider or consent form with its own signature


@dataclass(frozen=True)
class Check:
    id: str
    severity: str
    source: str
    kinds: frozenset[str]  # the clause kinds it applies to
    run: Callable[[Clause, Context], tuple[re.Match[str] | tuple[int, int], str] | None]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# What a clause does: grant, restrict, define

_GRANT = _rx(
    r"\b(?:hereby\s+)?(?:grants?|granting|consents?|consenting|agrees?|authori[sz]es?|"
    r"authori[sz]ation|permits?|licen[cs]es?|acknowledges?|waives?|assigns?|allows?|gives?|"
    r"accepts?|approves?|(?:is|are|shall be) entitled|shall have the (?:right|option)|"
    r"(?:has|have|retains?) the right|right to|may\s+(?!not\b)(?:\w+\s+){0,3}(?:create|use|make|"
    r"generate|produce|train|develop|alter|modify|manipulate|digitally|replicate|simulate|"
    r"synthesi[sz]e|reproduce|exploit|employ|cast|build|composite|de-age|dub|change|re-?voice|"
    r"scan|capture|record|combine|edit|apply|feed|upload|share|retain|store|render|animate|"
    r"fine-?tune|tune|ingest|process|appear|depict|portray|show|feature|say|speak)|"
    r"i understand|i accept|you accept|by (?:signing|continuing|clicking|uploading|using))\b"
)
_NEGATION = _rx(
    r"\b(?:shall|will|may|must|can|does|do|is|are)\s+not\b|\bwon'?t\b|\bcannot\b|\bnever\b|"
    r"\bno\s+(?:\w+\s+){0,4}(?:shall|may|will)\b|\bprohibit\w*|\bnot\s+(?:be\s+)?permitted|"
    r"\bnothing in\b|\bno (?:digital|ai|synthetic|voice|replica|right|licen[cs]e|use)\b|"
    r"\b(?:shall|will|must) (?:first |also )?(?:require|obtain)\b[^.;]{0,60}\bconsent|"
    r"\brequires?\b[^.;]{0,60}\bconsent|\bnothing (?:here|herein|in)\b|"
    r"\bonly (?:with|after|if|upon|where)\b[^.;]{0,60}\bconsent|\bunless\b|"
    r"\bsubject to (?:the )?(?:\w+\s+){0,3}(?:prior )?(?:written |separate )?consent\b"
)
_DEFINITION = re.compile(
    r"^\W*(?:[\w.()]+\s+)?(?:(?:the\s+)?[\"“'‘][^\"”'’]{1,60}[\"”'’]\s+(?:means|shall mean|"
    r"refers to|is defined as|has the meaning|includes?|shall include)\b"
    r"|(?:[A-Z][\w'’-]*\s+){1,5}(?:means|shall mean)\b)"
)


def _body(text: str) -> str:
    """The clause text without its leading number and inline heading."""
    text = re.sub(
        r"^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})(?:\(\w{1,4}\))*[.):]"
        r"|\(\w{1,4}\)|\d{1,3}(?:\.\d{1,3})+|[A-Z]{1,2}\.\d{1,3}|§\s*\d[\w.()-]*"
        r"|(?:article|section|sec\.)\s+\S+)\s+",
        "",
        text,
        count=1,
        flags=re.IGNORECASE,
    )
    return re.sub(r"^[A-Z][\w,'’&/ -]{0,60}?\.\s+(?=[A-Z\"“(])", "", text, count=1)


@lru_cache(maxsize=4096)
def is_definition(text: str) -> bool:
    return bool(_DEFINITION.match(_body(text)))


_DETERMINER = re.compile(
    r"\b(?:the|these|this|such|any|each|its|those|all|every|your|my)\s+$", re.IGNORECASE
)


def _grant_match(text: str) -> re.Match[str] | None:
    """The first grant verb; "the consents in this Rider" is a noun, not a grant."""
    for m in _GRANT.finditer(text):
        if not _DETERMINER.search(text[max(0, m.start() - 12) : m.start()]):
            return m
    return None


def is_restrictive(text: str) -> bool:
    """True when the clause forbids or limits a use rather than granting it."""
    body = _body(text)
    neg = _NEGATION.search(body)
    if not neg:
        return False
    grant = _grant_match(body)
    return grant is None or neg.start() <= grant.start()


def is_grant(clause: Clause) -> bool:
    return not clause.restrictive and _grants(clause.text)


@lru_cache(maxsize=4096)
def _grants(text: str) -> bool:
    """A grant verb and not a definition: asked by most checks of the same clause text."""
    return not is_definition(text) and bool(_grant_match(text))


# --------------------------------------------------------------------------------------------
# Exemptions

_FIX_IN_POST = _rx(
    r"\b(?:cosmetic\w*|wardrobe|noise reduction|timing|speed|continuity|pitch|tone|clarity|"
    r"(?:visual|sound|special) effects?|filters?|standards and practices|ratings?|"
    r"(?:foreign[- ]language|other languages?)|dubb\w*|subtitl\w*|colou?r(?: correction|"
    r"grading)?|retouch\w*|editing|trim\w*|censor\w*|broadcast standards|lip[- ]?conform\w*|"
    r"adjustments? (?:in|to) dialogue|similar purposes)\b"
)
_NON_CUSTOMARY = _rx(
    r"\b(?:new (?:lines|dialogue|words|scenes?|performance)|words? (?:not|never) (?:spoken|"
    r"said)|(?:not|never) (?:performed|photographed)|de-?ag\w*|younger|older|replac\w* "
    r"(?:the )?(?:face|voice|body)|change what|different (?:actions?|words)|any manner|"
    r"any purpose|any way|generat\w*|synthes\w*|replica|double|clone|avatar|age|ethnicity|race|"
    r"gender|skin|duplicat\w*|multipl\w*|swap\w*)\b"
)
_FIRST_AMENDMENT = _rx(
    r"\b(?:parody|satire|satirical|comment(?:ary)?|criticism|critique|scholarship|news|"
    r"docudrama|documentary|biograph\w*|historical (?:work|drama)|first amendment)\b"
)


def customary_alteration_only(clause: Clause) -> bool:
    """An alteration limited to the customary "fix in post" purposes: exempt from consent."""
    return (
        set(clause.kinds) <= {ALTERATION}
        and bool(_FIX_IN_POST.search(clause.text))
        and not _NON_CUSTOMARY.search(clause.text)
    )


# --------------------------------------------------------------------------------------------
# The three core checks

_BLANKET = _rx(
    r"\bany and all (?:\w+\s+){0,2}(?:productions?|projects?|pictures?|purposes?|uses?|works?|"
    r"programs?|programmes?|films?|media|content|games?|campaigns?|products?)\b"
    r"|\bany (?:other|future|subsequent|additional|further|later|new)\s+(?:\w+\s+){0,2}"
    r"(?:productions?|projects?|pictures?|films?|programs?|programmes?|works?|series|"
    r"games?|commercials?|campaigns?|content|products?|seasons?|episodes?|uses?|purposes?)\b"
    r"|\b(?:future|subsequent|other|additional|later)\s+(?:productions|projects|pictures|"
    r"films|programs|programmes|works|games|campaigns|products|titles)\b"
    r"|\b(?:for|in|to) any (?:\w+\s+)?(?:purpose|production|project|picture|film|media|"
    r"content|work|program|programme|product|game|campaign)s?(?:\s+whatsoever)?\b"
    r"|\bfor (?:all|any) (?:lawful |commercial |business )?purposes?\b"
    r"|\bwithout (?:limitation|restriction)(?: as to (?:use|purpose|media|production))?\b"
    r"|\bwhatsoever\b"
    r"|\b(?:any |all |its |their |the )?(?:sequels?|prequels?|remakes?|spin-?offs?|"
    r"derivative (?:productions|works)|franchise(?: productions| titles)?)\b"
    r"(?!\s+(?:entitled|titled|called)\s)"
    r"|\bfor use (?:on|in|across) (?:the |our |its )?(?:platform|service|services|site|app)\b"
    r"|\b(?:other|any) business(?:es)? of\b|\bits (?:related|affiliated) compan\w+\b"
    r"|\bin (?:any|all) (?:manner|way|form)\b"
    r"|\bany of (?:our|its|their|the) (?:\w+\s+)?(?:productions|projects|programmes|programs|"
    r"films|pictures|works|games|products|campaigns|content|channels|brands)\b"
    r"|\b(?:future|other|new|later)\s+(?:\w+\s+){0,2}(?:ads|advertisements|spots|commercials|"
    r"campaigns|videos|posts|releases|editions|versions|seasons|series)\b"
    r"|\bwhatever\b|\bgenerally\b|\bfrom time to time\b|\bat any time\b"
    r"|\b(?:all|any) (?:media|platforms|channels|formats)\b"
)
_NAMED_SEQUEL = _rx(r"(?:sequels?|prequels?|remakes?)\s+(?:entitled|titled|called)\s+[\"“]")


def blanket_consent(clause: Clause, ctx: Context):
    if not is_grant(clause) or customary_alteration_only(clause):
        return None
    if (
        REPLICA in clause.kinds
        and _FIRST_AMENDMENT.search(clause.text)
        and not re.search(r"any purpose|any production", clause.text, re.IGNORECASE)
    ):
        return None
    ref = _BY_REFERENCE.search(clause.text)
    if ref:
        return ref, (
            f'The consent takes in terms that are not set out here ("{ref.group(0)}"), so its '
            "scope is whatever those terms say: it is not limited to identified projects."
        )
    if TRAINING in clause.kinds and not _PURPOSE.search(clause.text):
        m = re.search(
            r"\b(?:train\w*|fine-?tun\w*|datasets?|machine[- ]learning|models?)\b",
            clause.text,
            re.IGNORECASE,
        )
        if m:
            return m, (
                f'Using recordings to train AI ("{m.group(0)}") with no stated limit reaches '
                "beyond any identified project: the trained system can make new material for "
                "any purpose."
            )
    for m in _BLANKET.finditer(clause.text):
        if _NAMED_SEQUEL.match(clause.text, m.start()):
            continue
        return m, (
            f'The consent reaches beyond identified projects and uses ("{m.group(0)}"). Under '
            "the union contract, consent to a digital replica or alteration must be for specific, "
            "named projects; blanket consent is not allowed."
        )
    return None


_BY_REFERENCE = _rx(
    r"\b(?:agree|consent|accept)s?\s+(?:\w+\s+){0,3}(?:to|with)\s+(?:the\s+)?(?:provisions|terms|"
    r"conditions)\s+(?:of|in|set out in|contained in)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:terms of (?:use|service)|standard terms|general terms|[\w ]{0,20}polic(?:y|ies)|"
    r"guidelines|community|platform|website)\b"
    r"|\bincorporated (?:herein )?by reference\b"
    r"|\bby (?:continuing|clicking|signing up|using|uploading|accessing|proceeding)\b"
    r"|\bcontinued use\b"
)


def _conspicuous(clause: Clause, ctx: Context) -> bool:
    lay = clause.layout
    emphasised = lay.bold >= 0.6 or lay.all_caps >= 0.85 or (lay.font_size_ratio or 1.0) >= 1.1
    if emphasised and lay.initialed:
        return True  # set apart and initialed, even when a rider prints every consent so
    around = [n.layout for n in ctx.neighbours if n.layout.layout_known or not ctx.layout_known]
    bold_around = max((n.bold for n in around), default=0.0)
    caps_around = max((n.all_caps for n in around), default=0.0)
    size_around = max((n.font_size_ratio or 1.0 for n in around), default=1.0)
    bolder = lay.bold >= 0.6 and bold_around < 0.5
    capitals = lay.all_caps >= 0.85 and caps_around < 0.6
    larger = (lay.font_size_ratio or 1.0) >= 1.1 * size_around
    return bolder or capitals or larger


def buried_in_standard_terms(clause: Clause, ctx: Context):
    if not is_grant(clause) or customary_alteration_only(clause):
        return None
    lay = clause.layout
    first = _first_sentence(clause.text)
    unseen = (
        ""
        if ctx.layout_known
        else (
            " (Plain text: fonts could not be seen, so this is judged from its section and "
            "wording.)"
        )
    )
    m = _BY_REFERENCE.search(clause.text)
    if m:
        return m, (
            f'The consent is given by reference or by use ("{m.group(0)}"), not in a clear, '
            "separately signed statement of its own." + unseen
        )
    if lay.in_standard_terms:
        where = " / ".join(clause.section) or ctx.title or "the standard terms"
        return first, (
            f'The consent sits in the standard terms ("{where}"). The union contract says '
            "informed consent cannot be buried in the standard terms and conditions; it must be "
            "clear and conspicuous and separately signed or initialed." + unseen
        )
    if lay.small_print and ctx.layout_known:
        return first, (
            "The consent is in small print (smaller than the body text), not clear and conspicuous."
        )
    signed = lay.initialed or ctx.separately_signed
    if ctx.layout_known and not _conspicuous(clause, ctx):
        return first, (
            "The consent is printed like the text around it (not bold, capitals or larger)"
            + ("" if signed else " and has no initials or signature line of its own")
            + ", so it is not clear and conspicuous."
        )
    if not signed:
        return first, (
            "The consent has no initials or signature line of its own; it must be separately "
            "signed or initialed." + unseen
        )
    return None


_GENERIC_OBJECT = _rx(
    r"\b(?:any (?:\w+\s+)?(?:production|project|picture|film|program|programme|work|content|"
    r"media|game|campaign|product)s?|the (?:Recordings?|Content|Materials?|Works?|Services?|"
    r"Platform|platform|Footage|Contributions?|Deliverables|Assets?|Session Materials)|"
    r"(?:our|the|its) (?:platform|service|services|app|site))\b"
)
_TITLE_IN_TEXT = re.compile(r"[\"“]([A-Z0-9][^\"”]{1,80})[\"”]")
_EXHIBIT = _rx(r"\b(?:exhibit|schedule|annex|appendix|attachment)\s+[A-Z0-9]+\b")


_PROJECT_TERM = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ee]ach|[Ss]uch|[Tt]hat)\s+(?:[A-Z][\w-]+\s+)?"
    r"(?:Picture|Pictures|Film|Films|Motion "
    r"Picture|Series|Production|Productions|Project|Programme|Program|Commercial|Commercials|"
    r"Spot|Spots|Campaign|Game|Episode|Episodes|Course|Audiobook|Book|Trilogy|Season|Show|Pilot|"
    r"Podcast|Album|Title|Titles|Ad|Ads|Advertisement|Video|Videos|Curriculum|Module|Modules|"
    r"Presentation|Broadcast|Event|Documentary|Feature)\b"
)


def names_project(clause: Clause, ctx: Context) -> bool:
    """The clause names a production: a quoted title, a defined project term, or an exhibit.

    A capitalised project term ("the Picture", "the Campaign") is a defined term naming the
    document's production, even where its definition could not be parsed.
    """
    text = clause.text
    if clause.layout.all_caps > 0.8:
        text = text.title()  # "THE PICTURE" in a clause set in capitals is "The Picture"
    if (
        ctx.projects
        or _PROJECT_TERM.search(text)
        or re.search(
            r"\b(?:season|episode|series)\s+(?:\d+|one|two|three|four|five)\b", text, re.IGNORECASE
        )
    ):
        return True
    term_names = {t.term for t in ctx.terms}
    for m in _TITLE_IN_TEXT.finditer(clause.text):
        inner = m.group(1).strip()
        before = clause.text[max(0, m.start() - 12) : m.start()]
        if inner in term_names or re.search(r"\(\s*(?:the\s+)?$", before):
            continue  # a defined term being defined, not a title
        if len(inner) > 2 and not inner.islower():
            return True
    return bool(
        _EXHIBIT.search(clause.text)
        and re.search(r"described|identified|listed|set out|specified", clause.text, re.IGNORECASE)
    )


def missing_project_id(clause: Clause, ctx: Context):
    if not is_grant(clause) or customary_alteration_only(clause):
        return None
    if names_project(clause, ctx):
        return None
    m = _GENERIC_OBJECT.search(clause.text) or _GRANT.search(clause.text)
    return m, (
        "No production, title or project is named, neither in the clause nor in a defined "
        "term it uses. Consent must identify the project(s) it covers."
    )


# --------------------------------------------------------------------------------------------
# Further checks (criteria.md, section 3)


def _simple(pattern: str, reason: str, unless: str | None = None, grant: bool = True):
    rx, unless_rx = _rx(pattern), (_rx(unless) if unless else None)

    def run(clause: Clause, ctx: Context):
        if grant and (not is_grant(clause) or customary_alteration_only(clause)):
            return None
        if unless_rx and unless_rx.search(clause.text):
            return None
        m = rx.search(clause.text)
        return (m, reason.format(m=m.group(0))) if m else None

    return run


perpetual_or_irrevocable = _simple(
    r"\bin perpetuity\b|\bperpetual(?:ly)?\b|\birrevocabl[ey]\b|\bforever\b|\bthroughout the "
    r"universe\b|\bfor all time\b|\bwithout (?:limit|limitation) (?:of|as to) (?:time|duration)\b"
    r"|\bno (?:expiry|expiration|end date)\b",
    'The grant has no end ("{m}"). Proposed federal law (NO FAKES) limits a living performer\'s '
    "licence to 10 years; Equity asks for time-limited use.",
)

future_media = _simple(
    r"\b(?:now known or )?here(?:after|inafter) (?:known,? )?(?:devised|invented|developed|"
    r"created|discovered)\b|\bnot yet (?:invented|devised|known|developed)\b|\byet to be "
    r"(?:invented|devised|developed)\b|\bwhether now (?:existing|known) or\b",
    'The grant covers media or technology that does not exist yet ("{m}"). A performer cannot '
    "give informed consent to uses nobody can describe.",
)

ai_training_use = _simple(
    r"\b(?:train\w*|fine-?tun\w*|machine[- ]learning|neural|(?:ai|language|voice|speech|"
    r"generative|foundation|statistical) models?|datasets?|data sets?|improve (?:our|its|the) "
    r"(?:services?|products?|models?|technology|algorithms?))\b",
    'The clause lets recordings or likeness be used to train or improve AI ("{m}"). Training '
    "a generative AI system on a performance needs the performer's (and union's) separate "
    "consent with a description of the intended use.",
    unless=r"\b(?:solely|only|exclusively)\b[^.;]{0,80}\b(?:the Picture|the Series|the Game|"
    r"the Production|the Project)\b[^.;]{0,40}\band (?:shall|will) (?:be )?(?:delete|destroy)",
)

_DEATH = _rx(
    r"\b(?:after|following|upon|beyond) (?:[\w'’]+\s+){0,2}death\b|\bposthumous\w*|\bdeceased\b|"
    r"\bsurviv\w+ (?:[\w'’]+\s+){0,3}death\b|"
    r"\bbinding (?:up)?on (?:[\w'’]+\s+){0,3}(?:heirs|estate)\b|"
    r"\bbinds? (?:the )?(?:heirs|executors|estate)\b|\bheirs\b|\bexecutors?\b|\b(?:his|her|their|"
    r"my|your|performer'?s|artist'?s) estate\b"
)
_DEATH_CONSENT = _rx(
    r"consent of (?:\w+\s+){0,3}(?:estate|heirs|executors?|representatives?|union|guild)|"
    r"(?:estate|representative|union)(?:'s)? (?:prior )?(?:written )?consent|"
    r"ends? (?:on|upon|at) (?:\w+\s+){0,2}death|terminat\w+ (?:on|upon) (?:\w+\s+){0,2}death"
)


def post_mortem_without_consent(clause: Clause, ctx: Context):
    # "this consent survives Performer's death" grants nothing new, yet is the problem
    if REPLICA not in clause.kinds and ALTERATION not in clause.kinds:
        return None
    m = _DEATH.search(clause.text)
    if not m or _DEATH_CONSENT.search(clause.text):
        return None
    return m, (
        f'The grant goes on after the performer\'s death ("{m.group(0)}") without requiring '
        "consent from the estate or the union, which the union contract requires for a "
        "deceased performer."
    )


no_compensation = _simple(
    r"\bwithout (?:any )?(?:further |additional |other |separate )?(?:compensation|payment|"
    r"consideration|remuneration|fees?)\b|\broyalty[- ]free\b|\bfully[- ]paid\b|"
    r"\bno (?:additional |further |extra |separate )?(?:compensation|payment|fee|consideration)"
    r"\b|\bfree of charge\b|\bbuy-?out\b|\bat no (?:additional |extra )?(?:cost|charge)\b|"
    r"\b(?:included|covered) (?:in|by) (?:the |your |any )?(?:\w+\s+)?(?:fee|rate|payment|"
    r"compensation)\b|\bnot be entitled to (?:any )?(?:\w+\s+)?(?:payment|compensation)",
    'The clause takes the replica or its use without pay ("{m}"). The union contract gives '
    "the performer the right to be paid for creating and for using a digital replica.",
    grant=False,
)

_PURPOSE = _rx(
    r"\b(?:solely|only|exclusively|limited to|restricted to|strictly)\b|\bfor the (?:sole |"
    r"limited |following )?purposes? of\b|\bto (?:complete|portray|depict|finish|reshoot|"
    r"replace (?:a|the) (?:shot|scene)|generate (?:the|regional|localised|localized))\b|"
    r"\b(?:in|for) (?:the )?(?:scenes?|sequences?|episodes? \d|shots?)\b|\bas described in\b|"
    r"\bdescription of (?:the )?(?:intended )?uses?\b|\bdescribed (?:in|below|above|as follows)\b"
    r"|\bset out in (?:exhibit|schedule|annex)"
)
_USE_GRANT = _rx(
    r"\b(?:creat(?:e|es|ed|ing)|mak(?:e|es|ing)|made|generat(?:e|es|ed|ing)|"
    r"produc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|build(?:s|ing)?|built|us(?:e|es|ed|ing)|"
    r"exploit(?:s|ed|ing)?|employ(?:s|ed|ing)?|alter(?:s|ed|ing)?|modif(?:y|ies|ied|ying)|"
    r"manipulat(?:e|es|ed|ing)|synthesi[sz](?:e|es|ed|ing)|simulat(?:e|es|ed|ing)|"
    r"replicat(?:e|es|ed|ing)|reproduc(?:e|es|ed|ing))\b"
)


def no_use_description(clause: Clause, ctx: Context):
    if not is_grant(clause) or customary_alteration_only(clause):
        return None
    if REPLICA not in clause.kinds and ALTERATION not in clause.kinds:
        return None
    if _PURPOSE.search(clause.text):
        return None
    m = _USE_GRANT.search(clause.text)
    if not m:
        return None
    return m, (
        "The clause does not describe what the replica or alteration will be used for. The "
        "law and the union contract require a reasonably specific description of the intended "
        "use."
    )


third_party_transfer = _simple(
    r"\bassign(?:s|ees?|able)?\b|\blicensees?\b|\bsub-?licens\w*|\btransferable\b|"
    r"\btransfer\w*\b|\bsell\b|\bthird[- ]part(?:y|ies)\b|\baffiliat\w+\b|\bsuccessors\b|"
    r"\bpartners\b|\bdistributors\b",
    'The replica rights may pass to others ("{m}"). Proposed federal law would make the right '
    "not assignable during the performer's life; union riders bar transfer to third parties "
    "without the performer's knowledge and consent.",
    unless=r"\b(?:shall|will|may) not (?:\w+\s+){0,3}(?:assign|transfer|sub-?licen|sell)|"
    r"non-?transferable|not (?:be )?(?:assignable|transferable)",
    grant=False,
)

_SCAN = _rx(
    r"\b(?:scan\w*|photogrammetry|volumetric|(?:performance|motion|facial|body|face|voice|"
    r"likeness) capture|capture (?:session|stage|day)|light ?stage|head[- ]mounted|"
    r"(?:voice|vocal) (?:sample|data) (?:session|collection)|recording session to create)\b"
)
_NOTICE = _rx(
    r"\b(?:\d+|forty-eight|twenty-four|seventy-two)\s*\(?\d*\)?\s*(?:hours?|hrs|days?|business "
    r"days?)[’']?\s*(?:prior |advance |written )?notice\b|\bnotice (?:of|before) (?:the|any|each)"
    r" (?:\w+\s+){0,2}(?:scan|session|capture)|\bnotif\w+ (?:\w+\s+){0,4}(?:hours|days) "
    r"(?:before|in advance|prior)"
)


@lru_cache(maxsize=8)
def _document_has(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs anywhere in a document's text: searched once per document,
    not once per clause (a 200-page contract of consents spent 5 s here)."""
    return pattern.search(text) is not None


def no_scan_notice(clause: Clause, ctx: Context):
    if REPLICA not in clause.kinds or clause.restrictive or is_definition(clause.text):
        return None
    m = _SCAN.search(clause.text)
    if not m:
        return None
    if _NOTICE.search(clause.text) or _document_has(_NOTICE, ctx.document_text):
        return None  # the contract has a notice term somewhere
    return m, (
        f'The clause provides for a scan or capture ("{m.group(0)}") but no advance notice. The '
        "union contract requires notice at least 48 hours before the performer's services are "
        "needed for it."
    )


replaces_background_actors = _simple(
    r"\b(?:in place of|instead of|in lieu of|replac\w+|substitut\w+ for|rather than (?:hiring|"
    r"engaging|booking|employing)|(?:populate|fill|augment|multiply|duplicate|extend)\w*)\s+"
    r"(?:\w+\s+){0,4}(?:background (?:actors?|performers?|artists?|talent)|extras|crowd scenes?|"
    r"crowds?|supporting artist\w*)\b",
    'The replica may be used in place of background actors ("{m}"). The union contract '
    "guarantees that digital replicas will not replace background actors within the coverage "
    "requirements: producers must still hire people.",
    grant=False,
)

_UNION_NOTICE = _rx(
    r"\bnotice to (?:the )?(?:union|guild|sag-aftra|equity|meaa|actra)|\bnotif\w+ (?:the )?"
    r"(?:union|guild|sag-aftra|equity|meaa|actra)|\b(?:union|guild)\b[^.]{0,60}\bbargain\w*|"
    r"\bbargain\w* (?:in good faith )?with (?:the )?(?:union|guild)"
)
_SYNTH_USE = _rx(
    r"\b(?:may|will|shall|to|right to|intends? to|plans? to)\s+(?:\w+\s+){0,3}(?:use|create|"
    r"employ|cast|feature|generate|deploy|include|produce|develop)\b"
)


def synthetic_without_union_notice(clause: Clause, ctx: Context):
    if SYNTHETIC not in clause.kinds or clause.restrictive or is_definition(clause.text):
        return None
    m = _SYNTH_USE.search(clause.text)
    if (
        not m
        or _UNION_NOTICE.search(clause.text)
        or _document_has(_UNION_NOTICE, ctx.document_text)
    ):
        return None
    if re.search(
        r"\b(?:animals?|creatures?|robots?|aliens?|monsters?|dragons?|beasts?|cartoon|"
        r"mascot|non-?human)\b",
        clause.text,
        re.IGNORECASE,
    ):
        return None  # non-human characters are outside the rule
    return m, (
        "The producer may use a synthetic performer, but nothing in the contract gives the "
        "union notice and a chance to bargain, as the union contract requires when a synthetic "
        "performer is used in a human role."
    )


union_waiver = _simple(
    r"\bwaive\w*\b[^.;]{0,100}\b(?:collective(?:ly)? bargain\w*|union|guild|sag-aftra|equity|"
    r"actra|meaa|cba)\b|\bnotwithstanding (?:any|the) (?:\w+\s+){0,2}(?:guild|union|collective "
    r"bargaining)\b|\bregardless of (?:any )?(?:union|guild|collective)\b|\bnot (?:be )?subject "
    r"to (?:any )?(?:union|guild|collective bargaining)",
    'The clause sets aside union protections ("{m}"). A collective bargaining agreement that '
    "covers digital replicas governs; an individual contract cannot waive it.",
    unless=r"\bnothing\b[^.;]{0,40}\bwaive|\b(?:does|shall) not (?:\w+\s+){0,2}waive|"
    r"\bnot (?:be deemed (?:to|a) )?waive",
    grant=False,
)

sensitive_use = _simple(
    r"\bsexual\w*\b|\bnud(?:e|ity)\b|\bintimate\b|\bpolitical\w*\b|\breligio\w*\b|"
    r"\bendors\w+ (?:of )?(?:any )?(?:products?|brands?|services?|causes?|candidates?)\b|"
    r"\bin any manner(?: whatsoever)?\b|\bany (?:message|statement|content) (?:whatsoever)?\b|"
    r"\bsay or do anything\b",
    'The grant allows sensitive or unlimited uses ("{m}"). Performers can be made to say or '
    "do things they never would; the union sought consent for uses such as political or "
    "religious statements.",
    unless=r"\b(?:shall|will|may) not (?:\w+\s+){0,8}(?:sexual|nud|political|religio|endors)|"
    r"\bno (?:sexual|nude|political|religious)",
)

name_or_feature_prompt = _simple(
    r"\bprompt\w*\b|\bin the style of\b|\b(?:name|facial features?|eyes|nose|mouth|ears)\b"
    r"[^.;]{0,60}\b(?:as (?:an? )?(?:input|reference|seed)|into (?:an? |the )?(?:ai|generative|"
    r"model|tool|system))",
    'The clause lets a performer\'s name or facial features be used to prompt an AI ("{m}"). '
    "The union contract requires bargaining for consent when a synthetic performer is made "
    "with a performer's principal facial features by prompting with their name or features.",
    unless=r"\bwith(?:out)? (?:\w+\s+){0,3}(?:prior )?(?:written )?consent\b",
    grant=False,
)


# --------------------------------------------------------------------------------------------


def _first_sentence(text: str) -> tuple[int, int]:
    """The first sentence after the clause's number and inline heading, up to 200 characters."""
    body = _body(text)
    start = len(text) - len(body) if body and text.endswith(body) else 0
    m = re.search(r"[.;:](?:\s|$)", text[start:])
    end = start + (m.start() + 1 if m else len(text) - start)
    return start, min(end, start + 200)


def _consent(fn):
    def run(clause, ctx):
        if clause.restrictive or is_definition(clause.text):
            return None
        return fn(clause, ctx)

    return run


_ALL = frozenset({REPLICA, ALTERATION, SYNTHETIC, TRAINING})
CHECKS: tuple[Check, ...] = (
    Check("blanket_consent", "high", SRC_SPECIFIC, CONSENT_KINDS, _consent(blanket_consent)),
    Check(
        "buried_in_standard_terms",
        "high",
        SRC_CONSPICUOUS,
        CONSENT_KINDS,
        _consent(buried_in_standard_terms),
    ),
    Check("missing_project_id", "high", SRC_SPECIFIC, CONSENT_KINDS, _consent(missing_project_id)),
    Check(
        "perpetual_or_irrevocable",
        "medium",
        "NO FAKES Act (S.4591): licences for a living performer limited to 10 years; Equity AI "
        "guidance",
        CONSENT_KINDS,
        _consent(perpetual_or_irrevocable),
    ),
    Check(
        "future_media",
        "medium",
        "NAVA AI rider; Equity vision statement",
        CONSENT_KINDS,
        _consent(future_media),
    ),
    Check(
        "ai_training_use",
        "high",
        "SAG-AFTRA 2023 TV/Theatrical: consent of performer and union before training a GAI "
        "system on a performance",
        frozenset({TRAINING}),
        _consent(ai_training_use),
    ),
    Check(
        "post_mortem_without_consent",
        "medium",
        "SAG-AFTRA 2023 TV/Theatrical: a deceased performer's estate or the union consents; "
        "Cal. Civ. Code §3344.1",
        frozenset({REPLICA, ALTERATION}),
        _consent(post_mortem_without_consent),
    ),
    Check(
        "no_compensation",
        "high",
        f"{SRC_101}: payment for creating and using a replica",
        frozenset({REPLICA, TRAINING}),
        _consent(no_compensation),
    ),
    Check(
        "no_use_description",
        "high",
        SRC_DESCRIPTION,
        frozenset({REPLICA, ALTERATION}),
        _consent(no_use_description),
    ),
    Check(
        "third_party_transfer",
        "medium",
        "NO FAKES Act: not assignable during life; NAVA rider: no transfer to third parties",
        CONSENT_KINDS,
        _consent(third_party_transfer),
    ),
    Check(
        "no_scan_notice",
        "medium",
        f"{SRC_101}: 48 hours' notice before a scan",
        frozenset({REPLICA}),
        no_scan_notice,
    ),
    Check(
        "replaces_background_actors",
        "high",
        f"{SRC_101}: replicas do not replace background actors",
        frozenset({REPLICA}),
        _consent(replaces_background_actors),
    ),
    Check(
        "synthetic_without_union_notice",
        "medium",
        "SAG-AFTRA 2023 TV/Theatrical: notice to the union and bargaining before using a "
        "synthetic performer",
        frozenset({SYNTHETIC}),
        synthetic_without_union_notice,
    ),
    Check(
        "union_waiver",
        "high",
        "NO FAKES Act §2(b)(2)(B)(iii): a CBA that addresses replicas governs",
        _ALL,
        union_waiver,
    ),  # "is not subject to any union agreement" reads as a negation
    Check(
        "sensitive_use",
        "medium",
        "SAG-AFTRA 2024 interactive strike: consent for political or religious statements",
        frozenset({REPLICA, ALTERATION}),
        _consent(sensitive_use),
    ),
    Check(
        "name_or_feature_prompt",
        "medium",
        "SAG-AFTRA 2023 TV/Theatrical: bargaining for consent when prompting with a "
        "performer's name or facial features",
        frozenset({SYNTHETIC, REPLICA}),
        _consent(name_or_feature_prompt),
    ),
)
CHECK_IDS = tuple(c.id for c in CHECKS)
SEVERITIES = ("high", "medium", "low")


def check(clause: Clause, ctx: Context) -> tuple[Finding, ...]:
    """Run every check that applies to ``clause``'s kinds; return its findings."""
    if not clause.kinds:
        return ()
    findings = []
    for c in CHECKS:
        if not c.kinds & set(clause.kinds):
            continue
        hit = c.run(clause, ctx)
        if hit is None:
            continue
        where, reason = hit
        start, end = (where.start(), where.end()) if isinstance(where, re.Match) else where
        findings.append(
            Finding(
                check=c.id,
                severity=c.severity,
                evidence=clause.text[start:end],
                start=clause.start + start,
                end=clause.start + end,
                reason=reason,
                source=c.source,
            )
        )
    return tuple(findings)


_RIDER_TITLE = re.compile(r"\b(?:rider|consent|authori[sz]ation|release|addendum)\b", re.IGNORECASE)


def check_clauses(clauses, document, terms=(), title: str = "") -> list[Clause]:
    """Every clause with its restrictive flag and findings (flagged clauses only are checked)."""
    from dataclasses import replace

    clauses = list(clauses)
    signed = bool(_RIDER_TITLE.search(title or "")) and any(
        line.role == "signature" for line in document.lines
    )
    out = []
    for i, clause in enumerate(clauses):
        if not clause.kinds:
            out.append(clause)
            continue
        clause = replace(clause, restrictive=is_restrictive(clause.text))
        ctx = Context(
            terms=tuple(terms),
            projects=clause.projects,
            title=title,
            layout_known=document.layout_known,
            neighbours=tuple(clauses[j] for j in (i - 1, i + 1) if 0 <= j < len(clauses)),
            document_text=document.text,
            separately_signed=signed,
        )
        out.append(replace(clause, findings=check(clause, ctx)))
    return out


# --------------------------------------------------------------------------------------------
# Evaluation against the corpus's defect labels

CORE_CHECKS = ("blanket_consent", "buried_in_standard_terms", "missing_project_id")


def corpus_clauses(records: list[dict]) -> list[tuple[dict, Clause, Context]]:
    """Authored corpus records as clauses with their document context (gold kinds)."""
    from .clauses import _STANDARD_TERMS, _VOUCHER
    from .corpus import model_text
    from .records import Layout
    from .terms import find_terms, project_titles

    by_doc: dict[str, list[dict]] = {}
    for r in records:
        if r["source"] == "authored":
            by_doc.setdefault(r["document"], []).append(r)
    out = []
    for doc_records in by_doc.values():
        text = "\n".join(model_text(r) for r in doc_records)
        terms = tuple(find_terms(text))
        title = doc_records[0].get("section", "")
        clauses = []
        for r in doc_records:
            lay = r.get("layout") or {}
            body = model_text(r)
            letters = [c for c in body if c.isalpha()]
            section = r.get("section", "")
            layout = Layout(
                bold=1.0 if lay.get("bold") else 0.0,
                all_caps=sum(c.isupper() for c in letters) / len(letters) if letters else 0.0,
                font_size_ratio=0.7 if lay.get("small_print") else 1.0,
                small_print=bool(lay.get("small_print")),
                initialed=bool(lay.get("initialed")),
                in_standard_terms=bool(_STANDARD_TERMS.search(section))
                or bool(_VOUCHER.search(title) and lay.get("small_print")),
            )
            clause = Clause(
                id=r["id"],
                number=r.get("number", ""),
                heading=r.get("heading", ""),
                section=(section,) if section else (),
                page=1,
                start=0,
                end=len(body),
                text=body,
                layout=layout,
                kinds=tuple(r["kinds"]),
                restrictive=is_restrictive(body),
            )
            clauses.append((r, clause))
        for i, (r, clause) in enumerate(clauses):
            ctx = Context(
                terms=terms,
                projects=tuple(project_titles(clause.text, terms)),
                title=title,
                neighbours=tuple(clauses[j][1] for j in (i - 1, i + 1) if 0 <= j < len(clauses)),
                document_text=text,
            )
            out.append((r, clause, ctx))
    return out


def evaluate_checks(records: list[dict]) -> dict:
    """Precision and recall of the core checks against the defect labels (gold kinds)."""
    counts = {c: {"tp": 0, "fp": 0, "fn": 0} for c in CORE_CHECKS}
    restrictive = {"tp": 0, "fp": 0, "fn": 0}
    for r, clause, ctx in corpus_clauses(records):
        if not r["kinds"]:
            continue
        got = {f.check for f in check(clause, ctx)}
        for c in CORE_CHECKS:
            gold, pred = c in r["defects"], c in got
            if gold and pred:
                counts[c]["tp"] += 1
            elif pred:
                counts[c]["fp"] += 1
            elif gold:
                counts[c]["fn"] += 1
        gold_r, pred_r = bool(r.get("restrictive")), clause.restrictive
        key = "tp" if gold_r and pred_r else "fp" if pred_r else "fn" if gold_r else None
        if key:
            restrictive[key] += 1

    def prf(c: dict) -> dict:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "support": c["tp"] + c["fn"],
        }

    return {
        "note": "on authored test clauses with their gold kinds; layout from the corpus labels",
        "per_check": {c: prf(v) for c, v in counts.items()},
        "restrictive_detection": prf(restrictive),
    }

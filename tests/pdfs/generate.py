"""Generate the documents clause-scan's reader tests run on.

Run from the repository root::

    python tests/pdfs/generate.py

Everything is written to ``tests/pdfs/generated/``. The output is
deterministic: PDFs are made with reportlab's ``invariant=1`` (fixed dates
and document ID), the DOCX has fixed properties and zip timestamps, and the
raster pages are drawn with Pillow's bundled font.

``EXPECTED`` (below, and ``generated/EXPECTED.json``) lists per fixture the
facts a test can assert. The generator checks the layout facts (which page
and column a clause starts and ends in, where lines are hyphenated, ...)
against what it actually drew and fails if they do not hold, so EXPECTED
and the files cannot drift apart.

All names, titles and clause texts are invented for this project.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402

from tools.pdfgen import (  # noqa: E402
    Document,
    PageSetup,
    RunningText,
    SignatureBlock,
    Span,
    Style,
    break_word,
    flow,
    render_text_image,
)

OUT = Path(__file__).resolve().parent / "generated"
CREATOR = "clause-scan tests/pdfs/generate.py"

CLAUSE5_SENTENCE = "Producer may create a digital replica of Performer for any purpose."
HARBOR_LIGHTS_DEF = (
    'the theatrical motion picture currently entitled "HARBOR LIGHTS" (the "Picture")'
)
NIGHT_SHIFT_DEF = '"Series" means the episodic series "NIGHT SHIFT"'
CONSENT_START = "PERFORMER CONSENTS TO THE CREATION OF AN EMPLOYMENT-BASED DIGITAL REPLICA"

# --------------------------------------------------------------------------
# The facts tests can assert. Layout facts are verified while generating.
# Positions are [page, column] with 1-based pages and 0-based columns.
# --------------------------------------------------------------------------

EXPECTED: dict[str, dict] = {
    "two_column.pdf": {
        "pages": 3,
        "title": "PERFORMER AGREEMENT",
        "body_font_size": 11,
        "small_print_font_size": 7,
        "page1_columns": 1,
        "page1_clauses": {"1": "Tidewater", "2": "Remuneration", "3": "Incorporated"},
        "heading": "STANDARD TERMS AND CONDITIONS",
        "heading_page": 2,
        "terms_columns": 2,
        "terms_pages": [2, 3],
        "terms_clauses": {
            "1": "Interpretation",
            "2": "Scheduling",
            "3": "Costumes",
            "4": "Likeness",
            "5": "Technological",
            "6": "Dubbing",
            "7": "Exclusivity",
            "8": "Insurability",
            "9": "Interruption",
            "10": "Default",
            "11": "Assignment",
            "12": "Jurisdiction",
        },
        "clause5_sentence": CLAUSE5_SENTENCE,
        "clause5": {"start": [2, 0], "end": [2, 1], "sentence_split_by_column_break": True},
        "clause11": {"start": [2, 1], "end": [3, 0]},
        "header": None,
        "footer": None,
    },
    "header_footer.pdf": {
        "pages": 3,
        "title": "PERFORMER SERVICES AGREEMENT",
        "header": "ACME PICTURES - CONFIDENTIAL",
        "footers": ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"],
        "clauses": {
            "1": "Acme",
            "2": "Services",
            "3": "Term",
            "4": "Salary",
            "5": "Billing",
            "6": "Travel",
            "7": "Results",
            "8": "Notices",
            "9": "Entire",
        },
        # Clauses whose text runs across a page break (so header and footer
        # fall in the middle of them in naive extraction): number -> [first page, last page]
        "clauses_across_pages": {"5": [1, 2], "7": [2, 3]},
    },
    "consent_initials.pdf": {
        "pages": 1,
        "title": "DIGITAL REPLICA RIDER",
        "body_font_size": 10,
        "clauses": ["1", "2", "3", "4"],
        "plain_clauses": ["1", "2", "4"],
        "bold_caps_clauses": ["3"],
        "bold_font": "Helvetica-Bold",
        "consent_starts": CONSENT_START,
        "consent_contains": 'FOR THE PICTURE "HARBOR LIGHTS" ONLY',
        "project": "HARBOR LIGHTS",
        # line right after each clause, in reading order
        "initials_after": {"3": "Performer's initials: ________", "4": "Initials: _____"},
        "signature_line": "PERFORMER: ____________ Date: ______",
    },
    "hyphenation.pdf": {
        "pages": 1,
        "columns": 1,
        # word -> how the line break splits it (the line ends with the first part)
        "join": {
            "performance": "perfor-|mance",
            "reproduction": "reproduc-|tion",
            "animation": "anima-|tion",
        },
        "keep_hyphen": {
            "pre-existing": "pre-|existing",
            "non-union": "non-|union",
            "third-party": "third-|party",
        },
        "unbroken_elsewhere": ["performance", "pre-existing", "non-union"],
        "lines_ending_in_hyphen": 6,
    },
    "fake_bold.pdf": {
        "pages": 1,
        "fake_bold_offset_pt": 0.4,
        "headings": ["TV/ THEATRICAL PERFORMER AGREEMENT", "DIGITAL REPLICA CONSENT"],
        "naive_headings": [
            "TTVV// TTHHEEAATTRRIICCAALL PPEERRFFOORRMMEERR AAGGRREEEEMMEENNTT",
            "DDIIGGIITTAALL RREEPPLLIICCAA CCOONNSSEENNTT",
        ],
        "clauses": {"1": "Producer", "2": "Performer", "3": "Performer's", "4": "Performer"},
        "clause_after_second_heading": "4",
    },
    "image_page.pdf": {
        "pages": 3,
        "text_pages": [1, 3],
        "image_only_pages": [2],
        "image_dpi": 150,
        "page1_clauses": {"1": "Lighthouse", "2": "Production", "3": "Exhibits"},
        "page3_clauses": {"6": "Counterparts", "7": "Severability"},
        "image_text_contains": ["EXHIBIT A", "SCAN SESSION SCHEDULE"],
    },
    "scanned.pdf": {
        "pages": 1,
        "text_layer": False,
        "dpi": 200,
        # what tesseract reads back; compare after collapsing whitespace
        "ocr_contains": ["DIGITAL REPLICA", "HARBOR LIGHTS", "Performer"],
    },
    "encrypted.pdf": {
        "pages": 1,
        "user_password": "secret",
        "owner_password": "clause-scan-owner",
        "encryption": "RC4 128-bit (revision 3)",
        "text_contains": ["CONFIDENTIAL DEAL MEMO", "digital replica"],
    },
    "truncated.pdf": {"source": "header_footer.pdf", "fraction": 0.6, "valid_pdf": False},
    "not_a_pdf.pdf": {"content": "<html><body>Sign here</body></html>", "valid_pdf": False},
    "empty.pdf": {"bytes": 0, "valid_pdf": False},
    "zero_pages.pdf": {
        "pages": 0,
        "valid_pdf": True,
        # Observed with the pinned libraries: pdfplumber opens it and reports no pages;
        # pypdfium2 refuses to load it and poppler reports "Invalid page count 0".
        "observed": {"pdfplumber_pages": 0, "pypdfium2_loads": False},
    },
    "nested_numbering.pdf": {
        "pages": 1,
        "headings": ["ARTICLE I DEFINITIONS", "ARTICLE II SERVICES"],
        "numbers": [
            "1.",
            "1.1",
            "1.2",
            "(a)",
            "(b)",
            "(i)",
            "(ii)",
            "2.",
            "2.3(a)(ii)",
            "A.",
            "B.",
            "C.1",
            "Article IV",
            "Section 3.2",
            "§ 5",
            "FIRST:",
            "SECOND:",
        ],
        "heading_before": {"1.": "ARTICLE I DEFINITIONS", "2.": "ARTICLE II SERVICES"},
        "defines": {
            "1.1": HARBOR_LIGHTS_DEF,
            "1.2": NIGHT_SHIFT_DEF,
            "1.": '(hereinafter "Producer")',
        },
        "projects": {"Picture": "HARBOR LIGHTS", "Series": "NIGHT SHIFT"},
    },
    "toc_signature.pdf": {
        "pages": 4,
        "toc_page": 1,
        "toc": [
            ["1. Services", 2],
            ["2. Term", 2],
            ["3. Compensation", 2],
            ["4. Credit", 2],
            ["5. Publicity", 3],
            ["6. Digital Replicas", 3],
            ["7. General", 3],
            ["Signatures", 4],
        ],
        "clause_pages": {"1": 2, "2": 2, "3": 2, "4": 2, "5": 3, "6": 3, "7": 3},
        "signature_page": 4,
        "signature_blocks": {
            "PRODUCER:": ["By:", "Name:", "Title:"],
            "PERFORMER:": ["(signature blank)", "Date:"],
        },
        "footers": ["- 1 -", "- 2 -", "- 3 -", "- 4 -"],
    },
    "sample.docx": {
        "title": "PERFORMER AGREEMENT",
        "heading": "STANDARD TERMS",
        "clauses": ["1.", "2.", "3.", "4.", "5."],
        "bold_caps_clause": "4.",
        "consent_starts": "PERFORMER HEREBY CONSENTS",
        "plain_clause": "5.",
        "initials_line": "Performer's initials: ________",
        "initials_after": "5.",
        "numbers_typed_in_text": True,
        "caps_runs_also_have_all_caps_property": True,
    },
    "sample_cp1252.txt": {
        "encoding": "cp1252",
        "valid_utf8": False,
        "contains": ["\u201cPicture\u201d", "\u2014", "café"],
    },
    "sample_utf8.txt": {
        "encoding": "utf-8",
        "heading": "STANDARD TERMS AND CONDITIONS",
        "clauses": ["1.", "2.", "3.", "4.", "5.", "6.", "7."],
        "consent_starts": "PERFORMER CONSENTS",
        "consent_clause": "6.",
        "consent_all_caps": True,
        "consent_under_heading": "STANDARD TERMS AND CONDITIONS",
        "initials_after": "6.",
        "production": "NIGHT SHIFT",
        "non_ascii": ["\u2014", "\u201c", "\u2019"],
    },
}

# --------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------

TITLE = Style("Helvetica", 16, 20, bold=True, align="center", space_after=14)
BODY11 = Style("Helvetica", 11, 14, space_after=8)
BODY10 = Style("Helvetica", 10, 12.5, space_after=7)
SMALL7 = Style("Helvetica", 7, 8.6, align="justify", space_after=3)
HEAD = Style("Helvetica", 11, 14, bold=True, align="center", space_after=10)

LETTER_1IN = PageSetup()
LETTER_TERMS = PageSetup(margin_left=54, margin_right=54, margin_top=54, margin_bottom=54)


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise SystemExit(f"layout check failed: {what}")


def _first_word(text: str) -> str:
    """First word of a clause text, without trailing punctuation."""
    return re.sub(r"[,:;.]+$", "", flow(text).split()[0])


def _pos(span: Span, which: str) -> list[int]:
    p = span.start if which == "start" else span.end
    return [p.page, p.column]


# --------------------------------------------------------------------------
# two_column.pdf
# --------------------------------------------------------------------------

TWO_COLUMN_FACE = [
    (
        "1.",
        """Tidewater Lantern Films LLC ("Producer") engages Marisol Vantongeren ("Performer")
     to play the role of "Nell Carrow" in the theatrical motion picture currently entitled
     "HARBOR LIGHTS" (the "Picture"), and Performer accepts that engagement on the terms of
     this agreement.""",
    ),
    (
        "2.",
        """Remuneration for Performer's services shall be US$4,200 per week, guaranteed for
     six (6) consecutive weeks starting on or about April 14, 2025, payable weekly in arrears
     through Producer's payroll company, together with any overtime and premiums due under
     the applicable collective bargaining agreement.""",
    ),
    (
        "3.",
        """Incorporated into this agreement are the Standard Terms and Conditions printed on
     the following pages, which Performer acknowledges having received and read. If this page
     and those terms conflict, this page shall control.""",
    ),
]

TWO_COLUMN_TERMS = [
    (
        "1.",
        """Interpretation of these Standard Terms and Conditions (the "Standard Terms") is
     governed by the following rules: capitalized words not defined here have the meanings given
     on the face page of the Performer Agreement (the "Agreement"); headings are for convenience
     only; "including" means "including without limitation"; and references to Producer include
     its parent, subsidiary and affiliated companies, licensees, successors and assigns. These
     Standard Terms apply to every engagement under the Agreement, whether for principal
     photography, retakes, added scenes, looping, still photography or any other services
     reasonably requested by Producer in connection with the Picture. Where the Agreement is
     subject to a collective bargaining agreement, these Standard Terms shall be read so as to
     comply with its minimum terms, and any provision that fails to do so shall be deemed amended
     to the minimum extent required. No course of dealing, custom of the industry or failure to
     enforce any provision shall vary these Standard Terms, and no variation shall be effective
     unless it is in writing and signed by an authorized officer of Producer.""",
    ),
    (
        "2.",
        """Scheduling of Performer's services is at Producer's discretion, subject to the start
     date and guarantee stated on the face page. Performer shall report at the times and places
     shown on the daily call sheet, which may be communicated by telephone, text message, e-mail
     or posting at the production office, and Performer shall keep Producer informed at all times
     of a telephone number at which Performer can be reached. Producer may change a call time on
     not less than twelve (12) hours' notice, or on shorter notice where the change is caused by
     weather, illness of another cast member, failure of equipment or any other cause beyond
     Producer's reasonable control. Performer shall render services on location or in the studio
     as required, shall travel by the means Producer selects, and shall attend rehearsals,
     fittings, make-up tests and camera tests without additional payment except as the
     applicable collective bargaining agreement requires. Services after the guarantee period
     shall be paid pro rata on a daily basis at the weekly rate divided by five (5).""",
    ),
    (
        "3.",
        """Costumes, hair and make-up for the role shall be as Producer determines after
     reasonable consultation with Performer. Performer shall not materially change his or her
     appearance, including hair length or color, facial hair, weight, tattoos or piercings, from
     the date of the Agreement until the completion of all services without Producer's prior
     written consent. Producer shall supply every costume the role requires; where Performer
     supplies an item of personal clothing at Producer's request, Producer shall pay the customary
     cleaning allowance and shall reimburse the reasonable cost of repairing or replacing any item
     lost or damaged in the course of production. Performer shall take reasonable care of all items
     entrusted to Performer and shall return them to the costume department at the end of each
     day of work. Performer shall not retain, sell or give away any costume, prop or script page
     after completion of services, save for a copy of the final shooting script which Producer
     shall provide on request.""",
    ),
    (
        "4.",
        """Likeness and biography: Performer grants Producer the right to use Performer's name,
     approved photographs, approved portraits and approved biography in the advertising, promotion
     and exploitation of the Picture and of any soundtrack album, "making-of" program, trailer
     or clip derived from it, but not as an endorsement of any product or service other than the
     Picture. Performer shall submit to reasonable still photography, interviews and electronic
     press kit sessions during production, and shall, subject to Performer's professional
     availability, take part in up to five (5) days of promotional activities after completion
     of services, with first-class travel and accommodation and a per diem paid by Producer.
     Performer shall have the right to approve not less than fifty percent (50%) of the
     still photographs of Performer that Producer proposes to release, and any photograph not
     disapproved within five (5) business days after it is submitted shall be deemed approved.
     Performer shall not issue any statement about the Picture without Producer's consent.""",
    ),
    (
        "5.",
        f"""Technological methods of capture and post-production are used throughout the
     production of the Picture. Performer acknowledges that Producer may photograph, scan and
     record Performer's face, body, movements and voice during production using any equipment,
     including photogrammetry rigs, volumetric capture stages, head-mounted cameras and audio
     recording devices, at any time during the term, and that Producer shall own all such
     photography, scans, recordings and data and every copy, derivative and model made from
     them. Performer agrees to make himself or herself available for such sessions at the
     times Producer designates, including on days on which Performer is not otherwise called,
     and that time so spent forms part of the guaranteed engagement. Producer may store,
     process and transfer the resulting data to its vendors and licensees in any territory, and
     may retain the data after completion of the Picture and combine it with photography,
     recordings and data of Performer obtained from other sources, including earlier
     productions. {CLAUSE5_SENTENCE} Producer may
     further edit, alter, combine, dub, re-voice or otherwise modify any photography or sound
     recording of Performer, in whole or in part, and may use such altered material in the
     Picture and in its advertising, without further consultation with Performer and without
     further payment, provided only that any use shall comply with the minimum requirements of
     the applicable collective bargaining agreement, if any. Performer waives any right to
     inspect or approve the data, the replica or the finished product.""",
    ),
    (
        "6.",
        """Dubbing and looping: Producer may dub Performer's voice in languages other than
     English and may, if Performer is not available or fails to render services when required,
     substitute another person's voice for Performer's in English. Performer shall render
     looping and post-synchronization services at a studio in the Los Angeles area at times
     Producer designates, subject to Performer's prior professional commitments, for which
     Performer shall be paid at the daily rate to the extent such services fall outside the
     guarantee period. Performer shall cooperate in the recording of wild lines, walla and
     alternate dialogue for television and airline versions of the Picture.""",
    ),
    (
        "7.",
        """Exclusivity applies during the guarantee period: Performer shall not render
     services of any kind to any other person in the entertainment industry without Producer's
     written consent, except for services of a non-competitive nature (such as voice-over work
     or publicity for earlier productions) which do not interfere with Performer's services
     for Producer. Outside the guarantee period Performer's services are non-exclusive but
     first priority, and Performer shall give Producer not less than ten (10) days' written
     notice of any other engagement that may affect availability for retakes or looping.""",
    ),
    (
        "8.",
        """Insurability is a condition of the engagement. Performer shall submit to the
     medical examinations reasonably required by Producer's insurers, shall complete and sign
     truthfully all usual insurance applications and declarations, and shall not engage in any
     hazardous activity (including motorcycling, parachuting, skiing and contact sports) during
     the term of the Agreement. If Producer is unable to obtain cast insurance for Performer at
     customary rates and without unusual exclusions, Producer may terminate the engagement by
     written notice without liability, other than for services already rendered.""",
    ),
    (
        "9.",
        """Interruption: if production of the Picture is prevented, interrupted or materially
     hampered by fire, flood, epidemic, strike, labor dispute, governmental action, the death
     or illness of a principal cast member or the director, or any other event beyond
     Producer's reasonable control (a "Force Majeure Event"), Producer may suspend Performer's
     engagement and payment for the duration of the event, and the term shall be extended
     by a period equal to the suspension. If a suspension continues for more than six (6)
     consecutive weeks, either party may terminate the engagement by written notice, subject
     to Producer's right to end the suspension within five (5) days of receiving such notice.""",
    ),
    (
        "10.",
        """Default by Performer, meaning Performer's failure, refusal or neglect to render
     services as and when required, or any breach of the Agreement that is not cured within
     forty-eight (48) hours of written notice, entitles Producer to suspend the engagement for
     the period of the failure and thereafter to terminate it by written notice, in addition to
     any other remedy available at law. Producer may also terminate the engagement if Performer
     commits any act that brings Performer into public disrepute, contempt or ridicule, or that
     is reasonably likely to offend the community or prejudice the Picture. On termination
     Producer's only obligation shall be to pay sums accrued up to its effective
     date, and Producer shall retain all rights in the results and proceeds of Performer's
     services rendered before that date.""",
    ),
    (
        "11.",
        """Assignment: Producer may assign, license or otherwise transfer the Agreement and
     any or all of its rights under it, in whole or in part, to any person, firm or corporation,
     including any distributor, financier, completion guarantor or successor in interest, and
     upon the assumption in writing of Producer's obligations by a major or mini-major studio,
     a United States television network or another financially responsible party, Producer
     shall be released from those obligations. Performer's obligations are personal and may not
     be assigned or delegated, save that Performer may assign the right to receive payment
     to a loan-out company wholly owned by Performer, provided that Performer delivers a written
     inducement letter in a form satisfactory to Producer. Any purported transfer in breach of
     this clause is void. Producer may also pledge the Agreement, and the results and proceeds of
     Performer's services, as security to any bank, financier or completion guarantor, and
     Performer shall sign such customary acknowledgements of that security as Producer or its
     financiers reasonably request within five (5) business days after request. Performer
     acknowledges that Producer's financiers and completion guarantor are entitled to rely on
     these Standard Terms and that Performer's rights in the
     event of any breach by Producer are limited to an action at law for damages: in no event
     shall Performer be entitled to rescind the Agreement or to enjoin the development,
     production, distribution, advertising or other exploitation of the Picture or of any
     rights granted under the Agreement, and Performer shall not seek any such injunction. All
     rights granted to Producer shall survive the expiry or termination of the Agreement and
     shall bind Performer's heirs, executors and personal representatives.""",
    ),
    (
        "12.",
        """Jurisdiction and governing law: the Agreement and these Standard Terms are
     governed by the laws of the State of California applicable to contracts made and wholly
     performed there. The state and federal courts located in Los Angeles County shall alone
     decide any dispute arising out of or relating to the Agreement, except
     that any dispute within the scope of an arbitration provision of an applicable collective
     bargaining agreement shall be resolved under that provision. Notices shall be given in
     writing to the addresses on the face page, or to such other address as a party
     designates by notice, and shall be deemed received when delivered in person, one business
     day after dispatch by courier or e-mail, or three business days after posting.""",
    ),
]


def make_two_column() -> None:
    exp = EXPECTED["two_column.pdf"]
    doc = Document(
        OUT / "two_column.pdf",
        LETTER_1IN,
        title="Performer Agreement - Harbor Lights",
        author="Tidewater Lantern Films LLC",
        creator=CREATOR,
    )
    doc.paragraph(exp["title"], TITLE.derive(space_after=20))
    for number, text in TWO_COLUMN_FACE:
        doc.clause(
            number, flow(text), BODY11.derive(align="justify", space_after=10), number_width=22
        )
    doc.new_page(setup=LETTER_TERMS)
    doc.heading(exp["heading"], HEAD)
    doc.columns(2, gap=18)
    spans: dict[str, Span] = {}
    for number, text in TWO_COLUMN_TERMS:
        spans[number] = doc.clause(number, flow(text), SMALL7)
    doc.save()

    _check(len(doc.pages) == exp["pages"], "two_column page count")
    for number, text in TWO_COLUMN_FACE:
        _check(
            _first_word(text) == exp["page1_clauses"][number.rstrip(".")],
            f"face clause {number} first word",
        )
    for number, text in TWO_COLUMN_TERMS:
        _check(
            _first_word(text) == exp["terms_clauses"][number.rstrip(".")],
            f"term {number} first word",
        )
    # Unique first words: each occurs once in the whole document (case-insensitive, whole word).
    all_text = " ".join(ln.text for ln in doc.lines)
    for word in [*exp["page1_clauses"].values(), *exp["terms_clauses"].values()]:
        n = len(re.findall(rf"\b{re.escape(word)}\b", all_text, flags=re.IGNORECASE))
        _check(n == 1, f"first word {word!r} occurs {n} times")
    for key in ("clause5", "clause11"):
        span = spans[key[len("clause") :] + "."]
        _check(_pos(span, "start") == exp[key]["start"], f"{key} start {_pos(span, 'start')}")
        _check(_pos(span, "end") == exp[key]["end"], f"{key} end {_pos(span, 'end')}")
    left = " ".join(ln.text for ln in spans["5."].lines if ln.column == 0)
    right = " ".join(ln.text for ln in spans["5."].lines if ln.column == 1)
    _check(
        CLAUSE5_SENTENCE not in left
        and CLAUSE5_SENTENCE not in right
        and CLAUSE5_SENTENCE in f"{left} {right}",
        "clause 5 sentence split by the column break",
    )


# --------------------------------------------------------------------------
# header_footer.pdf
# --------------------------------------------------------------------------

HEADER_FOOTER_CLAUSES = [
    (
        "1.",
        """Acme Pictures, Inc. ("Company") engages Theo Brannigan-Wu ("Performer") to render
     acting services in the role of "Deputy Ruiz" in the feature-length motion picture currently
     entitled "DRY CREEK" (the "Picture"), on the terms set out in this agreement.""",
    ),
    (
        "2.",
        """Services shall include all rehearsals, wardrobe fittings, principal photography,
     retakes, added scenes, post-synchronization and customary publicity that Company reasonably
     requires. Performer shall render services conscientiously and to the best of Performer's
     ability, in compliance with Company's reasonable directions and the rules of each location.""",
    ),
    (
        "3.",
        """Term: the engagement starts on or about May 5, 2025 and continues for a guaranteed
     period of four (4) consecutive weeks, and thereafter until completion of all photography of
     the role, subject to extension for suspension and for reasonable overages not exceeding two
     (2) weeks. Company shall give Performer at least seven (7) days' notice of the actual
     start date.""",
    ),
    (
        "4.",
        """Salary shall be US$3,850 for each week of the guaranteed period, payable weekly
     in arrears, and pro rata at one-fifth of the weekly rate for each day thereafter. All
     payments are subject to deductions and withholdings required by law or by the applicable
     collective bargaining agreement. The salary is full consideration for all services and
     rights under this agreement, other than any residuals, reuse fees and additional payments
     which the applicable collective bargaining agreement requires Company to pay and which shall
     be paid in accordance with that agreement. Overtime, night premiums and meal-period
     penalties shall be paid at the rates set by that agreement, and no other premium shall be
     payable. Company shall pay Performer's salary by direct deposit to an account Performer
     designates in writing, and Company shall furnish a statement of hours and deductions with
     each payment.""",
    ),
    (
        "5.",
        """Billing: if Performer appears recognizably in the Picture as released, Performer
     shall receive credit on screen in the end titles, in a size and style no less favorable
     than that accorded to any other performer in a role of comparable size. No casual or
     inadvertent failure to accord credit, nor any failure by a third party to do so, shall be
     a breach of this agreement, provided that Company uses reasonable efforts to cure
     prospectively any failure of which it receives written notice.""",
    ),
    (
        "6.",
        """Travel: if Performer is required to render services more than fifty (50) miles
     from Los Angeles, Company shall provide round-trip economy air travel, ground
     transportation, single-occupancy hotel accommodation and a per diem at the rate the
     applicable collective bargaining agreement requires. Company shall also reimburse
     reasonable excess-baggage charges for Performer's professional equipment against receipts
     submitted within thirty (30) days after the end of the engagement.""",
    ),
    (
        "7.",
        """Results and proceeds of Performer's services, including all photography, sound
     recordings and performances, belong to Company as works made for hire, and Company may use
     them in the Picture and in the advertising and publicity of the Picture in any media. Company
     shall not use Performer's name or likeness to endorse any product other than the Picture
     without Performer's written consent. To the extent any results and proceeds are not works
     made for hire, Performer assigns them to Company. Nothing in this clause authorizes
     Company to create a digital replica of Performer or to digitally alter Performer's
     performance beyond customary post-production editing; any such creation or alteration
     requires Performer's separate written consent, given after Performer has received a
     reasonably specific description of the intended use and identifying the production in which
     the replica or altered performance will appear. Company shall give Performer at least
     forty-eight (48) hours' notice of any session in which Performer's face, body or voice is to
     be scanned. Performer's consent to any such use in one production shall not be treated as
     consent to use in any other production, and Company shall keep any data obtained from
     such a session secure and use it only for the production so identified. Company shall
     destroy the data on the completion of that production unless Performer agrees otherwise
     in a signed writing. Company shall not use any such data, or any recording of Performer,
     to train or develop any machine-learning system.""",
    ),
    (
        "8.",
        """Notices under this agreement shall be in writing and sent by courier or e-mail to
     the addresses below, with a copy of any notice to Performer sent to Performer's agent,
     Halvorsen Talent, 9120 Palisade Row, Suite 400, Los Angeles, California 90069.""",
    ),
    (
        "9.",
        """Entire agreement: this agreement, together with the applicable collective
     bargaining agreement, is the entire agreement of the parties about its subject matter and
     supersedes all prior discussions and understandings. It may be amended only by a writing
     signed by both parties, and it shall be governed by the laws of the State of California.""",
    ),
]


def make_header_footer() -> Path:
    exp = EXPECTED["header_footer.pdf"]
    setup = PageSetup(
        header=RunningText(center=exp["header"], style=Style("Helvetica", 9, bold=True), rule=True),
        footer=RunningText(center="Page {page} of {pages}", style=Style("Helvetica", 9)),
    )
    doc = Document(
        OUT / "header_footer.pdf",
        setup,
        title="Performer Services Agreement - Dry Creek",
        author="Acme Pictures, Inc.",
        creator=CREATOR,
    )
    doc.paragraph(exp["title"], TITLE.derive(size=14, leading=18))
    body = Style("Times", 12, 24, align="justify", space_after=6)  # double-spaced draft
    spans = {n: doc.clause(n, flow(t), body, number_width=24) for n, t in HEADER_FOOTER_CLAUSES}
    doc.space(18)
    doc.signature_blocks(
        [
            SignatureBlock("ACME PICTURES, INC.", [("By", 24)]),
            SignatureBlock("PERFORMER", [("", 28)]),
        ],
        Style("Times", 11, 14),
    )
    doc.save()

    _check(len(doc.pages) == exp["pages"], f"header_footer pages {len(doc.pages)}")
    for n, t in HEADER_FOOTER_CLAUSES:
        _check(_first_word(t) == exp["clauses"][n.rstrip(".")], f"clause {n} first word")
    across = {
        n.rstrip("."): [s.start.page, s.end.page]
        for n, s in spans.items()
        if s.start.page != s.end.page
    }
    _check(across == exp["clauses_across_pages"], f"clauses across pages {across}")
    return doc.path


# --------------------------------------------------------------------------
# consent_initials.pdf
# --------------------------------------------------------------------------

CONSENT_CLAUSES = [
    (
        "1.",
        """This Rider forms part of the Performer Agreement between Gannet Road Productions LLC
     ("Producer") and Ines Castellano-Byrd ("Performer") for the theatrical motion picture
     currently entitled "HARBOR LIGHTS" (the "Picture"). Words defined in the Performer Agreement
     have the same meanings here.""",
    ),
    (
        "2.",
        """"Employment-Based Digital Replica" means a replica of Performer's voice or likeness,
     created with Performer's participation in connection with Performer's employment on the
     Picture, that uses digital technology to portray Performer in photography or soundtrack in
     which Performer did not actually perform.""",
    ),
    (
        "3.",
        f"""{CONSENT_START} OF PERFORMER'S FACE, BODY AND VOICE, TO BE MADE AT A SCANNING SESSION
     ON A DATE OF WHICH PRODUCER SHALL GIVE PERFORMER AT LEAST FORTY-EIGHT (48) HOURS' NOTICE, AND
     TO ITS USE FOR THE PICTURE "HARBOR LIGHTS" ONLY, SOLELY TO COMPLETE THE LIGHTHOUSE STORM
     SEQUENCE (SCENES 88 TO 94) AS DESCRIBED IN SCHEDULE 1, IN WHICH PERFORMER'S CHARACTER IS SEEN
     AT A DISTANCE ON THE GALLERY OF THE LIGHTHOUSE. ANY OTHER USE REQUIRES PERFORMER'S FURTHER
     WRITTEN CONSENT.""",
    ),
    (
        "4.",
        """Producer shall pay Performer for the scanning session at Performer's daily rate, and
     for each use of the replica as the applicable collective bargaining agreement requires.
     Producer shall not use the replica, or any scan or recording of Performer, to train any
     artificial intelligence system.""",
    ),
]


def make_consent_initials() -> None:
    exp = EXPECTED["consent_initials.pdf"]
    doc = Document(
        OUT / "consent_initials.pdf",
        LETTER_1IN,
        title="Digital Replica Rider - Harbor Lights",
        author="Gannet Road Productions LLC",
        creator=CREATOR,
    )
    doc.paragraph(exp["title"], TITLE.derive(size=14))
    plain = BODY10.derive(space_after=9)
    bold_caps = plain.derive(bold=True, caps=True, space_after=5)
    for number, text in CONSENT_CLAUSES:
        if number == "3.":
            doc.clause(number, flow(text), bold_caps, number_width=20)
            doc.initials_line(
                plain.derive(left_indent=20, space_after=12), "Performer's initials", 8
            )
        else:
            doc.clause(number, flow(text), plain, number_width=20)
    doc.initials_line(plain.derive(left_indent=20, space_after=28), "Initials", 5)
    doc.form_line([("PERFORMER", 12), ("Date", 6)], plain, gap=18)
    doc.save()
    _check(len(doc.pages) == 1, "consent_initials is one page")
    lines = [ln.text for ln in doc.lines]
    _check(
        exp["initials_after"]["3"] in lines and exp["initials_after"]["4"] in lines,
        "initials lines",
    )
    _check(exp["signature_line"] in lines, "signature line")


# --------------------------------------------------------------------------
# hyphenation.pdf
# --------------------------------------------------------------------------


def _hyphenation_clauses() -> list[tuple[str, str]]:
    b = break_word
    return [
        (
            "1.",
            f"""The performance of Performer in the Picture, including any pre-existing material
            that Performer brings to the role with Producer's approval, shall be recorded by
            Producer, and Producer shall own the results and proceeds of that work, including every
            single recorded take and the entire {b("performance", 6)} as edited, throughout the
            world, subject only to the limits stated in this Exhibit.""",
        ),
        (
            "2.",
            f"""Producer may, subject to the approvals set out in the Performer Agreement,
            authorize the {b("reproduction", 8)} of still photographs and short excerpts of the
            Picture in trailers, featurettes and press materials, and may engage non-union crew for
            any work outside the United States, provided that all credits are accorded strictly
            under the applicable union agreement or, for work outside its scope, the
            {b("non-union", 4)} crew agreement or, where there is none, with Producer's standard
            credit policy for the Picture.""",
        ),
        (
            "3.",
            f"""No visual effect, computer-generated image, morphing or other digital manipulation
            or {b("animation", 5)} of Performer's likeness shall be made except as the Digital
            Replica Rider allows, and no {b("third-party", 6)} vendor may receive scans or
            recordings of Performer unless it is bound in writing by the same restrictions. Nothing
            in this Exhibit shall limit Performer's rights in any of Performer's own
            {b("pre-existing", 4)} material, including photographs and recordings made by Performer
            before the date of the Performer Agreement.""",
        ),
    ]


def make_hyphenation() -> None:
    exp = EXPECTED["hyphenation.pdf"]
    doc = Document(
        OUT / "hyphenation.pdf", LETTER_1IN, title="Exhibit C - Use of Materials", creator=CREATOR
    )
    doc.paragraph("EXHIBIT C: USE OF MATERIALS", TITLE.derive(family="Times", size=14))
    body = Style("Times", 11, 15, align="justify", space_after=10)
    spans = [doc.clause(n, flow(t), body, number_width=20) for n, t in _hyphenation_clauses()]
    doc.save()

    hyphen_lines = [ln for s in spans for ln in s.lines if ln.text.endswith("-")]
    _check(
        len(hyphen_lines) == exp["lines_ending_in_hyphen"], f"{len(hyphen_lines)} hyphenated lines"
    )
    all_lines = [ln for s in spans for ln in s.lines]
    for mapping in (exp["join"], exp["keep_hyphen"]):
        for word, split in mapping.items():
            head, tail = split.split("|")
            ok = any(
                a.text.endswith(" " + head) and b.text.split()[0].startswith(tail)
                for a, b in zip(all_lines, all_lines[1:], strict=False)
            )
            _check(ok, f"{word} broken as {split}")
    for ln in hyphen_lines:
        _check(ln.width >= 0.999 * ln.measure, f"hyphenated line not justified: {ln.text!r}")
        _check(
            ln.natural_width >= 0.9 * ln.measure,
            f"hyphenated line too short to look natural: {ln.text!r}",
        )
    text = "\n".join(ln.text for ln in all_lines)
    for word in exp["unbroken_elsewhere"]:
        _check(
            re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None,
            f"{word} unbroken somewhere",
        )


# --------------------------------------------------------------------------
# fake_bold.pdf
# --------------------------------------------------------------------------

FAKE_BOLD_CLAUSES = [
    (
        "1.",
        """Producer engages Performer to portray the role of "Warden Ashby" in the episodic
     television series currently entitled "NIGHT SHIFT" (the "Series"), episodes 104 through 106,
     on the terms of this agreement and the applicable collective bargaining agreement.""",
    ),
    (
        "2.",
        """Performer shall be paid US$2,350 per episode, with a guarantee of three (3) episodes,
     payable within ten (10) business days after the completion of services on each episode.""",
    ),
    (
        "3.",
        """Performer's credit, where Performer appears in an episode as broadcast, shall be in
     the main or end titles at Producer's election, on a separate card shared with no more than
     two other performers.""",
    ),
    (
        "4.",
        """Performer consents to the creation of a digital replica of Performer's likeness from
     photography taken during production of the Series, for use only in episode 106 to complete
     the rooftop sequence described in the script dated March 3, 2025, subject to payment at
     Performer's daily rate for each day of use and to forty-eight (48) hours' notice of any
     scanning session.""",
    ),
]


def make_fake_bold() -> None:
    exp = EXPECTED["fake_bold.pdf"]
    doc = Document(
        OUT / "fake_bold.pdf",
        LETTER_1IN,
        title="TV/Theatrical Performer Agreement",
        creator=CREATOR,
    )
    heading = Style("Helvetica", 14, 18, align="center", space_after=16)
    doc.fake_bold(exp["headings"][0], heading, offset=exp["fake_bold_offset_pt"])
    body = BODY10.derive(align="justify", space_after=9)
    for number, text in FAKE_BOLD_CLAUSES:
        if number == "4.":
            doc.fake_bold(
                exp["headings"][1],
                heading.derive(size=11, leading=14, align="left", space_before=6, space_after=8),
                offset=exp["fake_bold_offset_pt"],
            )
        doc.clause(number, flow(text), body, number_width=20)
    doc.save()
    for number, text in FAKE_BOLD_CLAUSES:
        _check(
            _first_word(text) == exp["clauses"][number.rstrip(".")], f"fake_bold clause {number}"
        )


# --------------------------------------------------------------------------
# image_page.pdf and scanned.pdf
# --------------------------------------------------------------------------

IMAGE_PAGE_TEXT = [
    (
        "1.",
        """Lighthouse Point Productions LLC ("Producer") and Performer agree that this agreement
     covers Performer's services on the theatrical motion picture currently entitled
     "HARBOR LIGHTS" (the "Picture").""",
    ),
    (
        "2.",
        """Production of the Picture is scheduled to begin on or about June 2, 2025 in
     Astoria, Oregon.""",
    ),
    (
        "3.",
        """Exhibits A and B form part of this agreement. Exhibit A, the scan session schedule,
     is attached as a signed copy on the following page.""",
    ),
]
IMAGE_PAGE_EXHIBIT = [
    "EXHIBIT A - SCAN SESSION SCHEDULE",
    "4. The scanning session for the Employment-Based Digital Replica of Performer shall take "
    "place on June 9, 2025 at Stage 3, Columbia River Studios, from 9:00 a.m. to 1:00 p.m.",
    "5. Producer shall give Performer not less than forty-eight (48) hours' notice of any change "
    "to the date or time of the session. Time spent in the session is work time.",
    "Initialed by Performer: M.V.     Initialed by Producer: L.P.",
]
IMAGE_PAGE_TAIL = [
    (
        "6.",
        """Counterparts: this agreement may be signed in counterparts and delivered
     electronically, and each counterpart is an original.""",
    ),
    (
        "7.",
        """Severability: if any provision of this agreement is held invalid, the remaining
     provisions shall continue in full force.""",
    ),
]

SCANNED_TEXT = [
    "DIGITAL REPLICA CONSENT",
    "For the motion picture HARBOR LIGHTS only, Performer consents to the creation of a "
    "DIGITAL REPLICA of Performer's voice and likeness.",
    "The replica may be used solely to complete scenes 88 to 94 of the Picture, as described in "
    "Schedule 1. Any other use requires Performer's further written consent.",
    "Producer shall pay Performer for the scan at the daily rate and shall give at least 48 hours' "
    "notice of the session.",
    "Performer's initials: ______",
]


def make_image_page() -> None:
    exp = EXPECTED["image_page.pdf"]
    doc = Document(
        OUT / "image_page.pdf",
        LETTER_1IN,
        title="Performer Agreement with Exhibit",
        creator=CREATOR,
    )
    doc.paragraph("PERFORMER AGREEMENT", TITLE)
    for n, t in IMAGE_PAGE_TEXT:
        doc.clause(n, flow(t), BODY11, number_width=22)
    img = render_text_image(IMAGE_PAGE_EXHIBIT, dpi=exp["image_dpi"], font_px=30, bold_first=True)
    doc.full_page_image(img)
    doc.new_page()
    for n, t in IMAGE_PAGE_TAIL:
        doc.clause(n, flow(t), BODY11, number_width=22)
    doc.save()
    _check(len(doc.pages) == exp["pages"], "image_page pages")
    _check(sorted({ln.page for ln in doc.lines}) == exp["text_pages"], "image_page text pages")


def make_scanned() -> None:
    exp = EXPECTED["scanned.pdf"]
    doc = Document(OUT / "scanned.pdf", LETTER_1IN, title="Scanned consent", creator=CREATOR)
    img = render_text_image(SCANNED_TEXT, dpi=exp["dpi"], font_px=46, bold_first=True)
    doc.full_page_image(img)
    doc.save()
    _check(len(doc.pages) == 1 and not doc.lines, "scanned is one image-only page")


# --------------------------------------------------------------------------
# encrypted, truncated, not a PDF, empty, zero pages
# --------------------------------------------------------------------------


def make_encrypted() -> None:
    exp = EXPECTED["encrypted.pdf"]
    enc = StandardEncryption(
        exp["user_password"], ownerPassword=exp["owner_password"], strength=128
    )
    doc = Document(
        OUT / "encrypted.pdf",
        LETTER_1IN,
        encrypt=enc,
        title="Confidential deal memo",
        creator=CREATOR,
    )
    doc.paragraph("CONFIDENTIAL DEAL MEMO", TITLE.derive(size=14))
    doc.clause(
        "1.",
        'Performer: Ines Castellano-Byrd. Picture: "HARBOR LIGHTS". Rate: US$1,250 per day.',
        BODY11,
        number_width=22,
    )
    doc.clause(
        "2.",
        "Producer shall not create a digital replica of Performer without Performer's "
        "separate written consent to a specific use.",
        BODY11,
        number_width=22,
    )
    doc.save()


def make_truncated(source: Path) -> None:
    data = source.read_bytes()
    cut = int(len(data) * EXPECTED["truncated.pdf"]["fraction"])
    (OUT / "truncated.pdf").write_bytes(data[:cut])


def make_not_a_pdf() -> None:
    (OUT / "not_a_pdf.pdf").write_text(
        EXPECTED["not_a_pdf.pdf"]["content"] + "\n", encoding="ascii"
    )


def make_empty() -> None:
    (OUT / "empty.pdf").write_bytes(b"")


def make_zero_pages() -> None:
    """A valid PDF whose page tree is empty, written by hand with a correct xref."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Producer (clause-scan tests/pdfs/generate.py) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    (OUT / "zero_pages.pdf").write_bytes(bytes(out))


# --------------------------------------------------------------------------
# nested_numbering.pdf
# --------------------------------------------------------------------------

# (number, depth, hanging indent?, text); None as number = section heading;
# a text starting with "<Heading.>" gets that inline bold heading.
NESTED = [
    (None, 0, False, "ARTICLE I DEFINITIONS"),
    (
        "1.",
        0,
        True,
        """This Agreement is made between Gannet Road Productions LLC, a California limited
     liability company (hereinafter "Producer"), and Ines Castellano-Byrd ("Performer"). In this
     Agreement:""",
    ),
    (
        "1.1",
        1,
        True,
        f"""Producer is developing and intends to produce {HARBOR_LIGHTS_DEF}, based on
     an original screenplay by Agnes Tollefsen.""",
    ),
    (
        "1.2",
        1,
        True,
        f"""{NIGHT_SHIFT_DEF}, season one, for which Producer may engage Performer
     under a separate agreement. The following terms apply to the Picture and, if Performer is so
     engaged, to the Series:""",
    ),
    (
        "(a)",
        2,
        True,
        """"Digital Replica" means a digital simulation of Performer's voice or likeness
     so realistic that a viewer would not readily tell it apart from Performer;""",
    ),
    (
        "(b)",
        2,
        True,
        """"Digital Alteration" means a change, made with digital technology, to
     photography or soundtrack in which Performer performed, other than:""",
    ),
    (
        "(i)",
        3,
        True,
        """changes for cosmetics, wardrobe, noise reduction, timing, continuity, pitch or
     tone, or the addition of visual or sound effects; and""",
    ),
    (
        "(ii)",
        3,
        True,
        """adjustments to conform Performer's lip movements to a foreign-language
     version of the Picture.""",
    ),
    (None, 0, False, "ARTICLE II SERVICES"),
    (
        "2.",
        0,
        True,
        """Performer shall render services as an actor in the role of "Nell Carrow" on the
     dates set out in the Deal Memo.""",
    ),
    (
        "2.3(a)(ii)",
        0,
        False,
        """Notwithstanding clause 2, Performer shall not be required to render
     services on more than six (6) consecutive days without a rest day.""",
    ),
    (
        "A.",
        1,
        True,
        """Producer shall provide a private dressing room on each day of
     principal photography.""",
    ),
    (
        "B.",
        1,
        True,
        """Producer shall provide transportation between the hotel and each location.""",
    ),
    ("C.1", 1, True, """Meal periods shall be given no later than six (6) hours after call."""),
    (
        "Article IV",
        0,
        False,
        """<Term.> This Agreement ends on the later of completion of Performer's
     services and delivery of the Picture.""",
    ),
    (
        "Section 3.2",
        0,
        False,
        """Producer shall not create a Digital Replica or make a Digital
     Alteration without Performer's separate written consent.""",
    ),
    ("§ 5", 0, False, """The laws of the State of California govern this Agreement."""),
    ("FIRST:", 0, False, """Performer shall receive a copy of every consent Performer signs."""),
    (
        "SECOND:",
        0,
        False,
        """Each party has had the opportunity to consult counsel before signing.""",
    ),
]


def make_nested_numbering() -> None:
    exp = EXPECTED["nested_numbering.pdf"]
    doc = Document(
        OUT / "nested_numbering.pdf",
        LETTER_1IN,
        title="Performer Agreement - nested numbering",
        creator=CREATOR,
    )
    doc.paragraph("PERFORMER AGREEMENT", TITLE)
    head = Style("Helvetica", 10.5, 14, bold=True, caps=True, space_before=6, space_after=8)
    body = BODY10.derive(align="justify", space_after=6)
    numbers = []
    for number, depth, hanging, text in NESTED:
        if number is None:
            doc.heading(text, head)
            continue
        numbers.append(number)
        style = body.derive(left_indent=24 * depth)
        heading, text = (text[1:].split("> ", 1)) if text.startswith("<") else (None, text)
        doc.clause(number, flow(text), style, heading=heading, number_width=24 if hanging else None)
    doc.save()
    _check(numbers == exp["numbers"], "nested numbers in order")
    _check(len(doc.pages) == exp["pages"], f"nested_numbering pages {len(doc.pages)}")
    flat = {n: flow(t) for n, _, _, t in NESTED if n}  # "<Heading.>" marks an inline bold heading
    for n, phrase in exp["defines"].items():
        _check(phrase in flat[n], f"{n} defines {phrase}")


# --------------------------------------------------------------------------
# toc_signature.pdf
# --------------------------------------------------------------------------

TOC_CLAUSES = [
    (
        "1.",
        "Services.",
        """Performer shall render services as an actor in the role of "Captain Idris
     Vale" in the theatrical motion picture currently entitled "THE SALT ROAD" (the "Picture"),
     produced by Kestrel Mile Pictures, Inc. ("Producer"). Services include rehearsals, fittings,
     tests, principal photography, retakes, added scenes, looping and customary publicity, and
     Performer shall render them as Producer reasonably directs, in accordance with the customs of
     the motion picture industry and the rules of each studio and location.""",
    ),
    (
        "2.",
        "Term.",
        """The engagement starts on or about July 7, 2025 (the "Start Date") and continues
     for ten (10) consecutive weeks, and thereafter until completion of all photography of the
     role. Producer may postpone the Start Date by up to two (2) weeks by notice given at least
     fourteen (14) days before the original Start Date. Performer shall be available for up to
     five (5) non-consecutive days of post-production services after completion of photography,
     subject to Performer's professional commitments, and Producer shall consult Performer in
     good faith about the scheduling of those days.""",
    ),
    (
        "3.",
        "Compensation.",
        """Producer shall pay Performer a fixed fee of US$185,000 for all services
     during the guaranteed period, payable in equal weekly installments during that period, and a
     pro rata fee of US$18,500 for each week (or one-fifth of that sum for each day) of services
     after it. Producer shall also make all residual and reuse payments required by the applicable
     collective bargaining agreement and the corresponding pension and health contributions. Any
     services Performer renders during post-production beyond the five days provided for in the
     Term clause shall be paid at the pro rata daily rate.""",
    ),
    (
        "4.",
        "Credit.",
        """Performer shall receive credit in the main titles of the Picture, on a
     separate card, in second position among the cast, and in the billing block of all paid
     advertising issued by or under Producer's control in which any other performer is credited,
     other than award, congratulatory and teaser advertising. The size of Performer's credit shall
     be no less than that of any other performer except the performer accorded first position. No
     casual or inadvertent failure to accord credit shall be a breach of this Agreement, provided
     that Producer uses reasonable efforts to cure prospectively any failure of which it is
     notified in writing.""",
    ),
    (
        "5.",
        "Publicity.",
        """Producer may use Performer's name, approved likeness and approved
     biography to advertise and publicize the Picture, but not to endorse any other product or
     service. Performer shall have approval of publicity stills and of the biography, not to be
     unreasonably withheld, and shall take part in reasonable publicity for the Picture subject to
     Performer's professional availability. Performer may use clips of the Picture, once released,
     on Performer's own website and social media for self-promotion.""",
    ),
    (
        "6.",
        "Digital Replicas.",
        """Producer shall not create or use a digital replica of Performer, or
     digitally alter Performer's performance beyond customary editing, except with Performer's
     separate, signed consent to a reasonably specific description of the intended use in the
     Picture. Producer shall give Performer at least forty-eight (48) hours' notice of any scanning
     session, shall pay Performer for the session as a day of work, and shall not use any scan,
     recording or replica of Performer to train an artificial intelligence system.""",
    ),
    (
        "7.",
        "General.",
        """This Agreement is governed by the laws of the State of California and may
     be amended only in a writing signed by both parties. It is subject to the applicable
     collective bargaining agreement, whose terms prevail where they are more favorable to
     Performer. Notices shall be given to the addresses on the signature page.""",
    ),
]


def make_toc_signature() -> None:
    exp = EXPECTED["toc_signature.pdf"]
    setup = PageSetup(footer=RunningText(center="- {page} -", style=Style("Helvetica", 9)))
    doc = Document(
        OUT / "toc_signature.pdf",
        setup,
        title="Performer Agreement - The Salt Road",
        author="Kestrel Mile Pictures, Inc.",
        creator=CREATOR,
    )
    doc.paragraph("PERFORMER AGREEMENT", TITLE)
    doc.paragraph('"THE SALT ROAD"', TITLE.derive(size=12, bold=False, space_after=30))
    doc.paragraph("TABLE OF CONTENTS", Style("Helvetica", 11, 14, bold=True, space_after=12))
    toc_style = Style("Helvetica", 11, 20)
    for label, page in exp["toc"]:
        doc.leader_line(label, str(page), toc_style)
    doc.new_page()
    body = BODY11.derive(align="justify", space_after=11, leading=15)
    spans = {}
    for n, head, text in TOC_CLAUSES:
        if n == "5.":
            doc.new_page()  # each clause starts where the table of contents says
        spans[n] = doc.clause(n, flow(text), body, heading=head, number_width=22)
    doc.new_page()
    doc.paragraph("SIGNATURES", Style("Helvetica", 11, 14, bold=True, space_after=12))
    doc.paragraph(
        flow("""IN WITNESS WHEREOF, the parties have signed this Agreement as of the later
                  of the dates written below."""),
        BODY11.derive(space_after=36),
    )
    doc.signature_blocks(
        [
            SignatureBlock("PRODUCER:", [("By", 22), ("Name", 20), ("Title", 20)]),
            SignatureBlock("PERFORMER:", [("", 26), ("Date", 20)]),
        ],
        Style("Helvetica", 11, 14),
    )
    doc.save()
    _check(len(doc.pages) == exp["pages"], f"toc_signature pages {len(doc.pages)}")
    for n, page in exp["clause_pages"].items():
        s = spans[n + "."]
        _check(s.start.page == page and s.end.page == page, f"toc clause {n} on page {page}")
    for label, page in exp["toc"]:
        if label != "Signatures":
            n = label.split(".")[0]
            _check(exp["clause_pages"][n] == page, f"toc entry {label}")


# --------------------------------------------------------------------------
# sample.docx, sample_cp1252.txt, sample_utf8.txt
# --------------------------------------------------------------------------

FIXED_TIME = datetime(2025, 1, 15, 9, 0, 0)


def _normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps and a fixed member order (deterministic bytes)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def make_docx() -> None:
    from docx import Document as DocxDocument
    from docx.shared import Pt

    exp = EXPECTED["sample.docx"]
    d = DocxDocument()
    cp = d.core_properties
    cp.title = "Performer Agreement"
    cp.author = "Gannet Road Productions LLC"
    cp.last_modified_by = "clause-scan tests/pdfs/generate.py"
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
    d.add_heading(exp["title"], level=0)
    d.add_paragraph(
        'This agreement is made between Gannet Road Productions LLC ("Producer") and Ines '
        'Castellano-Byrd ("Performer") for the theatrical motion picture currently entitled '
        '"HARBOR LIGHTS" (the "Picture").'
    )
    d.add_heading(exp["heading"], level=1)
    clauses = [
        (
            "1.",
            'Performer shall render services in the role of "Nell Carrow" as Producer reasonably '
            "directs.",
        ),
        ("2.", "Producer shall pay Performer US$1,250 per day, with a guarantee of ten (10) days."),
        ("3.", "Producer may use Performer's name and approved likeness to advertise the Picture."),
        (
            "4.",
            "PERFORMER HEREBY CONSENTS TO THE CREATION OF AN EMPLOYMENT-BASED DIGITAL REPLICA OF "
            "PERFORMER'S VOICE AND LIKENESS AND TO ITS USE IN THE PICTURE ONLY, SOLELY TO COMPLETE "
            "SCENES 88 TO 94 AS DESCRIBED IN SCHEDULE 1, SUBJECT TO PAYMENT AT PERFORMER'S DAILY "
            "RATE.",
        ),
        ("5.", "This agreement is governed by the laws of the State of California."),
    ]
    for number, text in clauses:
        p = d.add_paragraph()
        bold_caps = number == exp["bold_caps_clause"]
        for part in (number + " ", text):
            run = p.add_run(part)
            run.font.size = Pt(11)
            if bold_caps:
                run.bold = True
                run.font.all_caps = True
    d.add_paragraph(exp["initials_line"])
    path = OUT / "sample.docx"
    d.save(str(path))
    _normalise_zip(path)


# Plain-text fixtures: one paragraph per line, as a text editor saves them.
CP1252_TEXT = "\n".join(
    [
        "PERFORMER AGREEMENT \u2014 \u201cCAF\u00c9 DU PORT\u201d",
        "",
        "1. Gannet Road Productions LLC (\u201cProducer\u201d) engages Ines Castellano-Byrd "
        "(\u201cPerformer\u201d) for the short film currently entitled \u201cCaf\u00e9 du "
        "Port\u201d (the \u201cPicture\u201d).",
        "",
        "2. Performer\u2019s fee is US$900 per day \u2014 payable within ten days of each day "
        "worked.",
        "",
        "3. Producer shall not create a digital replica of Performer\u2019s voice or likeness "
        "without Performer\u2019s separate written consent, which shall describe the intended use "
        "in the Picture.",
        "",
        "4. The scenes in the caf\u00e9 set shall be photographed on March 4, 2025.",
        "",
        "Performer\u2019s initials: ______",
        "",
    ]
)

UTF8_TEXT = "\n".join(
    [
        "DEAL MEMO \u2014 \u201cNIGHT SHIFT\u201d, EPISODE 104",
        "",
        "Production: NIGHT SHIFT (the \u201cSeries\u201d), Episode 104",
        "Producer: Graveyard Hours Productions LLC",
        "Performer: Darnell Ekwueme-Shaw",
        "Role: Orderly #2",
        "Dates: August 12 and 13, 2025",
        "Rate: US$1,082 per day (day performer)",
        "",
        "1. Performer shall report to Stage 6, Meridian Lot, at the call time on the call sheet.",
        "2. Producer shall pay Performer within ten business days after each day worked.",
        "3. These terms incorporate the Standard Terms and Conditions below.",
        "",
        "STANDARD TERMS AND CONDITIONS",
        "",
        "4. Producer owns all results and proceeds of Performer\u2019s services on the Series.",
        "5. Producer may use Performer\u2019s name and likeness to advertise the Series.",
        "6. PERFORMER CONSENTS TO THE CREATION OF A DIGITAL REPLICA OF PERFORMER\u2019S LIKENESS "
        "FOR EPISODE 104 OF THE SERIES ONLY, TO COMPLETE THE CORRIDOR SCENE (SCENE 31) AS "
        "DESCRIBED IN THE ATTACHED NOTE, SUBJECT TO PAYMENT AT THE DAY PERFORMER RATE FOR EACH "
        "DAY OF USE.",
        "   Performer\u2019s initials: ______",
        "7. This memo is governed by the laws of the State of California.",
        "",
    ]
)


def make_texts() -> None:
    cp = OUT / "sample_cp1252.txt"
    cp.write_bytes(CP1252_TEXT.encode("cp1252"))
    try:
        cp.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - guards the fixture's purpose
        raise SystemExit("sample_cp1252.txt must not be valid UTF-8")
    for s in EXPECTED["sample_cp1252.txt"]["contains"]:
        _check(s in CP1252_TEXT, f"cp1252 text contains {s!r}")
    (OUT / "sample_utf8.txt").write_bytes(UTF8_TEXT.encode("utf-8"))


# --------------------------------------------------------------------------


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_two_column()
    header_footer = make_header_footer()
    make_consent_initials()
    make_hyphenation()
    make_fake_bold()
    make_image_page()
    make_scanned()
    make_encrypted()
    make_truncated(header_footer)
    make_not_a_pdf()
    make_empty()
    make_zero_pages()
    make_nested_numbering()
    make_toc_signature()
    make_docx()
    make_texts()
    (OUT / "EXPECTED.json").write_text(
        json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>9,d}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Generate the example contracts shown to clause-scan users.

Run from the repository root::

    python examples/generate.py

Writes four PDFs into ``examples/``:

* ``feature_rider_compliant.pdf``: a feature-film principal performer
  agreement with a Digital Replica and Digital Alteration Rider that follows
  good practice (bold ALL-CAPS consents, each initialed, limited to the named
  Picture, with a specific description of use, payment, 48 hours' notice of
  scans and no AI training without separate consent).
* ``day_performer_deal_memo.pdf``: a one-page TV deal memo whose second page,
  "STANDARD TERMS AND CONDITIONS", buries sweeping replica, alteration and
  AI-training grants in two columns of small print with no initials.
* ``video_game_voice.pdf``: a voice and performance-capture session
  agreement for a named game mixing a specific, initialed voice-model consent
  with blanket reuse, AI-training and synthetic-voice clauses.
* ``background_voucher.pdf``: a one-page background actor voucher whose
  6 pt fine-print conditions, under the signature, consent to a background
  actor digital replica used "in place of background actors in this and other
  productions".

All companies, people, productions and clause texts are invented for this
project. The output is deterministic (reportlab ``invariant=1``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.pdfgen import (  # noqa: E402
    Document,
    PageSetup,
    RunningText,
    SignatureBlock,
    Style,
    flow,
)

OUT = Path(__file__).resolve().parent
CREATOR = "clause-scan examples/generate.py"


def smart(text: str) -> str:
    """Typographic quotes and dashes: "x" -> “x”, it's -> it’s, -- -> —."""
    text = re.sub(r'(^|[\s(\[\u2014/])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[\u2014])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text.replace("--", "\u2014")


def t(text: str) -> str:
    """Source text -> printed text: collapse source line breaks, then typography."""
    return smart(flow(text))


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise SystemExit(f"example check failed: {what}")


# ==========================================================================
# 1. feature_rider_compliant.pdf
# ==========================================================================

FEATURE_DEAL = [
    (
        "Picture:",
        """The theatrical motion picture currently entitled "THE LANTERN YEAR" (the
     "Picture"), directed by Tomasz Ellery-Grant from an original screenplay by Priya Hallam.""",
    ),
    ("Role:", """"Hester Vail" (principal role)."""),
    ("Start Date:", """On or about June 16, 2025, within a window of five (5) business days."""),
    (
        "Guarantee:",
        """Eight (8) consecutive weeks, plus up to three (3) free post-production days
     as the CBA permits.""",
    ),
    (
        "Salary:",
        """US$22,500 per week, and pro rata at one-fifth of that sum for each day after
     the Guarantee.""",
    ),
    ("Locations:", """Vancouver, British Columbia, and Los Angeles, California."""),
    ("CBA:", """The SAG-AFTRA Codified Basic Agreement in force on the Start Date (the "CBA")."""),
]

FEATURE_CLAUSES = [
    (
        "1.",
        "Engagement.",
        """Producer engages Performer to play the Role in the Picture, and
     Performer accepts that engagement, on the terms of this Agreement, the CBA, and the Digital
     Replica and Digital Alteration Rider attached as Exhibit A (the "Rider"), which forms part of
     this Agreement.""",
    ),
    (
        "2.",
        "Services.",
        """Performer shall render all customary services for the Role, including
     rehearsals, wardrobe fittings, make-up and camera tests, principal photography, retakes,
     added scenes, looping and reasonable publicity for the Picture, as Producer reasonably
     directs, and Producer shall consult Performer in good faith about the scheduling of any
     service outside the Guarantee.""",
    ),
    (
        "3.",
        "Compensation.",
        """Producer shall pay the Salary weekly in arrears. Overtime,
     premiums, residuals and pension and health contributions shall be paid as the CBA requires.
     Payment for any scanning session and for any use of a digital replica of Performer is set
     out in the Rider and is in addition to the Salary.""",
    ),
    (
        "4.",
        "Credit.",
        """Performer shall receive credit on a separate card in the main titles of
     the Picture, in third position among the cast, and in the billing block of all paid
     advertising in which any other cast member is credited, excluding award, congratulatory and
     teaser advertising.""",
    ),
    (
        "5.",
        "Publicity.",
        """Producer may use Performer's name, approved photographs and approved
     biography to advertise and publicize the Picture, but not as an endorsement of any other
     product or service. This clause does not authorize any digital replica or digitally altered
     image of Performer; those are governed solely by the Rider.""",
    ),
    (
        "6.",
        "Results and Proceeds.",
        """Producer shall own the photography and soundtrack of
     Performer's performance in the Picture as a work made for hire, for the production,
     distribution, advertising and exploitation of the Picture. Nothing in this Agreement grants
     Producer any right to create or use a digital replica of Performer, to digitally alter
     Performer's performance beyond the customary changes described in the Rider, or to use any
     photography, recording or data of Performer to train an artificial intelligence system,
     except as the Rider expressly provides.""",
    ),
    (
        "7.",
        "Representation.",
        """Performer acknowledges that Performer was represented in the
     negotiation of this Agreement and the Rider by Delacroix Morrow Talent and by legal counsel
     of Performer's choosing, and that Performer's services are covered by the CBA.""",
    ),
    (
        "8.",
        "General.",
        """This Agreement, the Rider and the CBA are the entire agreement of the
     parties about the engagement. This Agreement may be amended only in a writing signed by
     both parties and is governed by the laws of the State of California. If this Agreement
     conflicts with the CBA, the provision more favorable to Performer prevails.""",
    ),
]

RIDER_INTRO = """This Rider is part of the Principal Performer Agreement dated April 28, 2025
 between Marrowind Pictures LLC ("Producer") and Corinne Abernathy-Sato ("Performer") for the
 Picture "THE LANTERN YEAR". It sets out each consent Performer gives for the creation and use of
 a digital replica and for digital alteration. Each consent is separate, applies to the Picture
 only, and is effective only if Performer has initialed it. Performer may decline any consent
 without affecting the engagement."""

RIDER_DEFS = [
    (
        "A.",
        "Replica.",
        """"Employment-Based Digital Replica" or "Replica" means a digital replica
     of Performer's voice or likeness created with Performer's participation in connection with
     Performer's employment on the Picture.""",
    ),
    (
        "B.",
        "Digital Alteration.",
        """"Digital Alteration" means a change made with digital
     technology to photography or soundtrack in which Performer performed, other than the
     customary changes described in paragraph 7.""",
    ),
]

RIDER_CONSENTS = [
    (
        "1.",
        "Scanning session.",
        """PERFORMER CONSENTS TO ONE SCANNING SESSION OF NOT MORE THAN FOUR
     (4) HOURS, AT PRODUCER'S STUDIO IN VANCOUVER DURING THE GUARANTEE, IN WHICH PRODUCER MAY
     CAPTURE PERFORMER'S FACE, BODY AND VOICE IN ORDER TO CREATE AN EMPLOYMENT-BASED DIGITAL
     REPLICA OF PERFORMER FOR THE PICTURE "THE LANTERN YEAR" ONLY. PRODUCER SHALL GIVE PERFORMER
     AT LEAST FORTY-EIGHT (48) HOURS' WRITTEN NOTICE OF THE DATE, TIME AND PLACE OF THE SESSION,
     AND THE TIME SPENT IN IT IS WORK TIME.""",
    ),
    (
        "2.",
        "Use of the Replica.",
        """PERFORMER CONSENTS TO THE USE OF THE REPLICA IN THE PICTURE
     ONLY, FOR THESE INTENDED USES: (A) THE ICE-FIELD SEQUENCE (SCENES 71 TO 76 OF THE SHOOTING
     SCRIPT DATED MAY 30, 2025), IN WHICH HESTER IS SEEN CROSSING THE FROZEN LAKE IN WIDE AND
     MEDIUM-WIDE SHOTS; AND (B) THE CLOSING TIME-LAPSE MONTAGE (SCENE 112), IN WHICH HESTER AGES
     BY ABOUT THIRTY YEARS. THE REPLICA SHALL NOT SPEAK ANY DIALOGUE THAT PERFORMER HAS NOT
     RECORDED, AND SHALL NOT APPEAR NUDE OR IN ANY SIMULATED SEX SCENE.""",
    ),
    (
        "3.",
        "Digital Alteration.",
        """PERFORMER CONSENTS TO THE DIGITAL AGING OF PERFORMER'S FACE,
     HANDS AND VOICE IN SCENES 108 TO 112 OF THE PICTURE, AS SHOWN IN THE LOOK-DEVELOPMENT TESTS
     DATED MAY 12, 2025 THAT PERFORMER HAS REVIEWED, AND TO NO OTHER DIGITAL ALTERATION OF
     PERFORMER'S PERFORMANCE BEYOND THE CUSTOMARY CHANGES DESCRIBED IN PARAGRAPH 7.""",
    ),
]

RIDER_TERMS = [
    (
        "4.",
        "Payment.",
        """Producer shall pay Performer for the scanning session at Performer's
     pro rata daily rate as a day of work. For the uses in paragraph 2, Producer shall pay
     Performer's pro rata daily rate for each production day that Producer, objectively and in
     good faith, estimates Performer would have worked to perform those scenes in person, with
     residuals and pension and health contributions as the CBA provides. These payments are in
     addition to the Salary.""",
    ),
    (
        "5.",
        "The Picture only.",
        """The consents in this Rider apply to the Picture only. Producer
     shall not use the Replica, or any scan, recording or data made at the session, in any other
     motion picture, sequel, trailer for another production, advertisement, game or product, and
     shall not license or transfer it to any third party other than its visual-effects vendors
     working on the Picture, without Performer's further written consent, given after Producer
     has provided a reasonably specific description of the intended use and on terms then
     negotiated in good faith.""",
    ),
    (
        "6.",
        "No AI training.",
        """Producer shall not use Performer's scans, recordings, photography
     or soundtrack, or the Replica, to train, fine-tune or evaluate any generative artificial
     intelligence system unless Performer gives a separate written consent, in a document other
     than this Agreement, after receiving a reasonably specific description of the system and of
     its intended use.""",
    ),
    (
        "7.",
        "Customary changes.",
        """No consent is needed for changes made for cosmetics, wardrobe,
     noise reduction, timing or speed, continuity, pitch or tone, clarity, visual or sound effects
     or filters, standards and practices, ratings, or an adjustment in dialogue or narration, or to
     conform Performer's performance to a foreign-language version, if the performance remains
     substantially as scripted, performed and recorded.""",
    ),
    (
        "8.",
        "Review and data.",
        """Producer shall show Performer, or Performer's representative,
     each shot in which the Replica or a Digital Alteration appears before the final mix and shall
     consider Performer's comments in good faith. Producer shall keep the scan data secure, give
     Performer on request a list of the vendors who have had access to it, and delete it within
     ninety (90) days after delivery of the Picture, confirming the deletion in writing.""",
    ),
    (
        "9.",
        "Death or incapacity.",
        """If Performer dies or becomes incapacitated before the
     Picture is completed, the consents in paragraphs 2 and 3 continue for the Picture only. Any
     other use requires the consent of Performer's authorized representative or, if none can be
     identified after a reasonable search, of the union.""",
    ),
    (
        "10.",
        "Precedence.",
        """If this Rider conflicts with any other part of the Agreement, this
     Rider prevails, and no grant of rights elsewhere in the Agreement enlarges any consent given
     in this Rider.""",
    ),
]


def feature_setup() -> PageSetup:
    small = Style("Times", 8)
    return PageSetup(
        margin_top=78,
        margin_bottom=72,
        header=RunningText(
            left="MARROWIND PICTURES LLC",
            right=smart('"THE LANTERN YEAR" -- Principal Performer Agreement'),
            style=small,
            rule=True,
        ),
        footer=RunningText(
            left=smart("Execution version -- April 28, 2025"),
            right="Page {page} of {pages}",
            style=small,
        ),
    )


def make_feature() -> Path:
    doc = Document(
        OUT / "feature_rider_compliant.pdf",
        feature_setup(),
        title="Principal Performer Agreement - The Lantern Year",
        author="Marrowind Pictures LLC",
        subject="Example contract (invented)",
        creator=CREATOR,
    )
    title = Style("Times", 15, 18, bold=True, align="center", space_after=2)
    sub = Style("Times", 11, 14, align="center", space_after=14)
    body = Style("Times", 9.75, 12, align="justify", space_after=6, keep_lines=2)
    head = Style("Times", 10.5, 13, bold=True, caps=True, space_before=6, space_after=6)

    doc.paragraph("PRINCIPAL PERFORMER AGREEMENT", title)
    doc.paragraph(t('Theatrical Motion Picture -- "The Lantern Year"'), sub)
    doc.paragraph(
        t("""This Agreement is dated April 28, 2025 and is made between Marrowind Pictures LLC,
        4410 Sorrel Canyon Road, Burbank, California 91505 ("Producer"), and Corinne Abernathy-Sato,
        c/o Delacroix Morrow Talent, 1100 Ledger Street, Los Angeles, California 90015
        ("Performer")."""),
        body.derive(space_after=10),
    )
    doc.heading("Deal Terms", head)
    for label, text in FEATURE_DEAL:
        doc.clause(
            label,
            t(text),
            body.derive(space_after=3, align="left"),
            number_width=66,
            number_bold=True,
        )
    doc.space(6)
    doc.heading("Terms of Engagement", head)
    for number, heading, text in FEATURE_CLAUSES:
        doc.clause(number, t(text), body, heading=heading, number_width=18)
    doc.space(10)
    doc.paragraph(
        t("""IN WITNESS WHEREOF, the parties have signed this Agreement on the date first
        written above."""),
        body.derive(space_after=22),
    )
    signature_style = Style("Times", 10, 12.5)
    doc.signature_blocks(
        [
            SignatureBlock("MARROWIND PICTURES LLC", [("By", 28), ("Name", 26), ("Title", 26)]),
            SignatureBlock("PERFORMER", [("", 32), ("Corinne Abernathy-Sato", 0)]),
        ],
        signature_style,
    )

    # Exhibit A: the Rider follows the signatures, separated by a rule.
    doc.space(16)
    doc.rule(thickness=0.6, space=0)
    doc.space(12)
    doc.heading("EXHIBIT A", Style("Times", 10, 12, bold=True, align="center", space_after=2))
    doc.paragraph(
        "DIGITAL REPLICA AND DIGITAL ALTERATION RIDER", title.derive(size=13, space_after=12)
    )
    doc.paragraph(t(RIDER_INTRO), body.derive(space_after=9))
    doc.heading("Definitions", head)
    for number, heading, text in RIDER_DEFS:
        doc.clause(number, t(text), body, heading=heading, number_width=18)
    doc.heading("Consents (each must be initialed separately)", head.derive(caps=False))
    consent = body.derive(bold=True, caps=True, align="left", space_after=4)
    initials_style = Style("Times", 10, 13, left_indent=18, space_after=10)
    for number, heading, text in RIDER_CONSENTS:
        # A consent and its initials line always stay on the same page.
        doc.needs(
            doc.clause_height(number, t(text), consent, heading.upper(), 18)
            + 2 * initials_style.line_height
        )
        doc.clause(number, t(text), consent, heading=heading.upper(), number_width=18)
        doc.initials_line(initials_style, label=smart("Performer's initials"), blank=12)
    doc.heading("Terms that apply to every consent", head.derive(caps=False))
    for number, heading, text in RIDER_TERMS:
        doc.clause(number, t(text), body, heading=heading, number_width=18)
    doc.space(8)
    doc.paragraph(
        t("""Agreed and signed as part of the Principal Performer Agreement."""),
        body.derive(space_after=20),
    )
    doc.signature_blocks(
        [
            SignatureBlock("MARROWIND PICTURES LLC", [("By", 28), ("Date", 26)]),
            SignatureBlock("PERFORMER", [("", 32), ("Date", 26)]),
        ],
        signature_style,
    )
    doc.save()
    _check(2 <= len(doc.pages) <= 3, f"feature_rider_compliant has {len(doc.pages)} pages")
    return doc.path


# ==========================================================================
# 2. day_performer_deal_memo.pdf
# ==========================================================================

MEMO_TERMS = [
    (
        "1.",
        "Engagement.",
        """Producer engages Performer as a day performer in the Role for the
     Work Date shown above, with one (1) additional day on a weather or schedule hold at
     Producer's option, notified by 6:00 p.m. on the previous day.""",
    ),
    (
        "2.",
        "Payment.",
        """Producer shall pay the Rate for each day worked, with overtime and
     premiums as the applicable collective bargaining agreement requires, by direct deposit
     within ten (10) business days after each day worked.""",
    ),
    (
        "3.",
        "Wardrobe.",
        """Performer shall bring three (3) changes of clothing suitable for an
     off-duty paramedic (no logos, no white shirts) and report to the costume trailer on arrival.
     Producer shall pay the customary wardrobe allowance for each change used.""",
    ),
    ("4.", "Credit.", """Credit, if any, is at Producer's discretion."""),
    (
        "5.",
        "Standard Terms.",
        """This Deal Memo incorporates the Standard Terms and Conditions on
     page 2 (the "Standard Terms"). By signing below, Performer accepts this Deal Memo and the
     Standard Terms.""",
    ),
]

MEMO_SMALL_PRINT = [
    (
        "1.",
        "DEFINITIONS.",
        """In these Standard Terms, "Producer" means Graveyard Hours
     Productions LLC and its parent, affiliated and related companies, licensees, successors and
     assigns; "Production" means the episodic series "Night Shift" and each episode of it; and
     "Materials" means all photography, sound recordings, scans, measurements, motion and voice
     data and other material in which Performer's appearance, voice, movements or performance
     are recorded or captured in connection with Performer's services, in any form.""",
    ),
    (
        "2.",
        "SERVICES.",
        """Performer shall render services as an actor in the role shown on the
     Deal Memo and such related services as Producer may require, at the times and places
     Producer designates, and shall comply with Producer's directions and the rules of each
     studio and location. Performer shall attend fittings, tests and rehearsals when called.""",
    ),
    (
        "3.",
        "PAYMENT.",
        """The Rate is full consideration for all services rendered and all rights
     granted under the Deal Memo and these Standard Terms, other than any payment the applicable
     collective bargaining agreement requires and which cannot lawfully be waived or credited.""",
    ),
    (
        "4.",
        "RESULTS AND PROCEEDS.",
        """All results and proceeds of Performer's services, including
     the Materials, are works made for hire for Producer, which shall own them, and all rights in
     them, in perpetuity throughout the universe, in all media now known or hereafter devised. To
     the extent any of them are not works made for hire, Performer irrevocably assigns them to
     Producer. Performer waives all moral rights and rights of droit moral.""",
    ),
    (
        "5.",
        "NAME AND LIKENESS.",
        """Producer may use and license others to use Performer's name,
     approved likeness, voice and biography in and in connection with the Production, its
     advertising and publicity, and the exploitation of any product or service connected with
     the Production, in perpetuity throughout the universe.""",
    ),
    (
        "6.",
        "DIGITAL DOUBLE.",
        """Performer grants Producer the irrevocable right to create, or have
     created, a digital replica of Performer's voice and likeness from the Materials or from any
     scan or recording made during Performer's engagement, and to use, reproduce, display and
     perform that replica, and any performance generated with it, for use in any and all
     productions, now or hereafter produced, by Producer or its licensees, in all media now known
     or hereafter devised, in perpetuity throughout the universe, without further compensation to
     Performer. Performer shall make himself or herself available for such scans as Producer
     requests on any day of employment.""",
    ),
    (
        "7.",
        "EDITING.",
        """Producer may cut, edit, add to, subtract from, dub, re-voice, rearrange,
     composite and otherwise alter or modify Performer's performance and the Materials in any
     manner, using any technique or technology, and may combine them with any other material,
     and Performer waives any right to approve or be consulted about any such alteration.""",
    ),
    (
        "8.",
        "TECHNOLOGY.",
        """Performer acknowledges that Producer and its technology vendors and
     licensees may use the Materials, and any data derived from them, to train, develop and
     improve machine learning models, generative systems and other technologies, whether or not
     in connection with the Production, and that Producer shall own all such models and the
     output of them, without further compensation to Performer.""",
    ),
    (
        "9.",
        "ASSIGNMENT.",
        """Producer may assign, license or transfer this agreement and any of
     its rights, including all rights in the Materials and in any digital replica of Performer,
     in whole or in part, to any third party. Performer's obligations are personal to Performer
     and may not be assigned.""",
    ),
    (
        "10.",
        "SURVIVAL.",
        """All rights granted to Producer are irrevocable, shall survive the
     expiration or termination of this agreement and the death or incapacity of Performer, and
     are binding on heirs and estate, executors, administrators and personal representatives of
     Performer, none of whom shall have any right to revoke or limit them.""",
    ),
    (
        "11.",
        "REMEDIES.",
        """Performer's remedies for any breach by Producer are limited to an
     action at law for damages, and Performer shall not be entitled to rescind this agreement or
     to enjoin the development, production, distribution, advertising or exploitation of the
     Production or of any use of the Materials or of any digital replica of Performer.""",
    ),
    (
        "12.",
        "CONDUCT.",
        """Performer shall comply with all set safety rules, shall not use a
     personal mobile phone or camera on set, and shall not disclose or post on social media any
     script, image or information about the Production before its first broadcast. Producer may
     end Performer's engagement immediately for any breach of this clause.""",
    ),
    (
        "13.",
        "MEALS AND TRAVEL.",
        """Producer shall provide meals and rest periods as the applicable
     collective bargaining agreement requires. Performer shall travel to and from the reporting
     location at Performer's own cost unless the location is outside the studio zone.""",
    ),
    (
        "14.",
        "WARRANTIES.",
        """Performer warrants that Performer is free to enter into this
     agreement, that nothing in Performer's performance will infringe the rights of any person,
     and that all information Performer has given Producer, including for payroll and insurance
     purposes, is true. Performer shall indemnify Producer against any claim arising from a
     breach of these warranties.""",
    ),
    (
        "15.",
        "PERSONAL DATA.",
        """Performer consents to Producer and its vendors collecting, storing
     and processing Performer's personal data, including photographs, voice recordings, body and
     facial measurements and other biometric data, for the Production and for the purposes
     described in these Standard Terms, and to the transfer of that data to any country, including
     countries whose data protection laws are less protective than those of California.""",
    ),
    (
        "16.",
        "NO OBLIGATION TO USE.",
        """Producer is not obliged to use Performer's services or to
     include Performer's performance in the Production. Payment of the Rate for each day actually
     worked discharges all of Producer's obligations to Performer.""",
    ),
    (
        "17.",
        "FORCE MAJEURE.",
        """If production is prevented or interrupted by any event beyond
     Producer's reasonable control, including strikes, illness of a principal performer, weather,
     epidemic, power failure or governmental order, Producer may cancel or postpone Performer's
     Work Date without liability, other than for days already worked.""",
    ),
    (
        "18.",
        "INSURANCE.",
        """Performer shall submit to any medical examination that Producer's
     insurers reasonably require, and Producer may cancel the engagement without liability if
     Performer cannot be insured at customary rates.""",
    ),
    (
        "19.",
        "NOTICES.",
        """Notices to Performer may be given by e-mail or text message to the
     address or number on the Deal Memo, or to Performer's agent, and are effective when sent.""",
    ),
    (
        "20.",
        "GENERAL.",
        """This agreement is governed by the laws of the State of California. Any
     dispute not subject to arbitration under an applicable collective bargaining agreement shall
     be resolved by confidential binding arbitration in Los Angeles. The Deal Memo and these
     Standard Terms are the entire agreement of the parties and supersede all prior discussions.
     If any provision is held unenforceable, the rest remains in effect and the provision shall
     be enforced to the greatest extent permitted. Performer acknowledges that Performer has
     read and understood these Standard Terms and has had the opportunity to consult an adviser
     before signing the Deal Memo.""",
    ),
]


def make_deal_memo() -> Path:
    small = Style("Helvetica", 7.5)
    setup = PageSetup(
        margin_left=54,
        margin_right=54,
        margin_top=66,
        margin_bottom=54,
        header_y=36,
        footer_y=30,
        header=RunningText(
            left="GRAVEYARD HOURS PRODUCTIONS LLC",
            right=smart('"NIGHT SHIFT" -- Season 1'),
            style=small.derive(bold=True),
            rule=True,
        ),
        footer=RunningText(
            left=smart("Day Performer Deal Memo -- Form GHP-DM-03 (rev. 02/2025)"),
            right="Page {page} of {pages}",
            style=small,
        ),
    )
    doc = Document(
        OUT / "day_performer_deal_memo.pdf",
        setup,
        title="Day Performer Deal Memo - Night Shift Ep. 104",
        author="Graveyard Hours Productions LLC",
        subject="Example contract (invented)",
        creator=CREATOR,
    )
    doc.paragraph(
        "DAY PERFORMER DEAL MEMO",
        Style("Helvetica", 15, 18, bold=True, align="center", space_after=3),
    )
    doc.paragraph(
        t('Production: "Night Shift" -- Episode 104, "Dead Air"'),
        Style("Helvetica", 10, 13, align="center", space_after=14),
    )
    label = Style("Helvetica", 8, 17)
    value = Style("Courier", 9, 17)
    close = doc.box(pad=8)
    rows = [
        [
            ("Production", "Night Shift"),
            ("Episode", "104 \u201cDead Air\u201d"),
            ("Prod. No.", "NS-104"),
        ],
        [("Performer", "Rafael Lindqvist-Ayodele"), ("Role", "Paramedic #1")],
        [("Work date", "Tue 08/12/2025"), ("Hold day", "Wed 08/13/2025"), ("Report to", "Stage 6")],
        [("Rate", "US$1,204.00/day"), ("Overtime", "Per CBA"), ("Category", "Day performer")],
        [("Agent", "Brightwater Artists, Ltd."), ("Agent phone", "(323) 555-0147")],
        [("Loan-out", "N/A"), ("Payroll", "Ledgerline"), ("Start forms", "On file")],
    ]
    widths = {2: [1.25, 1], 3: [1.1, 1.1, 1.0]}
    for row in rows:
        doc.fields_row(
            [(k.upper(), v) for k, v in row], label, widths=widths[len(row)], value_style=value
        )
    close()
    doc.space(14)
    body = Style("Helvetica", 9.5, 12.5, align="justify", space_after=6, keep_lines=2)
    for number, heading, text in MEMO_TERMS:
        doc.clause(number, t(text), body, heading=heading, number_width=16)
    doc.space(22)
    doc.paragraph("ACCEPTED AND AGREED:", Style("Helvetica", 9.5, 12, bold=True, space_after=18))
    doc.signature_blocks(
        [
            SignatureBlock("PERFORMER", [("Signature", 24), ("Print name", 23), ("Date", 27)]),
            SignatureBlock(
                "GRAVEYARD HOURS PRODUCTIONS LLC", [("By", 30), ("Title", 28), ("Date", 29)]
            ),
        ],
        Style("Helvetica", 9, 11),
    )

    doc.new_page()
    doc.paragraph(
        "STANDARD TERMS AND CONDITIONS",
        Style("Helvetica", 9.5, 12, bold=True, align="center", space_after=3),
    )
    doc.paragraph(
        t("""These Standard Terms and Conditions form part of every Deal Memo issued by
        Graveyard Hours Productions LLC for the Series and apply to Performer's engagement."""),
        Style("Helvetica", 7, 9, align="center", space_after=8),
    )
    doc.columns(2, gap=16)
    fine = Style("Helvetica", 7, 8.4, align="justify", space_after=3.2, keep_lines=2)
    spans = [doc.clause(n, t(x), fine, heading=h) for n, h, x in MEMO_SMALL_PRINT]
    doc.save()
    _check(len(doc.pages) == 2, f"day_performer_deal_memo has {len(doc.pages)} pages")
    _check(all(s.start.page == 2 and s.end.page == 2 for s in spans), "small print all on page 2")
    printed = " ".join(ln.text for ln in doc.lines if ln.page == 2)
    for phrase in (
        "for use in any and all productions, now or hereafter produced",
        "in perpetuity throughout the universe",
        "in all media now known or hereafter devised",
        "in any manner",
        "to train, develop and improve machine learning models",
        "without further compensation",
        "any third party",
        "binding on heirs and estate",
    ):
        _check(phrase in printed, f"deal memo small print says {phrase!r}")
    return doc.path


# ==========================================================================
# 3. video_game_voice.pdf
# ==========================================================================

GAME_DEAL = [
    (
        "Game:",
        """The interactive video game currently entitled "SKYWARD RELIQUARY" for console
     and PC (the "Game").""",
    ),
    (
        "Character:",
        """"Archivist Maren Voss" (principal character; voice, face and body capture).""",
    ),
    (
        "Sessions:",
        """Up to six (6) four-hour sessions between September 2 and October 31, 2025 at
     Northgale Capture Stage B, 2200 Ferris Avenue, Austin, Texas 78702.""",
    ),
    (
        "Session fee:",
        """US$1,150 per four-hour session; US$875 per two-hour vocally stressful
     session.""",
    ),
]

GAME_PAGE1 = [
    (
        "1.",
        "Engagement.",
        """Northgale Interactive, Inc. ("Company") engages Ilse Okonjo-Hart
     ("Performer") to voice and perform the Character in the Game, and Performer accepts that
     engagement on the terms of this Agreement.""",
    ),
    (
        "2.",
        "Sessions.",
        """Company shall schedule each session at least seven (7) days in advance.
     Sessions that call for screaming, creature sounds, combat efforts or similar vocally
     stressful work shall not exceed two (2) hours and shall not be scheduled on consecutive
     days. Performer may end any session if Performer reasonably believes that continuing would
     harm Performer's voice or health.""",
    ),
    (
        "3.",
        "Payment.",
        """Company shall pay the Session fee for each session booked, whether or
     not the full session is used, within fifteen (15) business days after the session, together
     with any agency commission and contributions the applicable agreement requires.""",
    ),
    (
        "4.",
        "Credit.",
        """Performer shall be credited in the Game's end credits and in the Game's
     entry on each digital storefront that lists voice cast, as "Ilse Okonjo-Hart as Archivist
     Maren Voss".""",
    ),
    (
        "5.",
        "Ownership of Recordings.",
        """All sound recordings, facial and body performance-capture
     data, reference photography and video made at the sessions (the "Recordings") are works made
     for hire for Company, which shall own them and may use them in the Game and in the
     advertising and promotion of the Game.""",
    ),
    (
        "6.",
        "Confidentiality.",
        """Performer shall keep the script, the Character and all
     information about the Game confidential until Company announces the Game, and shall not post
     about the sessions on social media without Company's approval.""",
    ),
]

GAME_PAGE2 = [
    (
        "8.",
        "Further uses.",
        """Company may also use the Voice Model and the Recordings in sequels,
     expansions and other products of Company, including downloadable content, remasters, ports,
     merchandise and promotional materials, and may create new dialogue for the Character, or for
     any other character, with the Voice Model for those purposes.""",
    ),
    (
        "9.",
        "Voice Model payment.",
        """For lines generated with the Voice Model for the Game under
     paragraph 7, Company shall pay Performer one session fee for each block of two hundred (200)
     generated lines or part of a block, and shall report the number of generated lines to
     Performer each quarter until one year after the Game's release.""",
    ),
    (
        "10.",
        "Model training.",
        """Performer agrees that Company and its technology partners may
     use the Recordings, the performance-capture data and the Voice Model to train, fine-tune
     and evaluate Company's proprietary speech-synthesis, lip-sync and animation models, and that
     the resulting models and their output belong solely to Company.""",
    ),
    (
        "11.",
        "Synthetic voices.",
        """Company may use the models described in paragraph 10 to
     generate synthetic voices for non-player characters in the Game and in other products of
     Company, provided that no synthetic voice is intended to be recognizable as Performer's
     voice. Company is not required to give Performer notice of any such use.""",
    ),
    (
        "12.",
        "Likeness.",
        """Company may use Performer's facial and body capture data to animate
     the Character in the Game, including in cinematic scenes, and may modify the Character's
     appearance so that it does not resemble Performer.""",
    ),
    (
        "13.",
        "General.",
        """This Agreement is governed by the laws of the State of Texas, is the
     entire agreement of the parties about the sessions, and may be amended only in a writing
     signed by both parties.""",
    ),
]

GAME_VOICE_CONSENT = """PERFORMER CONSENTS TO COMPANY CREATING A DIGITAL REPLICA OF PERFORMER'S
 VOICE (THE "VOICE MODEL") FROM THE SESSION RECORDINGS, TO BE USED IN THE GAME "SKYWARD RELIQUARY"
 ONLY, TO GENERATE ADDITIONAL COMBAT CALLOUTS, AMBIENT LINES, PICK-UP CORRECTIONS AND PLAYER-NAME
 GREETINGS FOR THE CHARACTER ARCHIVIST MAREN VOSS, NOT EXCEEDING FIFTEEN PERCENT (15%) OF THE
 CHARACTER'S TOTAL RECORDED DIALOGUE, SUBJECT TO PAYMENT UNDER PARAGRAPH 9."""


def make_video_game() -> Path:
    small = Style("Helvetica", 7.5, gray=0.25)
    setup = PageSetup(
        margin_top=80,
        header=RunningText(
            left="NORTHGALE INTERACTIVE, INC.",
            right=smart("Voice & Performance Capture -- Session Agreement"),
            style=small.derive(bold=True),
            rule=True,
        ),
        footer=RunningText(
            left="NGI-VPC-2025 / Skyward Reliquary", right="Page {page} of {pages}", style=small
        ),
    )
    doc = Document(
        OUT / "video_game_voice.pdf",
        setup,
        title="Voice and Performance Capture Session Agreement - Skyward Reliquary",
        author="Northgale Interactive, Inc.",
        subject="Example contract (invented)",
        creator=CREATOR,
    )
    doc.paragraph(
        "VOICE AND PERFORMANCE CAPTURE", Style("Helvetica", 14, 17, bold=True, align="center")
    )
    doc.paragraph(
        "SESSION AGREEMENT", Style("Helvetica", 14, 17, bold=True, align="center", space_after=4)
    )
    doc.paragraph(
        "Agreement dated August 18, 2025", Style("Helvetica", 9, 12, align="center", space_after=16)
    )
    body = Style("Helvetica", 9.5, 12.4, align="justify", space_after=6, keep_lines=2)
    for label, text in GAME_DEAL:
        doc.clause(
            label,
            t(text),
            body.derive(align="left", space_after=3),
            number_width=72,
            number_bold=True,
        )
    doc.space(10)
    for number, heading, text in GAME_PAGE1:
        doc.clause(number, t(text), body, heading=heading, number_width=18)

    doc.heading(
        "DIGITAL VOICE, LIKENESS AND TECHNOLOGY",
        Style("Helvetica", 10.5, 13, bold=True, space_before=10, space_after=8),
    )
    doc.needs(
        doc.clause_height(
            "7.",
            t(GAME_VOICE_CONSENT),
            body.derive(bold=True, caps=True, align="left"),
            "VOICE MODEL.",
            18,
        )
        + 30
    )
    doc.clause(
        "7.",
        t(GAME_VOICE_CONSENT),
        body.derive(bold=True, caps=True, align="left", space_after=4),
        heading="VOICE MODEL.",
        number_width=18,
    )
    doc.initials_line(
        Style("Helvetica", 9.5, 12.4, left_indent=18, space_after=10),
        label=smart("Performer's initials"),
        blank=10,
    )
    for number, heading, text in GAME_PAGE2:
        doc.clause(number, t(text), body, heading=heading, number_width=18)
    doc.space(16)
    doc.signature_blocks(
        [
            SignatureBlock("NORTHGALE INTERACTIVE, INC.", [("By", 26), ("Name", 24), ("Date", 25)]),
            SignatureBlock("PERFORMER", [("Signature", 22), ("Name", 25), ("Date", 25)]),
        ],
        Style("Helvetica", 9, 11),
    )
    doc.save()
    _check(len(doc.pages) == 2, f"video_game_voice has {len(doc.pages)} pages")
    return doc.path


# ==========================================================================
# 4. background_voucher.pdf
# ==========================================================================

VOUCHER_CONDITIONS = [
    (
        "1.",
        "EMPLOYMENT.",
        """This voucher is the Background Actor's employment record for the day
     shown above. The Background Actor is employed by the day, and employment ends at wrap unless
     the Background Actor is recalled in writing by the Assistant Director.""",
    ),
    (
        "2.",
        "PAYMENT.",
        """Payment is made through Producer's payroll company to the address on
     file within the time the applicable collective bargaining agreement requires. Adjustments
     are paid only if they are recorded above and initialed by the Assistant Director.""",
    ),
    (
        "3.",
        "TIMEKEEPING.",
        """Times above are recorded by the Second Assistant Director and are
     conclusive unless the Background Actor disputes them in writing before leaving the set.""",
    ),
    (
        "4.",
        "WARDROBE AND PROPERTY.",
        """The Background Actor shall return all wardrobe and props
     before signing out. Producer is not responsible for personal property brought to the set,
     and the Background Actor shall not leave the holding area without permission.""",
    ),
    (
        "5.",
        "MEALS AND REST.",
        """Meal periods and rest periods are given as the applicable
     collective bargaining agreement requires. Time spent in a meal period is not work time.""",
    ),
    (
        "6.",
        "RESULTS AND PROCEEDS.",
        """Producer owns all photography and sound recordings of the
     Background Actor made on the day, and may use them, and the Background Actor's likeness as it
     appears in them, in the production and its advertising, in all media, throughout the world,
     in perpetuity.""",
    ),
    (
        "7.",
        "SCANS AND DIGITAL REPLICA.",
        """The Background Actor consents to Producer scanning,
     photographing and recording the Background Actor's face, body and voice on any day of
     employment, and to the creation of a background actor digital replica of the Background
     Actor, which Producer may use in place of background actors in this and other productions,
     in crowd, atmosphere and establishing scenes and otherwise, without further compensation.
     Producer may retain the scans and the replica for as long as it wishes.""",
    ),
    (
        "8.",
        "ALTERATION.",
        """Producer may digitally alter, duplicate, multiply and composite images
     of the Background Actor, including by changing wardrobe, hair, age and ethnicity, and may add
     lip or facial movement to such images.""",
    ),
    (
        "9.",
        "UPGRADES.",
        """An upgrade to a day performer is valid only if it is made in writing by
     the Assistant Director on the day of the work.""",
    ),
    (
        "10.",
        "SAFETY AND CONDUCT.",
        """The Background Actor shall follow all safety instructions,
     shall report any injury to the Assistant Director at once, shall not photograph or record on
     set, and shall not disclose any information about the production or its cast.""",
    ),
    (
        "11.",
        "ASSIGNMENT.",
        """Producer may assign any of its rights under this voucher to any
     person without notice to the Background Actor.""",
    ),
    (
        "12.",
        "ACCEPTANCE.",
        """By signing this voucher, or by working on the day shown, the
     Background Actor accepts these Conditions of Employment, which, with the applicable
     collective bargaining agreement, are the entire terms of the day's employment.""",
    ),
]


def make_voucher() -> Path:
    small = Style("Helvetica", 7)
    setup = PageSetup(
        margin_left=48,
        margin_right=48,
        margin_top=60,
        margin_bottom=50,
        header_y=32,
        footer_y=28,
        header=RunningText(
            left="GANNET ROAD PRODUCTIONS LLC",
            right=smart('"HARBOR LIGHTS" -- Background Actor Voucher'),
            style=small.derive(bold=True),
            rule=True,
        ),
        footer=RunningText(
            left=smart(
                "Form BG-V7 -- white copy: payroll; yellow: production; pink: background actor"
            ),
            right="Page {page} of {pages}",
            style=small,
        ),
    )
    doc = Document(
        OUT / "background_voucher.pdf",
        setup,
        title="Background Actor Voucher - Harbor Lights",
        author="Gannet Road Productions LLC",
        subject="Example contract (invented)",
        creator=CREATOR,
    )
    doc.paragraph(
        "BACKGROUND ACTOR VOUCHER",
        Style("Helvetica", 16, 19, bold=True, align="center", space_after=2),
    )
    doc.paragraph("No. 004817", Style("Courier", 9, 11, align="right", space_after=10))
    label = Style("Helvetica", 7.5, 19)
    value = Style("Courier", 10, 19)
    sect = Style("Helvetica", 8, 11, bold=True, gray=0.2, space_before=6, space_after=1)

    close = doc.box(pad=8)
    doc.paragraph("BACKGROUND ACTOR", sect.derive(space_before=0))
    doc.fields_row(
        [("NAME", "Jordan Pike-Almeida"), ("DATE", "06/11/2025")],
        label,
        widths=[2, 1],
        value_style=value,
    )
    doc.fields_row(
        [("PRODUCTION", "Harbor Lights"), ("PROD. NO.", "HL-0425"), ("SHOOT DAY", "14 of 38")],
        label,
        widths=[1.3, 1, 1],
        value_style=value,
    )
    doc.fields_row(
        [("CATEGORY", "General background"), ("SET / LOCATION", "Int. harbor bar, Stage 2")],
        label,
        widths=[1, 1.3],
        value_style=value,
    )
    doc.paragraph("RATE AND ADJUSTMENTS", sect)
    doc.fields_row(
        [("BASE RATE", "US$208.00 / 8 hrs"), ("WARDROBE", "2 changes"), ("WET WORK", "Yes")],
        label,
        widths=[1.3, 1, 1],
        value_style=value,
    )
    doc.fields_row(
        [("SMOKE", "No"), ("CAR / MILEAGE", "\u2014"), ("OTHER", "\u2014")],
        label,
        value_style=value,
    )
    doc.paragraph("HOURS", sect)
    doc.fields_row(
        [("CALL", "6:00 AM"), ("1ST MEAL OUT", "12:00 PM"), ("IN", "12:30 PM")],
        label,
        value_style=value,
    )
    doc.fields_row(
        [("2ND MEAL OUT", "\u2014"), ("IN", "\u2014"), ("WRAP", "5:30 PM")],
        label,
        value_style=value,
    )
    doc.fields_row(
        [("TOTAL HOURS", "11.0"), ("MP PENALTY", "0"), ("FORCED CALL", "No")],
        label,
        value_style=value,
    )
    close()
    doc.space(14)
    notice = Style("Helvetica", 8.5, 11, bold=True, space_after=16)
    doc.paragraph(
        t("""I have read and accept the Conditions of Employment printed below, which form part
        of my employment for the day shown above."""),
        notice,
    )
    doc.signature_blocks(
        [
            SignatureBlock("BACKGROUND ACTOR", [("Signature", 26), ("Date", 29)]),
            SignatureBlock("ASSISTANT DIRECTOR", [("Signature", 26), ("Print name", 24)]),
        ],
        Style("Helvetica", 8.5, 10.5),
    )

    doc.space(10)
    doc.rule(thickness=0.4, space=0)
    doc.space(8)
    doc.paragraph(
        "CONDITIONS OF EMPLOYMENT",
        Style("Helvetica", 7.5, 9, bold=True, align="center", space_after=5),
    )
    doc.columns(2, gap=16)
    fine = Style("Helvetica", 6, 7.3, align="justify", space_after=2.6)
    # Balance the two columns: break before the clause that crosses half the total height.
    heights = [doc.clause_height(n, t(x), fine, h) for n, h, x in VOUCHER_CONDITIONS]
    half, acc, split = sum(heights) / 2, 0.0, len(heights)
    for i, h in enumerate(heights):
        if acc + h / 2 > half:
            split = i
            break
        acc += h
    for i, (number, heading, text) in enumerate(VOUCHER_CONDITIONS):
        if i == split:
            doc.column_break()
        doc.clause(number, t(text), fine, heading=heading)
    doc.save()
    _check(len(doc.pages) == 1, f"background_voucher has {len(doc.pages)} pages")
    printed = " ".join(ln.text for ln in doc.lines)
    _check(
        "in place of background actors in this and other productions" in printed,
        "voucher replica phrase",
    )
    return doc.path


def main() -> None:
    for make in (make_feature, make_deal_memo, make_video_game, make_voucher):
        path = make()
        print(f"{path.stat().st_size:>9,d}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

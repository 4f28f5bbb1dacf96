"""The rule checks: for each, cases that must fire (with the evidence asserted) and must not."""

from __future__ import annotations

import pytest

from clause_scan import checks
from clause_scan.checks import CHECK_IDS, CHECKS, Context, check, is_restrictive
from clause_scan.records import Clause, Layout
from clause_scan.terms import find_terms, project_titles

R, A, S, T = "digital_replica", "digital_alteration", "synthetic_performer", "ai_training"
CONSPICUOUS = {"bold": 1.0, "all_caps": 1.0, "initialed": True}
PLAIN = {}
PICTURE = 'Producer is producing the motion picture entitled "HARBOR LIGHTS" (the "Picture").'


def run(text: str, kinds=(R,), layout=None, document: str = PICTURE, **ctx):
    """Findings for ``text`` as a clause of a document that also holds ``document``."""
    layout = {**CONSPICUOUS, **(layout or {})}
    lay = Layout(
        bold=layout.get("bold", 0.0),
        all_caps=layout.get("all_caps", 0.0),
        font_size_ratio=layout.get("font_size_ratio", 1.0),
        small_print=layout.get("small_print", False),
        initialed=layout.get("initialed", False),
        in_standard_terms=layout.get("in_standard_terms", False),
        layout_known=layout.get("layout_known", True),
    )
    clause = Clause(
        id="c1",
        number="",
        heading="",
        section=tuple(layout.get("section", ())),
        page=1,
        start=100,
        end=100 + len(text),
        text=text,
        layout=lay,
        kinds=tuple(kinds),
        restrictive=is_restrictive(text),
    )
    terms = tuple(find_terms(document + "\n" + text))
    context = Context(
        terms=terms,
        projects=tuple(project_titles(text, terms)),
        layout_known=lay.layout_known,
        document_text=document + "\n" + text,
        **ctx,
    )
    return {f.check: f for f in check(clause, context)}


def assert_fires(findings, check_id, evidence):
    assert check_id in findings, f"{check_id} did not fire: {sorted(findings)}"
    f = findings[check_id]
    assert f.evidence == evidence or f.evidence.startswith(evidence), f.evidence
    assert f.end - f.start == len(f.evidence) and f.start >= 100  # offsets into the document
    assert len(f.reason) > 40 and f.source


# (check, text, kinds, layout, expected evidence)
FIRES = [
    (
        "blanket_consent",
        "Performer consents to the use of the replica in the Picture and in any and all productions.",
        (R,),
        None,
        "any and all productions",
    ),
    (
        "blanket_consent",
        "Producer may use the digital double in the Picture and any other production of Producer.",
        (R,),
        None,
        "any other production",
    ),
    (
        "blanket_consent",
        "Performer grants Producer the right to create a digital replica for any purpose whatsoever.",
        (R,),
        None,
        "for any purpose whatsoever",
    ),
    (
        "blanket_consent",
        "Company may use your voice model in the Picture and its sequels and spin-offs.",
        (R,),
        None,
        "its sequels",
    ),
    (
        "blanket_consent",
        "You allow us to use your avatar for use on the platform.",
        (R,),
        None,
        "for use on the platform",
    ),
    (
        "blanket_consent",
        "You agree we may use your AI likeness in future projects of the Studio.",
        (R,),
        None,
        "future projects",
    ),
    (
        "blanket_consent",
        "By uploading, you agree to the provisions of the Terms of Use for your avatar.",
        (R,),
        None,
        "By uploading",
    ),
    (
        "buried_in_standard_terms",
        "Performer grants Producer the right to create a digital replica for the Picture.",
        (R,),
        {
            "bold": 0,
            "all_caps": 0,
            "initialed": False,
            "in_standard_terms": True,
            "section": ["STANDARD TERMS AND CONDITIONS"],
        },
        "Performer grants Producer",
    ),
    (
        "buried_in_standard_terms",
        "Performer consents to a digital double for the Picture.",
        (R,),
        {"bold": 0, "all_caps": 0, "initialed": False},
        "Performer consents",
    ),
    (
        "buried_in_standard_terms",
        "Performer consents to a digital double for the Picture.",
        (R,),
        {"small_print": True, "font_size_ratio": 0.6},
        "Performer consents",
    ),
    (
        "buried_in_standard_terms",
        "You agree to the provisions of the Terms of Use, which allow a voice clone for the Picture.",
        (R,),
        None,
        "agree to the provisions of the Terms of Use",
    ),
    (
        "buried_in_standard_terms",
        "PERFORMER CONSENTS TO A DIGITAL REPLICA FOR THE PICTURE.",
        (R,),
        {"initialed": False},
        "PERFORMER CONSENTS",
    ),
    (
        "buried_in_standard_terms",
        "Performer consents to a digital replica for the Picture.",
        (R,),
        {"layout_known": False, "bold": 0, "all_caps": 0, "initialed": False},
        "Performer consents",
    ),
    (
        "buried_in_standard_terms",
        "Producer may digitally alter, duplicate and multiply images of the Background Actor, "
        "including by changing wardrobe, hair, age and ethnicity, in the Picture.",
        (A,),
        {"bold": 0, "all_caps": 0, "initialed": False, "in_standard_terms": True},
        "Producer may digitally alter",
    ),
    (
        "missing_project_id",
        "Performer grants Company the right to make a voice model from the Recordings.",
        (R,),
        None,
        "the Recordings",
    ),
    (
        "missing_project_id",
        "You allow us to create an avatar of you for any production.",
        (R,),
        None,
        "any production",
    ),
    (
        "missing_project_id",
        "Performer consents to Producer creating a digital replica of Performer.",
        (R,),
        None,
        "consents",
    ),
    (
        "missing_project_id",
        "We may alter your performance in the Content.",
        (A,),
        None,
        "the Content",
    ),
    (
        "missing_project_id",
        "Company may use the Materials to build a digital twin of Artist.",
        (R,),
        None,
        "the Materials",
    ),
    (
        "perpetual_or_irrevocable",
        "Performer grants an irrevocable licence to use the replica in the Picture.",
        (R,),
        None,
        "irrevocable",
    ),
    (
        "perpetual_or_irrevocable",
        "Producer may use the digital double in the Picture in perpetuity.",
        (R,),
        None,
        "in perpetuity",
    ),
    (
        "perpetual_or_irrevocable",
        "Artist grants the right to exploit the clone throughout the universe in the Picture.",
        (R,),
        None,
        "throughout the universe",
    ),
    (
        "perpetual_or_irrevocable",
        "You grant us a perpetual right to use your voice model in the Picture.",
        (R,),
        None,
        "perpetual",
    ),
    (
        "perpetual_or_irrevocable",
        "Performer grants Producer the right to use the avatar in the Picture forever.",
        (R,),
        None,
        "forever",
    ),
    (
        "future_media",
        "Producer may use the replica in the Picture in all media now known or hereafter devised.",
        (R,),
        None,
        "now known or hereafter devised",
    ),
    (
        "future_media",
        "Producer may alter the performance for media not yet invented in the Picture.",
        (A,),
        None,
        "not yet invented",
    ),
    (
        "future_media",
        "Company may use the voice model in technologies yet to be developed for the Picture.",
        (R,),
        None,
        "yet to be developed",
    ),
    (
        "future_media",
        "Performer grants the use of the double in any format whether now existing or later created, in the Picture.",
        (R,),
        None,
        "whether now existing or",
    ),
    (
        "future_media",
        "We may use your clone in the Picture in formats hereafter invented.",
        (R,),
        None,
        "hereafter invented",
    ),
    (
        "ai_training_use",
        "Company may use the Recordings to train its speech models.",
        (T,),
        None,
        "train",
    ),
    (
        "ai_training_use",
        "You agree we may use your videos to improve our services and models.",
        (T,),
        None,
        "improve our services",
    ),
    (
        "ai_training_use",
        "Performer consents to inclusion of the session audio in datasets.",
        (T,),
        None,
        "datasets",
    ),
    (
        "ai_training_use",
        "Producer may use footage of Performer for machine learning research.",
        (T,),
        None,
        "machine learning",
    ),
    (
        "ai_training_use",
        "The Studio may fine-tune a voice model on Artist's recordings for the Game.",
        (T, R),
        None,
        "fine-tune",
    ),
    (
        "post_mortem_without_consent",
        "This consent to the digital replica for the Picture survives Performer's death.",
        (R,),
        None,
        "survives Performer's death",
    ),
    (
        "post_mortem_without_consent",
        "Producer may use the replica in the Picture after Performer's death.",
        (R,),
        None,
        "after Performer's death",
    ),
    (
        "post_mortem_without_consent",
        "This grant of the digital double for the Picture is binding on Performer's heirs.",
        (R,),
        None,
        "binding on Performer's heirs",
    ),
    (
        "post_mortem_without_consent",
        "Company may continue to use the clone in the Picture posthumously.",
        (R,),
        None,
        "posthumously",
    ),
    (
        "post_mortem_without_consent",
        "The licence to alter the performance in the Picture binds the executors of Performer.",
        (A,),
        None,
        "binds the executors",
    ),
    (
        "no_compensation",
        "Producer may use the replica in the Picture without further compensation.",
        (R,),
        None,
        "without further compensation",
    ),
    (
        "no_compensation",
        "Performer grants a royalty-free licence to the voice model for the Picture.",
        (R,),
        None,
        "royalty-free",
    ),
    (
        "no_compensation",
        "Performer grants a fully paid licence to the digital double for the Picture.",
        (R,),
        None,
        "fully paid",
    ),
    (
        "no_compensation",
        "The use of the avatar in the Picture is included in the session fee.",
        (R,),
        {"initialed": True},
        "included in the session fee",
    ),
    (
        "no_compensation",
        "Company may use the clone in the Picture at no additional cost.",
        (R,),
        None,
        "at no additional cost",
    ),
    (
        "no_use_description",
        "Performer consents to Producer creating and using a digital replica in the Picture.",
        (R,),
        None,
        "creating",
    ),
    (
        "no_use_description",
        "Producer may use the digital double in the Picture.",
        (R,),
        None,
        "use",
    ),
    (
        "no_use_description",
        "You allow us to make a voice clone for the Picture.",
        (R,),
        None,
        "make",
    ),
    (
        "no_use_description",
        "Performer grants the right to alter the performance in the Picture.",
        (A,),
        None,
        "alter",
    ),
    (
        "no_use_description",
        "Company may generate a likeness simulation of Artist for the Picture.",
        (R,),
        None,
        "generate",
    ),
    (
        "third_party_transfer",
        "Producer may assign the replica rights for the Picture to any third party.",
        (R,),
        None,
        "assign",
    ),
    (
        "third_party_transfer",
        "Company and its licensees may use the voice model in the Picture.",
        (R,),
        None,
        "licensees",
    ),
    (
        "third_party_transfer",
        "This licence of the avatar for the Picture is sublicensable.",
        (R,),
        None,
        "sublicensable",
    ),
    (
        "third_party_transfer",
        "Producer may sell the digital double for the Picture.",
        (R,),
        None,
        "sell",
    ),
    (
        "third_party_transfer",
        "The right to use the clone in the Picture is transferable.",
        (R,),
        None,
        "transferable",
    ),
    (
        "no_scan_notice",
        "Performer shall attend a scanning session to create the replica for the Picture.",
        (R,),
        None,
        "scanning",
    ),
    (
        "no_scan_notice",
        "Producer may carry out photogrammetry of Performer for the Picture.",
        (R,),
        None,
        "photogrammetry",
    ),
    (
        "no_scan_notice",
        "Performer agrees to facial capture to build the double for the Picture.",
        (R,),
        None,
        "facial capture",
    ),
    (
        "no_scan_notice",
        "A volumetric session will be held to make Performer's replica for the Picture.",
        (R,),
        None,
        "volumetric",
    ),
    (
        "no_scan_notice",
        "Performer shall wear a head-mounted camera to create the avatar for the Picture.",
        (R,),
        None,
        "head-mounted",
    ),
    (
        "replaces_background_actors",
        "Producer may use the replica in place of background actors in the Picture.",
        (R,),
        None,
        "in place of background actors",
    ),
    (
        "replaces_background_actors",
        "The digital doubles may be used instead of hiring extras for the Picture.",
        (R,),
        None,
        "instead of hiring extras",
    ),
    (
        "replaces_background_actors",
        "Producer may populate crowd scenes of the Picture with the replica.",
        (R,),
        None,
        "populate crowd scenes",
    ),
    (
        "replaces_background_actors",
        "The replicas will substitute for background performers in the Picture.",
        (R,),
        None,
        "substitute for background performers",
    ),
    (
        "replaces_background_actors",
        "Producer may multiply the replica to fill the crowd in the Picture.",
        (R,),
        None,
        "fill the crowd",
    ),
    (
        "synthetic_without_union_notice",
        "Producer may use a synthetic performer in the role of the nurse in the Picture.",
        (S,),
        None,
        "may use",
    ),
    (
        "synthetic_without_union_notice",
        "Company intends to create an AI-generated presenter for the Campaign.",
        (S,),
        None,
        "intends to create",
    ),
    (
        "synthetic_without_union_notice",
        "The Studio will cast a digital human as the receptionist in the Picture.",
        (S,),
        None,
        "will cast",
    ),
    (
        "synthetic_without_union_notice",
        "We may generate a virtual actor for background dialogue in the Picture.",
        (S,),
        None,
        "may generate",
    ),
    (
        "synthetic_without_union_notice",
        "Producer shall employ a computer-generated actor in the Picture.",
        (S,),
        None,
        "shall employ",
    ),
    (
        "union_waiver",
        "Performer waives any rights under any collective bargaining agreement as to the replica for the Picture.",
        (R,),
        None,
        "waives any rights under any collective bargaining",
    ),
    (
        "union_waiver",
        "Notwithstanding any guild agreement, Producer may use the double in the Picture.",
        (R,),
        None,
        "Notwithstanding any guild",
    ),
    (
        "union_waiver",
        "Producer may alter the performance in the Picture regardless of any union rules.",
        (A,),
        None,
        "regardless of any union",
    ),
    (
        "union_waiver",
        "The voice model for the Picture shall not be subject to any union agreement.",
        (R,),
        None,
        "not be subject to any union",
    ),
    (
        "union_waiver",
        "Artist waives the protections of the Equity agreement for the clone in the Picture.",
        (R,),
        None,
        "waives the protections of the Equity",
    ),
    (
        "sensitive_use",
        "Producer may use the replica in the Picture in any manner whatsoever.",
        (R,),
        None,
        "in any manner whatsoever",
    ),
    (
        "sensitive_use",
        "Company may use the avatar for political messages in the Picture.",
        (R,),
        None,
        "political",
    ),
    (
        "sensitive_use",
        "Producer may alter the performance to include sexual content in the Picture.",
        (A,),
        None,
        "sexual",
    ),
    (
        "sensitive_use",
        "The double may appear nude in the Picture.",
        (R,),
        {"initialed": True},
        "nude",
    ),
    (
        "sensitive_use",
        "Company may use the clone for religious content in the Picture.",
        (R,),
        None,
        "religious",
    ),
    (
        "name_or_feature_prompt",
        "Producer may prompt an AI system with Performer's name to design a character.",
        (S,),
        None,
        "prompt",
    ),
    (
        "name_or_feature_prompt",
        "The Studio may create characters in the style of Performer.",
        (S,),
        None,
        "in the style of",
    ),
    (
        "name_or_feature_prompt",
        "Performer's facial features may be used as an input to the generator.",
        (S,),
        None,
        "facial features may be used as an input",
    ),
    (
        "name_or_feature_prompt",
        "Company may use prompts naming Artist to generate the host.",
        (S,),
        None,
        "prompts",
    ),
    (
        "name_or_feature_prompt",
        "The eyes and mouth of Performer may be fed into the AI tool.",
        (S, R),
        None,
        "eyes and mouth of Performer may be fed into the AI",
    ),
]

# (check, text, kinds, layout): must NOT fire; exceptions first
QUIET = [
    (
        "blanket_consent",
        'Performer consents to the replica in "DARK HARBOR", "DARK HARBOR II" and "DARK HARBOR III" only.',
        (R,),
        None,
    ),
    (
        "blanket_consent",
        "Producer may alter the performance for cosmetics, wardrobe, noise reduction, timing and continuity.",
        (A,),
        None,
    ),
    (
        "blanket_consent",
        "The independently created replica may be used in the Picture, a parody and social commentary.",
        (R,),
        None,
    ),
    (
        "blanket_consent",
        "Producer may dub Performer's voice into other languages for the Picture.",
        (A,),
        None,
    ),
    ("blanket_consent", "Producer shall not use the replica in any other production.", (R,), None),
    (
        "blanket_consent",
        "Performer consents to the replica solely for scenes 12 to 14 of the Picture.",
        (R,),
        None,
    ),
    (
        "buried_in_standard_terms",
        "PERFORMER CONSENTS TO A DIGITAL REPLICA FOR THE PICTURE.",
        (R,),
        None,
    ),
    (
        "buried_in_standard_terms",
        "Performer consents to a digital replica for scene 12 of the Picture.",
        (R,),
        {"bold": 1.0, "all_caps": 0, "initialed": True},
    ),
    (
        "buried_in_standard_terms",
        "Producer shall not create a digital replica without consent.",
        (R,),
        {"bold": 0, "all_caps": 0, "initialed": False, "in_standard_terms": True},
    ),
    (
        "buried_in_standard_terms",
        "Producer may alter the performance for cosmetics, wardrobe and continuity.",
        (A,),
        {"bold": 0, "all_caps": 0, "initialed": False, "in_standard_terms": True},
    ),
    (
        "buried_in_standard_terms",
        '"Digital Replica" means a digital copy of Performer\'s voice or likeness.',
        (R,),
        {"bold": 0, "all_caps": 0, "initialed": False, "in_standard_terms": True},
    ),
    (
        "buried_in_standard_terms",
        "Performer consents to a voice model for the Picture.",
        (R,),
        {"font_size_ratio": 1.3, "bold": 0, "all_caps": 0, "initialed": True},
    ),
    ("missing_project_id", "Performer consents to the replica in the Picture only.", (R,), None),
    (
        "missing_project_id",
        'Performer consents to the replica in "NIGHT SHIFT", episode 104.',
        (R,),
        None,
    ),
    (
        "missing_project_id",
        "Performer consents to the replica for the uses described in Exhibit A.",
        (R,),
        None,
    ),
    ("missing_project_id", "PERFORMER CONSENTS TO THE REPLICA IN THE PICTURE ONLY.", (R,), None),
    (
        "missing_project_id",
        "Producer shall not make a replica for any production without consent.",
        (R,),
        None,
    ),
    (
        "missing_project_id",
        "Producer may alter the performance for cosmetics and continuity.",
        (A,),
        None,
    ),
    (
        "perpetual_or_irrevocable",
        "Producer may use the replica in the Picture for five years.",
        (R,),
        None,
    ),
    (
        "perpetual_or_irrevocable",
        "Performer may revoke this consent at any time before photography.",
        (R,),
        None,
    ),
    ("perpetual_or_irrevocable", "Producer shall not use the replica in perpetuity.", (R,), None),
    (
        "perpetual_or_irrevocable",
        "The licence to the replica for the Picture ends on 31 December 2027.",
        (R,),
        None,
    ),
    ("perpetual_or_irrevocable", "Producer owns the Picture in perpetuity.", (), None),
    (
        "future_media",
        "Producer may use the replica in the Picture in theatres and on streaming.",
        (R,),
        None,
    ),
    ("future_media", "The clone may be used in the Picture on television.", (R,), None),
    ("future_media", "Producer shall not use the replica in media hereafter devised.", (R,), None),
    ("future_media", "Company may use the avatar in the Game on consoles and PC.", (R,), None),
    (
        "future_media",
        "Producer may alter the performance for the Picture's theatrical release.",
        (A,),
        None,
    ),
    ("ai_training_use", "Company shall not use the Recordings to train any model.", (T,), None),
    ("ai_training_use", "No AI training on Performer's voice is permitted.", (T,), None),
    ("ai_training_use", "Performer will attend training sessions on set safety.", (R,), None),
    (
        "ai_training_use",
        "Training a system on the performance requires separate written consent.",
        (T,),
        None,
    ),
    ("ai_training_use", "Producer may use the replica in the Picture.", (R,), None),
    (
        "post_mortem_without_consent",
        "After Performer's death the replica may be used only with the consent of Performer's estate.",
        (R,),
        None,
    ),
    ("post_mortem_without_consent", "This consent ends on Performer's death.", (R,), None),
    ("post_mortem_without_consent", "Producer may use the replica in the Picture.", (R,), None),
    (
        "post_mortem_without_consent",
        "Producer shall not use the replica after Performer's death.",
        (R,),
        None,
    ),
    (
        "post_mortem_without_consent",
        "Company may train a model after Performer's death.",
        (T,),
        None,
    ),
    (
        "no_compensation",
        "Producer shall pay Performer's daily rate for each day the replica is used in the Picture.",
        (R,),
        None,
    ),
    (
        "no_compensation",
        "Producer may use the replica in the Picture for a fee of $5,000.",
        (R,),
        None,
    ),
    (
        "no_compensation",
        "Producer shall not use the replica without further compensation.",
        (R,),
        None,
    ),
    (
        "no_compensation",
        "Producer may alter the performance without further compensation.",
        (A,),
        None,
    ),
    ("no_compensation", "Performer shall be paid scale for the scanning session.", (R,), None),
    (
        "no_use_description",
        "Performer consents to the replica solely to complete scene 42 of the Picture.",
        (R,),
        None,
    ),
    (
        "no_use_description",
        "Producer may use the replica for the uses described in Exhibit A.",
        (R,),
        None,
    ),
    (
        "no_use_description",
        "Producer may use the double only in the crowd scenes of the Picture.",
        (R,),
        None,
    ),
    (
        "no_use_description",
        "Producer shall not use the replica without a description of use.",
        (R,),
        None,
    ),
    (
        "no_use_description",
        "Producer may alter the performance for cosmetics and continuity.",
        (A,),
        None,
    ),
    ("third_party_transfer", "Producer shall not assign the replica rights.", (R,), None),
    (
        "third_party_transfer",
        "The licence to the voice model for the Picture is non-transferable.",
        (R,),
        None,
    ),
    ("third_party_transfer", "Producer may use the replica in the Picture.", (R,), None),
    ("third_party_transfer", "Producer may not sublicense the avatar.", (R,), None),
    (
        "third_party_transfer",
        "The replica rights for the Picture may not be transferable to others.",
        (R,),
        None,
    ),
    (
        "no_scan_notice",
        "Producer shall give 48 hours' notice of the scanning session for the Picture.",
        (R,),
        None,
    ),
    ("no_scan_notice", "Performer will be notified 2 days before the capture session.", (R,), None),
    ("no_scan_notice", "Producer may use the replica in the Picture.", (R,), None),
    ("no_scan_notice", "Producer shall not scan Performer without consent.", (R,), None),
    ("no_scan_notice", "A scan of Performer's passport is kept for payroll.", (), None),
    (
        "replaces_background_actors",
        "Producer shall not use replicas in place of background actors.",
        (R,),
        None,
    ),
    (
        "replaces_background_actors",
        "Producer may use the replica in scene 12 of the Picture.",
        (R,),
        None,
    ),
    (
        "replaces_background_actors",
        "Background actors will be hired for every crowd scene.",
        (R,),
        None,
    ),
    (
        "replaces_background_actors",
        "Producer may replace the wardrobe of background actors.",
        (),
        None,
    ),
    (
        "replaces_background_actors",
        "The replica may appear behind the principal cast in scene 4.",
        (R,),
        None,
    ),
    (
        "synthetic_without_union_notice",
        "Producer may use a synthetic performer in the Picture after notice to the Union and bargaining.",
        (S,),
        None,
    ),
    (
        "synthetic_without_union_notice",
        "Producer may use a computer-generated dragon in the Picture.",
        (S,),
        None,
    ),
    (
        "synthetic_without_union_notice",
        "Producer shall not use a synthetic performer in a human role.",
        (S,),
        None,
    ),
    (
        "synthetic_without_union_notice",
        '"Synthetic Performer" means a digitally created asset.',
        (S,),
        None,
    ),
    (
        "synthetic_without_union_notice",
        "Producer may use a synthetic performer.",
        (S,),
        None,
    ),
    (
        "union_waiver",
        "Nothing here waives the rights of Performer under the collective bargaining agreement.",
        (R,),
        None,
    ),
    (
        "union_waiver",
        "Producer may use the replica in the Picture subject to the union agreement.",
        (R,),
        None,
    ),
    ("union_waiver", "Performer waives approval of still photographs.", (R,), None),
    ("union_waiver", "Producer shall comply with the guild agreement for the replica.", (R,), None),
    ("union_waiver", "Producer may use the replica in the Picture.", (R,), None),
    (
        "sensitive_use",
        "Producer shall not use the replica for political or religious messages.",
        (R,),
        None,
    ),
    ("sensitive_use", "No sexual content may be created with the replica.", (R,), None),
    ("sensitive_use", "Producer may use the replica in scene 12 of the Picture.", (R,), None),
    (
        "sensitive_use",
        "Producer may use the replica in the Picture, but shall not use it in any sexual scene.",
        (R,),
        None,
    ),
    (
        "sensitive_use",
        "The Picture is a political thriller; the replica appears in scene 3.",
        (),
        None,
    ),
    (
        "name_or_feature_prompt",
        "Producer shall not prompt an AI with Performer's name without written consent.",
        (S,),
        None,
    ),
    (
        "name_or_feature_prompt",
        "Producer may use a synthetic performer designed without reference to any performer.",
        (S,),
        None,
    ),
    ("name_or_feature_prompt", "The prompter on set will feed lines to Performer.", (), None),
    (
        "name_or_feature_prompt",
        "Prompts naming Performer may be used only with Performer's prior written consent.",
        (S,),
        None,
    ),
    ("name_or_feature_prompt", "Producer may use the replica in the Picture.", (R,), None),
]


@pytest.mark.parametrize(
    ("check_id", "text", "kinds", "layout", "evidence"),
    FIRES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(FIRES)],
)
def test_check_fires_with_its_evidence(check_id, text, kinds, layout, evidence):
    if check_id == "synthetic_without_union_notice":
        findings = run(text, kinds, layout, document="")  # no union notice anywhere
    elif check_id == "no_scan_notice":
        findings = run(text, kinds, layout, document=PICTURE)
    else:
        findings = run(text, kinds, layout)
    assert_fires(findings, check_id, evidence)


@pytest.mark.parametrize(
    ("check_id", "text", "kinds", "layout"), QUIET, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUIET)]
)
def test_check_stays_quiet(check_id, text, kinds, layout):
    document = PICTURE
    if text == "Producer may use a synthetic performer.":
        document = PICTURE + " Producer shall give notice to the Union and bargain in good faith."
    assert check_id not in run(text, kinds, layout, document=document)


def test_every_check_has_five_firing_and_five_quiet_cases():
    for check_id in CHECK_IDS:
        assert sum(c[0] == check_id for c in FIRES) >= 5, check_id
        assert sum(c[0] == check_id for c in QUIET) >= 5, check_id


def test_check_ids_are_the_contract():
    assert CHECK_IDS == (
        "blanket_consent",
        "buried_in_standard_terms",
        "missing_project_id",
        "perpetual_or_irrevocable",
        "future_media",
        "ai_training_use",
        "post_mortem_without_consent",
        "no_compensation",
        "no_use_description",
        "third_party_transfer",
        "no_scan_notice",
        "replaces_background_actors",
        "synthetic_without_union_notice",
        "union_waiver",
        "sensitive_use",
        "name_or_feature_prompt",
    )
    assert all(c.severity in checks.SEVERITIES and c.source for c in CHECKS)


@pytest.mark.parametrize(
    ("text", "restrictive"),
    [
        ("Producer shall not create a digital replica without Performer's consent.", True),
        ("No digital replica of Performer may be made.", True),
        (
            "Use of the replica in any other production shall require the further written consent of Performer.",
            True,
        ),
        ("Performer grants Producer the right to create a digital replica.", False),
        ("Producer may use the replica, provided that it shall not be used in advertising.", False),
        (
            "5. The Picture only. The consents in this Rider apply to the Picture only. Producer shall not use the Replica elsewhere.",
            True,
        ),
    ],
)
def test_restrictive_clauses_are_told_from_grants(text, restrictive):
    assert is_restrictive(text) is restrictive


def test_restrictive_clauses_get_no_consent_findings():
    findings = run(
        "Producer shall not use the replica in any other production, in perpetuity, "
        "without further compensation.",
        (R,),
        {"bold": 0, "all_caps": 0, "initialed": False, "in_standard_terms": True},
    )
    assert findings == {}


def test_a_defined_term_resolves_the_project():
    assert "missing_project_id" not in run("Producer may use the double in the Picture.", (R,))
    assert "missing_project_id" in run("Producer may use the double in the Content.", (R,))
    undefined = run("Producer may use the double in the Film.", (R,), document="")
    assert "missing_project_id" not in undefined  # a capitalised project term is a defined term


def test_checks_on_the_corpus_test_split_have_measured_precision():
    from clause_scan import corpus

    figures = checks.evaluate_checks(corpus.load(split="test"))["per_check"]
    # measured by `clause-scan evaluate`; here only that the evaluation runs on labelled data
    assert set(figures) == set(checks.CORE_CHECKS)
    assert all(v["support"] > 50 for v in figures.values())

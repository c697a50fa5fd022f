"""The safety text, built in: shown from the first moment and whatever happens to the
content files (content/safety.toml holds the same words and more; a test keeps the two
equal). Plain strings only, so nothing can stop it from loading."""

from __future__ import annotations

SUMMARY = "TriggerMap informs; it does not diagnose."
BANNER = (
    "Get medical help promptly for numbness in the saddle area, new bladder or bowel "
    "problems, fever, leg weakness that is getting worse, or pain after a major injury."
)
DISCLAIMER = (
    "TriggerMap is for information and learning. It shows which muscles are known to "
    "refer pain to the area you mark; it does not diagnose you, and it does not replace "
    "an examination by a doctor, physical therapist or other qualified health "
    "professional. Pain in the back, buttock or leg has many possible causes besides "
    "trigger points."
)
RED_FLAGS_INTRO = (
    "Get medical care promptly (the same day, or an emergency service if severe) if you "
    "have buttock, back or leg pain together with any of these:"
)
RED_FLAGS = (
    (
        "Numbness or altered feeling in the ‘saddle’ area: the groin, genitals, inner "
        "buttocks or around the back passage."
    ),
    (
        "New problems with your bladder or bowels, such as difficulty passing urine, "
        "loss of control, or not feeling when you need to go."
    ),
    "Fever, chills or feeling generally unwell together with back pain.",
    (
        "Leg weakness that is getting worse, or foot drop (the front of the foot drags "
        "or slaps because you cannot lift it)."
    ),
    "Pain that started after a major injury, such as a bad fall or a road accident.",
    "Unexplained weight loss, or a past history of cancer.",
    "Pain at night that does not ease when you rest or change position.",
    "Swelling, redness or warmth in the calf or leg, which can be a sign of a blood clot.",
)
WHEN_TO_SEE_SOMEONE = (
    "See a doctor, physical therapist or other musculoskeletal professional if the pain "
    "is severe, keeps getting worse, lasts more than a few weeks despite self-care, "
    "keeps coming back, or comes with numbness, tingling or weakness in the leg. A "
    "professional can examine you, look for other causes, and offer treatments such as "
    "myofascial release or dry needling."
)

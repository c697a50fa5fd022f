"""The safety text, built in: shown from the first moment and whatever happens to the
content files. Written by tools/build_safety_text.py from content/safety.toml (a test
keeps the two equal). Plain strings only, so nothing can stop it from loading."""

from __future__ import annotations

SUMMARY = "TriggerMap informs; it does not diagnose."
BANNER = (
    "Get help now for numbness around the genitals or back passage, new bladder or "
    "bowel problems, a swollen, warm, red calf, sudden breathlessness or chest pain, "
    "or pain after a major injury."
)
DISCLAIMER = (
    "TriggerMap is for information and learning. It shows which muscles are known to "
    "refer pain to the area you mark; it does not diagnose you, and it does not "
    "replace an examination by a doctor, physical therapist or other qualified health"
    " professional. Pain in the back, buttock or leg has many possible causes besides"
    " trigger points."
)
RED_FLAGS_INTRO = (
    "Get medical help if you have buttock, back or leg pain together with any of "
    "these. The first seven need help straight away (999 or an emergency department "
    "in the UK); the rest need a doctor soon (for most of them NHS advice is an "
    "urgent GP appointment or NHS 111):"
)
WHEN_TO_SEE_SOMEONE = (
    "See a doctor, physical therapist or other musculoskeletal professional if the "
    "pain is severe, keeps getting worse, lasts more than a few weeks despite "
    "self-care, keeps coming back, or comes with numbness, tingling or weakness in "
    "the leg. A professional can examine you, look for other causes, and offer "
    "treatments such as myofascial release or dry needling."
)
RED_FLAGS = (
    (
        "Numbness or altered feeling in the ‘saddle’ area: the genitals, back passage, "
        "buttocks or inner thighs."
    ),
    (
        "New problems with your bladder or bowels, such as difficulty passing urine, loss"
        " of control, or not feeling when you need to go."
    ),
    "Pain, tingling, numbness or weakness in both legs.",
    (
        "A calf or leg that is swollen, warm, red or darker, and painful: it can be a "
        "blood clot (deep vein thrombosis)."
    ),
    (
        "Sudden breathlessness, chest pain or coughing up blood: a clot may have reached "
        "the lungs (pulmonary embolism)."
    ),
    (
        "Sudden, severe pain with a tight, swollen muscle after an injury or under a "
        "tight plaster cast (compartment syndrome); or a sudden ‘kick’ or snap at the "
        "back of the ankle after which you cannot stand on tiptoe (Achilles tendon "
        "rupture)."
    ),
    (
        "Pain that started after a major injury, such as a bad fall or a road accident, "
        "or not being able to stand or walk on the leg after a fall."
    ),
    (
        "Leg weakness that is getting worse, or foot drop (the front of the foot drags or"
        " slaps because you cannot lift it)."
    ),
    (
        "A high temperature (fever), chills or feeling generally unwell; or a high "
        "temperature or blood in your urine with pain in your side or back just under the"
        " ribs (possible kidney infection)."
    ),
    "Unexplained weight loss, or a past history of cancer.",
    "Pain at night that does not ease when you rest or change position.",
    (
        "Calf, thigh or buttock pain that comes on when you walk and eases after a few "
        "minutes' rest (claudication): see a GP."
    ),
)

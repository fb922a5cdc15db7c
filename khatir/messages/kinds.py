"""Every kind of message Khatir writes and its variants: one template file each
(``templates/{language}/{kind}/{variant}.txt``)."""
from __future__ import annotations

#: Every kind of message and the variants the scripts ask for.  A variant
#: without its own file falls back to ``default.txt`` of the same kind.
KINDS: dict[str, tuple[str, ...]] = {
    "follow_up": (
        "illness",
        "newborn",
        "vehicle_trouble",
        "bereavement",
        "celebration",
        "complaint",
        "busy",
        "default",
    ),
    "win_back": ("default",),
    "first_order": ("default",),
    "check_in": ("default",),
    "meetup_invite": ("interested", "existing", "lost"),
    "meetup_reminder": ("default",),
    "meetup_change": ("default",),
    "meetup_cancelled": ("default",),
    "feedback_reply": ("default",),
    "thank_you": ("default",),
}

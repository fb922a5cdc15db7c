"""One complaint, one apology; one baby, one congratulations: across calls, not only in one day.

A motorcycle showroom's month (the eleventh blind trial): "brake pad niye complain, replacement
dibo" got an apology; four days later "part ashte deri hobe, customer rag korse" got the same
"we are truly sorry about the problem you told us about" again, and four days after that a third.
"ওনার ওয়াইফের ছেলে হয়েছে" got its congratulations; a week later "আকিকা হবে ২৮ তারিখে" got
the very same congratulations, word for word. Each later note is read right on its own (the
complaint goes on; the aqiqah is the baby's), and each is a talk on a later day, so it opens a
follow-up of its own (story rule 1). What is wrong is saying the first message again.

The rule staff can predict: a later note of the same complaint, or of the same household's new
baby, within ``ONE_STORY_DAYS`` of one whose message was **sent**, with no note between saying
that event was over, is the same story: its message thanks them for the news instead of repeating
the apology or the congratulations (the templates' ``again``, as a second get-well already does
for the same person). A complaint is one story whoever it names (a customer's complaint is theirs);
a new baby is one story for the customer, the wife or the husband, and a baby on the way wished well
is no congratulation yet, so the birth after it is still congratulated. A complaint after one that
was put right ("problem solved") is a new complaint, with its apology.
"""
from __future__ import annotations

from datetime import date
from typing import Collection, Iterable

from .followups import FollowUp

#: How long a later note of the event is taken for the same story. A part that comes late is
#: chased over weeks; a baby's aqiqah, naming or first visit comes within its first weeks.
ONE_STORY_DAYS = {"complaint": 30, "newborn": 60}
#: Whose new baby is the customer's household's: one baby, whichever of them the note names.
HOUSEHOLD = frozenset({None, "self", "wife", "husband"})


def _same_person(event: str, later: str | None, earlier: str | None) -> bool:
    if event == "complaint":
        return True
    return later == earlier or (later in HOUSEHOLD and earlier in HOUSEHOLD)


def told_in_story(f: FollowUp, closed: Iterable[FollowUp], sent: Collection[str],
                  ended: Iterable[date]) -> bool:
    """Whether ``f`` goes on a complaint or a new baby whose message was already sent: an earlier
    follow-up of the customer (``closed``: closed by a later note) of the same event and person,
    noted up to ``ONE_STORY_DAYS`` before ``f``'s note, not a baby on the way, and no day in
    ``ended`` (the customer's notes saying that event is over) between the two."""
    window = ONE_STORY_DAYS.get(f.event or "")
    if window is None or f.event is None or f.expected:
        return False
    ended = list(ended)
    return any(g.key in sent and g.note.customer_id == f.note.customer_id and g.event == f.event
               and not g.expected and _same_person(f.event, f.who, g.who)
               and 0 < (f.note.date - g.note.date).days <= window
               and not any(g.note.date < d < f.note.date for d in ended)
               for g in closed)

"""Whether a note says the shop already said it on the phone: "ফোনে সমবেদনা জানিয়েছি", "Gave
condolences on the phone already", "congrats disi", "sorry bolechi".

The condolence, the congratulations or the apology the follow-up message would carry was given
on the call the note is about: a written one days later would say it a second time (trial 5,
M5). The story treats such a note like Done = yes on it (``story.Topic.done``): no message for
its event, while later notes still read the story as before.
"""
from __future__ import annotations

from functools import lru_cache

from .match import phrase_pattern
from .normalise import fold
from .rules import clauses

# What the message would have said: condolences, congratulations, an apology.
_SAYING = phrase_pattern((
    "সমবেদনা", "shomobedona", "somobedona", "condolence", "condolences", "শোক প্রকাশ", "shok prokash",
    "অভিনন্দন", "ovinondon", "obhinondon", "congrats", "congratulation", "congratulations",
    "মোবারকবাদ", "mubarakbad", "muborokbad", "শুভেচ্ছা", "shubhechha", "subhechha",
    "দুঃখ প্রকাশ", "dukkho prokash", "sorry", "সরি", "ক্ষমা চেয়ে", "ক্ষমা চাইছি", "maf chaisi",
    "maf cheyechi", "apology", "apologies", "apologised", "apologized"))
# The shop's side gave it, in the past: "জানিয়েছি", "dilam", "gave", "already".
_GIVEN = phrase_pattern((
    "জানিয়েছি", "জানাইছি", "জানালাম", "জানিয়ে দিয়েছি", "জানায়া দিছি", "janiyechi", "janaisi",
    "janaichi", "janalam", "janiye disi", "diyechi", "দিয়েছি", "দিছি", "দিলাম", "dilam", "disi$",
    "dici$", "প্রকাশ করেছি", "প্রকাশ করলাম", "prokash korsi", "prokash korechi", "বলেছি", "বলছি$",
    "bolechi", "bolsi$", "bollam", "chaisi$", "cheyechi", "চেয়েছি", "gave", "given", "offered",
    "conveyed", "expressed", "already", "ইতিমধ্যে", "আগেই", "age i", "agei",
    "congratulated", "condoled", "apologised", "apologized"))
# Said ahead, not done: "সমবেদনা জানাতে হবে", "will give condolences", "should congratulate".
_AHEAD = phrase_pattern(("hbe$", "হবে", "hobe", "will", "should", "need to", "must", "janate", "জানাতে",
                         "dite$", "দিতে", "please", "pls", "to be", "to give", "to send"))


# ``story.Topic.done`` asks it of every note of every open topic after each new note:
# each note's text is read once.
@lru_cache(maxsize=4096)
def already_said(text: str) -> bool:
    """The note says staff gave the event's condolence, congratulations or apology on the call."""
    if _SAYING is None or _GIVEN is None:
        return False
    for clause in clauses(fold(text)):
        if (_SAYING.search(clause) and _GIVEN.search(clause)
                and not (_AHEAD is not None and _AHEAD.search(clause))):
            return True
    return False

"""The story across calls: later notes about a customer close, move or keep earlier topics.

For each customer, notes are taken in date order (then row order). The rule staff can
predict, in three lines:

1. A note about a talk with the customer on a later day closes every open follow-up of
   theirs: the team has talked to them since. If that note has an event of its own, it
   opens a new one. Notes of the same day are one conversation: each opens its own.
2. A "could not talk" note (no answer, switched off, busy, in a meeting) closes nothing:
   the open topic stays, its date moves to the day the note asks for (or the busy delay),
   and the story records the try ("daughter's fever, 20 Nov; no answer on 22 Nov"). A follow-up
   whose message was due before that call and was sent is done: the note is then its own
   call-back ("abar busy, Sunday call dite bolse" after the Thursday call-back went).
3. A note saying the event is already over ("মেয়ে ভালো হয়ে গেছে", "refund pelo") closes
   the topic and gets no message of its own.

A note with the same event as an open topic of the customer, naming nobody ("meyer jor",
then "bhul hoyechilo, jor na, dengue") or only by a pronoun ("she is still in hospital",
"উনি", "customer asked to call"), is about the same person: it takes that topic's person;
also when the topic's message was sent, if the note says the event goes on ("উনি এখনো
আইসিইউতে"). A pronoun with another event ("or shorir kharap" after the wife's delivery) is
about the person a recent topic named, when it is an illness or a death (``SEQUELS``). A note with no event of its own
that only takes back a call-back day ("not Sunday, call Tuesday") moves the open topics to
the new day, as a "could not talk" note does. On the same day, a note with the same event and person as an open topic is that
topic written twice (two staff, two rows): one follow-up, one message, never two. A later
bereavement note naming nobody else within ``SAME_LOSS_DAYS`` ("Kulkhani shesh" after the
mother's death) is the same loss: part of its follow-up while the condolence waits, an ordinary
talk once it was sent, never a second condolence.

Done = yes on a note closes only that note's follow-up (on a "could not talk" note: that
try; the topic it was for stays open).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable, Iterable

from ..sheet.records import CallNote
from .conveyed import already_said
from .optout import says_wrong_number
from .person import ADDRESSED
from .understand import Reading

BUSY = "busy"
CELEBRATION = "celebration"
# A pronoun with another event than the customer's open topic ("or shorir kharap, c-section er
# por jor" after "wife er delivery hoise") is that topic's person when the topic is this recent:
# long enough for a delivery or a stay in hospital and the talk after it, short enough that
# "she" is not someone the team spoke of a season ago.
RECENT_DAYS = 14
# A death ends the person's story: a pronoun after it is someone else (often the customer); a
# complaint and a busy call are always the customer's own.
NO_SEQUEL = frozenset({"bereavement", "complaint", BUSY})
# The events a pronoun carries across from another event: what happens to a person's body (the
# wife ill after her delivery, the father dead after the ICU). "উনার গাড়ি নষ্ট" after the wife's
# delivery is the customer's car: "উনার" is how staff speak of the customer.
SEQUELS = frozenset({"illness", "bereavement"})
# One loss, several notes: the death, then the Kulkhani, the chollisha (the fortieth day), the
# Shraddha ("Kulkhani shesh, ekhon ektu shamle uthche"). A later bereavement note naming nobody
# else within this many days of the loss's last note is that loss, never a second condolence.
SAME_LOSS_DAYS = 60
LOSS = "bereavement"


@dataclass
class Topic:
    """One follow-up owed from a note, as later notes left it."""

    note: CallNote
    reading: Reading
    event: str | None
    detected: bool  # the event came from the words, not the Event column
    due: date | None
    tries: list[date] = field(default_factory=list)  # later "could not talk" notes
    moved: list[date] = field(default_factory=list)  # later notes that only moved the day
    closed_by: CallNote | None = None
    closed_reading: Reading | None = None
    rows: list[CallNote] = field(default_factory=list)  # same day, same event and person
    follows: "Topic | None" = None  # the open topic of the same event whose person it takes
    # A note saying an open event is over ("ছেলে এখন ভালো আছে" the day after "chele hospital e"):
    # the topic of that event, which it closed (the "already over" row names the day it was noted).
    ended: "Topic | None" = None
    # Later notes of the same loss ("Kulkhani shesh" after "ওনার মা মারা গেছেন"): one condolence
    later: list[CallNote] = field(default_factory=list)
    spoken: list[date] = field(default_factory=list)  # the days later notes spoke of the loss again

    @property
    def notes(self) -> list[CallNote]:
        """Its note, the rows of the same day that wrote it again (in row order) and later notes
        of the same loss: Done = yes on any, or a message sent for any, is this follow-up's."""
        return [self.note, *self.rows, *self.later]

    # A note of the same day saying the condolence, the congratulations or the apology was
    # already given on the phone ("ফোনে সমবেদনা জানিয়েছি"): its message is done (trial 5)
    conveyed: bool = False

    @property
    def done(self) -> bool:
        """Done = yes on any of its rows (they are one follow-up), or a row saying its message was
        already given on the call ("Gave condolences on the phone already")."""
        return self.conveyed or any(n.done or already_said(n.note) for n in self.notes)

    @property
    def person(self) -> tuple[str | None, str | None]:
        """Whom it concerns (who, kin): its own words', or the topic's it continues."""
        return self.follows.person if self.follows is not None else (self.reading.who, self.reading.kin)

    @property
    def open(self) -> bool:
        return self.closed_by is None and not self.over

    @property
    def closed_as_over(self) -> bool:
        """Closed by a later note saying the event is over (not just by a talk)."""
        return self.closed_reading is not None and self.closed_reading.over

    @property
    def over(self) -> bool:
        """The note itself says the event is already over: no message for it."""
        return self.reading.over and self.note.event in (None, self.reading.event)



def due_for(note: CallNote, reading: Reading, event: str | None, delays: dict[str, int | None]) -> date | None:
    """Follow Up On when filled in, else the day the note states, else the event's delay,
    counted from the event's own day when the note gives it ahead ("biye 28 tarikhe")."""
    if note.follow_up_on is not None:
        return note.follow_up_on
    if reading.callback is not None:
        return reading.callback  # "শনিবার ফোন দিতে বলছে", even in an ordinary note
    delay = delays.get(event) if event else None
    if delay is None:
        return None
    return not_before_event(reading, event, note.date + timedelta(days=delay), delay)


def not_before_event(reading: Reading, event: str | None, due: date, delay: int | None = None) -> date:
    """``due``, or later when the note gives the event's own day ahead ("choto bon er biye 28
    tarikhe", "২৫ তারিখে অপারেশন"): no congratulations or "hope he has recovered" before the
    wedding or the operation. It then falls the event's usual delay after that day (at least
    the day after)."""
    if reading.event_day is None or event != reading.event:
        return due
    return max(due, reading.event_day + timedelta(days=max(delay or 0, 1)))


def stories(notes: Iterable[tuple[CallNote, Reading]], delays: dict[str, int | None],
            answered: Callable[[CallNote], bool] = lambda note: False) -> list[Topic]:
    """Every topic opened by a note, with how later notes of the same customer left it.

    ``answered``: whether a note's follow-up message was sent (that topic is not continued
    by a later note naming nobody: the person there is read from the later note's words)."""
    by_customer: dict[str, list[tuple[CallNote, Reading]]] = {}
    for note, reading in notes:
        by_customer.setdefault(note.customer_id, []).append((note, reading))
    topics: list[Topic] = []
    for entries in by_customer.values():
        entries.sort(key=lambda e: (e[0].date, e[0].row))
        open_topics: list[Topic] = []
        first = len(topics)  # this customer's topics are topics[first:]
        for note, reading in entries:
            event = note.event or reading.event
            detected = note.event is None and reading.event is not None
            if reading.who == "relative" and reading.kin in ADDRESSED and (
                    whom := _addressed_before(note, event, topics[first:])) is not None:
                # "bhabi labor room e" after "ওনার ওয়াইফ প্রেগন্যান্ট": the wife, not a sister-in-law
                reading = replace(reading, who=whom[0], kin=whom[1])
            # a wrong number is no talk with the customer either: like "no answer", it closes nothing
            if event == BUSY or event is None and (reading.moves_day or says_wrong_number(note.note)):
                # (only a topic that owes a call: after "ordered saree, happy" a bare "busy,
                # call later" is its own call-back, on its own note, not one on the happy note)
                # (nor one whose message was due before this call and sent: that call-back is
                # done, and "abar busy, Sunday call dite bolse" after it asks for a new one)
                live = [t for t in open_topics if t.open and t.due is not None
                        and not (t.due < note.date and any(answered(n) for n in t.notes))]
                if live:
                    # (Done = yes on a "no answer" note ends that try, not the topic it was for)
                    for t in live:
                        (t.moved if reading.moves_day else t.tries).append(note.date)
                        # (a day the note names wins; the busy delay waits for the event's own day,
                        # and never pulls the follow-up before the day it was already owed: "call
                        # him next week", then "phone dhorlo na", is still next week: trial 14)
                        stated = reading.callback or note.follow_up_on
                        moved = not_before_event(
                            t.reading, t.event, note.date + timedelta(days=delays.get(BUSY) or 1),
                            delays.get(t.event or ""))
                        t.due = stated or (moved if t.due is None else max(t.due, moved))
                    continue
            same = [t for t in open_topics if event is not None and t.event == event and t.open
                    and (reading.still or not any(answered(n) for n in t.notes))]
            earlier = _spoken_of(note, reading, event, open_topics) if not same else None
            twice = _written_twice(note, reading, [
                t for t in topics[first:] if event is not None and t.event == event
                and t.note.date == note.date and t.closed_by is None and not t.over])
            if twice is not None:
                twice.rows.append(note)
                stated = _stated(note, reading)
                if stated is not None and (twice.due is None or _stated(twice.note, twice.reading) is None
                                           or stated < twice.due):
                    twice.due = stated
                open_topics = [t for t in open_topics if not t.done]
                continue
            loss = _same_loss(note, reading, event, topics[first:]) if event == LOSS else None
            if loss is not None:
                # "Kulkhani shesh" after the death: the same loss. Still open with no message sent,
                # it stays that one follow-up (a day the note asks for moves it); once condoled,
                # closed or done, the note is an ordinary talk (only a day it asks for is owed).
                loss.spoken.append(note.date)
                if loss.open and not loss.done and not any(answered(n) for n in loss.notes):
                    loss.later.append(note)
                    stated = _stated(note, reading)
                    if stated is not None:
                        loss.due = stated
                else:
                    loss = None
                    event, detected = None, False
            ended = []
            for t in open_topics:
                if t.open and t is not loss and closes(note, reading, event, t):
                    t.closed_by, t.closed_reading = note, reading
                    ended.append(t)
            open_topics = [t for t in open_topics if t.open]
            if loss is not None:
                open_topics = [t for t in open_topics if not t.done]
                continue
            topic = Topic(note, reading, event, detected, due_for(note, reading, event, delays))
            was = [t for t in ended if reading.over and event is not None and t.event == event]
            if was:
                topic.ended = was[0]
                if not reading.named:
                    topic.follows = was[0]
            elif same and not reading.named and not reading.over:
                topic.follows = same[-1]  # "bhul hoyechilo, jor na, dengue": still the daughter
            elif earlier is not None:
                topic.follows = earlier  # "or shorir kharap" after "wife er delivery": the wife
            elif (before := _same_celebration(note, reading, event, topics[first:])) is not None:
                topic.follows = before  # "biye hoye gelo kal" after "chhoto bhai er biye": the brother's
            topics.append(topic)
            if event is None and already_said(note.note):
                # "ফোনে সমবেদনা জানিয়েছি" in a row of its own, after the death's row
                for t in topics[first:]:
                    if t.note.date == note.date and t.event is not None and t.event != BUSY:
                        t.conveyed = True
            if not topic.done:
                open_topics.append(topic)
    return topics


def _same_celebration(note: CallNote, reading: Reading, event: str | None, earlier: list[Topic]) -> Topic | None:
    """The earlier topic a celebration note naming nobody goes on with: the latest of the same
    celebration (the same occasion, when both say one) within ``SAME_LOSS_DAYS`` that named
    someone other than the customer. "chhoto bhai er biye 20 October", then "biye pichiye gese",
    then "biye hoye gelo kal, bhalo moto": the brother's wedding, held late, not the customer's
    own (trial 5, M10). The talk in between closed the first topic, so rule 8 alone lost him."""
    if event != CELEBRATION or reading.named or reading.over:
        return None
    for t in reversed(earlier):
        if t.note is note or t.event != CELEBRATION or t.note.date >= note.date:
            continue
        if (note.date - t.note.date).days > SAME_LOSS_DAYS:
            return None
        who = t.person[0]
        if who in (None, "self"):
            return None  # the customer's own, or nobody said: the latest celebration decides
        if reading.occasion and t.reading.occasion and reading.occasion != t.reading.occasion:
            return None  # a birthday after the brother's wedding is another celebration
        return t
    return None


def _spoken_of(note: CallNote, reading: Reading, event: str | None, open_topics: list[Topic]) -> Topic | None:
    """The recent open topic of another event whose person a pronoun in ``note`` speaks of ("or
    shorir kharap" after the wife's delivery: the wife), if any: the latest that named someone
    other than the customer."""
    if event not in SEQUELS or reading.named or reading.over or not reading.refers:
        return None
    return next((t for t in reversed(open_topics)
                 if t.open and t.event not in NO_SEQUEL and t.event != event
                 and (note.date - t.note.date).days <= RECENT_DAYS
                 and t.person[0] not in (None, "self")), None)


def _addressed_before(note: CallNote, event: str | None, earlier: list[Topic]) -> tuple[str | None, str | None] | None:
    """Whom "bhabi"/"বৌদি" means in ``note``, when an earlier note of the customer's story of the same
    event said it: the wife ("ওনার ওয়াইফ প্রেগন্যান্ট", then "bhabi labor room e") or the customer
    herself ("customer nije osustho", then "bhabi r onek jor"), the latest such."""
    for t in reversed(earlier):
        if t.event != event or t.note.date > note.date:
            continue
        who, kin = t.person
        if who == "wife" or who == "self" and t.reading.named:
            return who, kin
    return None


def _same_loss(note: CallNote, reading: Reading, event: str | None, earlier: list[Topic]) -> Topic | None:
    """The earlier bereavement of the customer that a later bereavement note continues, if any:
    the latest noted on an earlier day, its last note at most ``SAME_LOSS_DAYS`` before, when the
    note names nobody, the same person, or the earlier named nobody ("Kulkhani shesh", "শ্রাদ্ধ শেষ
    হয়েছে", "ammar chollisha" after "ওনার মা মারা গেছেন"). A note naming someone else ("nanir
    intekal" after the father's death) is another loss, with its own condolence."""
    for t in reversed(earlier):
        if t.event != event or t.note.date >= note.date:
            continue
        if (note.date - max([n.date for n in t.notes] + t.spoken)).days > SAME_LOSS_DAYS:
            return None
        who, kin = t.person
        if reading.named and who is not None and (reading.who != who or kin and reading.kin and reading.kin != kin):
            continue
        return t
    return None


def _written_twice(note: CallNote, reading: Reading, same: list[Topic]) -> Topic | None:
    """The open topic of the same day, event and person that ``note`` writes again, if any."""
    if reading.over:
        return None
    day = [t for t in same if t.note.date == note.date]
    if not reading.named:
        return day[-1] if day else None
    return next((t for t in reversed(day) if t.person == (reading.who, reading.kin)), None)


def _stated(note: CallNote, reading: Reading) -> date | None:
    """The day a note asks for (Follow Up On, or a day in its words), if any."""
    return note.follow_up_on if note.follow_up_on is not None else reading.callback


def closes(note: CallNote, reading: Reading, event: str | None, topic: Topic) -> bool:
    """Whether ``note`` closes the earlier open ``topic``: a talk on a later day does; notes of
    the same day are one conversation written in several rows ("শাশুড়ি অসুস্থ" and "plate
    bhanga chilo" both owe a call), unless one says the other's event is over."""
    if topic.note.date < note.date:
        return True
    return reading.over and event == topic.event

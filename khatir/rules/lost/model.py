"""``Model``: what the shop's history taught (learned, BG/NBD or own gap) and how it
scores and describes itself."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ...i18n import Text, bn_digits, thousands
from .bgnbd import BGNBD, FALLBACK_GAP_DAYS, _sigmoid

LEARNED, FITTED, OWN_GAP = "learned", "bgnbd", "own_gap"
# Why the method was chosen (``Model.why``).
WHY_LEARNED, WHY_SHORT, WHY_NO_DATES, WHY_FORCED, WHY_FEW_BUYERS, WHY_NO_DROPOUT, WHY_NO_FIT = (
    "enough_history", "short_history", "no_dates", "forced", "few_buyers", "no_dropout", "no_fit")
WHY_UNSETTLED = "unsettled"  # the shop's past was enough, but the learning gave no steady answer
ONE_YEAR_DAYS = 365


@dataclass(frozen=True)
class TooFew:
    """Why the learned model was not learnt: too few repeat buyers known one horizon
    back, or too few of them who bought again or did not. The counts go into the
    owner's sentence; ``str`` is the note for the log."""

    known: int  # repeat buyers known ``horizon_days`` before the date judged
    silent: int  # of them, those who made no purchase since
    horizon_days: int

    def __str__(self) -> str:
        return (f"not enough dated history to learn from ({self.known} repeat buyers "
                f"{self.horizon_days} days ago, {self.silent} of them silent since)")


@dataclass(frozen=True)
class Model:
    """What the shop's history taught; ``score`` is the chance of no purchase within the horizon.

    ``method``:

    * ``"learned"``: a small logistic regression learnt from the shop's own recent
      past: for the repeat buyers known ``horizon_days`` before the end of each of a
      few windows (the last ending today), how their recency, frequency and span then
      foretold who bought again by the window's end. Needs the
      Orders tab (purchase dates) and enough repeat buyers.
    * ``"bgnbd"``: BG/NBD fitted on all of the shop's buyers (not enough dated
      history to learn from).
    * ``"own_gap"``: neither could be had; the BG/NBD formula with fixed,
      weakly informative values, so the customer's own count and usual gap decide.
    """

    method: str
    horizon_days: int = 180
    weights: tuple[float, ...] = ()  # learned: one weight per ``_features`` value
    max_repeat: int = 0  # learned: the largest repeat count seen while learning
    shop_gap: float = FALLBACK_GAP_DAYS  # learned: the shop's median days between purchases
    bgnbd: BGNBD | None = None  # bgnbd / own_gap
    trained_on: int = 0  # customers the model learnt from
    learnt_days: int = 0  # learned: the days of the shop's past its windows covered
    note: str = ""
    why: str = WHY_LEARNED  # why this method (WHY_*)
    history_days: int = 0  # days of dated history (Orders tab) the shop had
    not_learnt: TooFew | None = None  # not learned for too few: the counts, for the owner

    def with_history(self, days: int) -> Model:
        return replace(self, history_days=days)

    def explain_choice(self, lang: str = "en", *, before_date: bool = False) -> str:
        """Which method and why, for the run summary and the backtest (one or two sentences).

        ``before_date``: the backtest's, whose history is the days before the date it
        judges on, not all the file covers (the blind trial of stop 28)."""
        why = (BEFORE_DATE_TEXT if before_date else WHY_TEXT).get(self.why, WHY_TEXT[self.why])
        text = why(lang, days=_num(self.history_days, lang), horizon=_num(self.horizon_days, lang))
        if self.not_learnt is not None and self.why in AFTER_NOT_LEARNT:
            text = f"{self._not_learnt(lang)} {AFTER_NOT_LEARNT[self.why](lang)}"
        lines = [f"{self.describe(lang)}{'।' if lang == 'bn' else '.'} {text}"]
        if self.history_days < ONE_YEAR_DAYS:
            lines.append(NO_SEASONS(lang))
        return " ".join(lines)

    def _not_learnt(self, lang: str) -> str:
        """The real reason the shop's own past taught nothing, with its numbers: a shop of
        a thousand buyers is not "too few buyers", but may have had too few repeat buyers
        one horizon back, or too few of them who came back (or who did not)."""
        assert self.not_learnt is not None
        known, silent = self.not_learnt.known, self.not_learnt.silent
        return NOT_LEARNT(lang, known=_num(known, lang), back=_num(known - silent, lang),
                          silent=_num(silent, lang),
                          horizon=_num(self.not_learnt.horizon_days, lang),
                          rows=_num(MIN_LEARN_ROWS, lang), each=_num(MIN_LEARN_CLASS, lang))

    def score(self, x: int, t_x: float, T: float) -> float:
        """Probability of no purchase in the next ``horizon_days`` for (x, t_x, T) in days."""
        if self.method == LEARNED:
            feats = _features(x, t_x, T, self.max_repeat, self.shop_gap)
            z = sum(w * f for w, f in zip(self.weights, feats))
            return _sigmoid(z)
        assert self.bgnbd is not None
        return self.bgnbd.p_silent(x, t_x, T, self.horizon_days)

    def describe(self, lang: str = "en") -> str:
        if self.method == LEARNED:
            return DESCRIBE_LEARNED(lang, n=thousands(self.trained_on, lang),
                                    days=_num(self.learnt_days or self.horizon_days, lang))
        assert self.bgnbd is not None
        if self.method == FITTED:
            return DESCRIBE_FITTED(lang, n=thousands(self.trained_on, lang))
        return DESCRIBE_FALLBACK(lang)


WHY_TEXT = {
    WHY_LEARNED: Text(
        en="Chosen because the order history covers {days} days, enough to learn how this "
           "shop's customers come back.",
        bn="বেছে নেওয়া হয়েছে কারণ অর্ডারের হিসাবে {days} দিনের তারিখ আছে, এই দোকানের "
           "গ্রাহকেরা কীভাবে ফিরে আসেন তা শেখার জন্য যথেষ্ট।"),
    WHY_SHORT: Text(
        en="Not enough dated history to learn from yet ({days} days, too few repeat buyers who "
           "were known {horizon} days ago), so a general model is used.",
        bn="শেখার মতো যথেষ্ট তারিখসহ হিসাব এখনো নেই ({days} দিন; {horizon} দিন আগে চেনা বারবার "
           "কেনা গ্রাহক খুব কম), তাই সাধারণ মডেল ব্যবহার করা হয়েছে।"),
    WHY_NO_DATES: Text(
        en="The order history has no dated purchases, so the Customers columns and a general "
           "model are used.",
        bn="অর্ডারের হিসাবে তারিখসহ কেনাকাটা নেই, তাই গ্রাহক ট্যাবের কলাম আর সাধারণ মডেল ব্যবহার "
           "করা হয়েছে।"),
    WHY_FORCED: Text(en="Chosen in the settings (model = \"bgnbd\").",
                     bn="সেটিংসে বেছে নেওয়া (model = \"bgnbd\")।"),
    WHY_NO_DROPOUT: Text(
        en="The history is too short to learn from ({days} days) and too short for the general "
           "model to see anyone stop buying.",
        bn="হিসাব শেখার জন্য খুব ছোট ({days} দিন), সাধারণ মডেলও কাউকে কেনা বন্ধ করতে দেখেনি।"),
    WHY_FEW_BUYERS: Text(
        en="The shop has too few buyers yet for a model of the whole shop.",
        bn="পুরো দোকানের মডেলের জন্য ক্রেতা এখনো খুব কম।"),
    WHY_NO_FIT: Text(
        en="The general model could not be fitted to these purchases.",
        bn="সাধারণ মডেল এই কেনাকাটায় মেলানো যায়নি।"),
    WHY_UNSETTLED: Text(
        en="This shop's own past ({days} days of orders) gave no steady answer to learn from "
           "this time, so a general model is used.",
        bn="এই দোকানের নিজের হিসাব ({days} দিনের অর্ডার) থেকে এবার স্থির কোনো উত্তর শেখা যায়নি, "
           "তাই সাধারণ মডেল ব্যবহার করা হয়েছে।"),
}
#: ``WHY_TEXT`` in the backtest, where the history counted is the days before its date.
BEFORE_DATE_TEXT = {
    WHY_LEARNED: Text(
        en="Chosen because the order history before this date covers {days} days, enough to "
           "learn how this shop's customers come back.",
        bn="বেছে নেওয়া হয়েছে কারণ এই তারিখের আগের অর্ডারের হিসাবে {days} দিনের তারিখ আছে, এই "
           "দোকানের গ্রাহকেরা কীভাবে ফিরে আসেন তা শেখার জন্য যথেষ্ট।"),
    WHY_SHORT: Text(
        en="Not enough dated history before this date to learn from ({days} days, too few repeat "
           "buyers who were known {horizon} days earlier), so a general model is used.",
        bn="এই তারিখের আগে শেখার মতো যথেষ্ট তারিখসহ হিসাব নেই ({days} দিন; {horizon} দিন আগে "
           "চেনা বারবার কেনা গ্রাহক খুব কম), তাই সাধারণ মডেল ব্যবহার করা হয়েছে।"),
    WHY_NO_DROPOUT: Text(
        en="The history before this date is too short to learn from ({days} days) and too short "
           "for the general model to see anyone stop buying.",
        bn="এই তারিখের আগের হিসাব শেখার জন্য খুব ছোট ({days} দিন), সাধারণ মডেলও কাউকে কেনা বন্ধ "
           "করতে দেখেনি।"),
    WHY_UNSETTLED: Text(
        en="This shop's own past before this date ({days} days of orders) gave no steady answer "
           "to learn from, so a general model is used.",
        bn="এই তারিখের আগের দোকানের নিজের হিসাব ({days} দিনের অর্ডার) থেকে স্থির কোনো উত্তর শেখা "
           "যায়নি, তাই সাধারণ মডেল ব্যবহার করা হয়েছে।"),
}
#: Learning needs this many repeat buyers one horizon back, and this many with each outcome.
MIN_LEARN_ROWS, MIN_LEARN_CLASS = 100, 20
NOT_LEARNT = Text(
    en="Not learnt from this shop's own past: {horizon} days earlier, {known} repeat buyers "
       "were known, {back} of whom bought again and {silent} did not (learning needs at least "
       "{rows}, with {each} who bought again and {each} who did not).",
    bn="এই দোকানের নিজের হিসাব থেকে শেখা যায়নি: {horizon} দিন আগে {known} জন বারবার কেনা "
       "গ্রাহক চেনা ছিলেন, তাঁদের {back} জন আবার কিনেছেন আর {silent} জন কেনেননি (শেখার জন্য "
       "অন্তত {rows} জন লাগে, যাঁদের অন্তত {each} জন আবার কিনেছেন আর {each} জন কেনেননি)।")
#: What follows ``NOT_LEARNT``, by why the method after it was chosen.
AFTER_NOT_LEARNT = {
    WHY_SHORT: Text(en="So a general model is used.", bn="তাই সাধারণ মডেল ব্যবহার করা হয়েছে।"),
    WHY_NO_DROPOUT: Text(
        en="Nor is the history long enough for a general model to tell customers who stopped "
           "from those who buy rarely, so each one is judged by how often they usually buy.",
        bn="সাধারণ মডেলের জন্যও হিসাব এত ছোট যে কেনা বন্ধ করা গ্রাহক আর কম কেনা গ্রাহককে আলাদা করা "
           "যায় না, তাই প্রত্যেককে তিনি সাধারণত কত দিন পরপর কেনেন তা দেখে বিচার করা হয়েছে।"),
    WHY_NO_FIT: WHY_TEXT[WHY_NO_FIT],
}
NO_SEASONS = Text(
    en="Less than a year of history: customers who buy once a year (before Eid, Puja, "
       "Christmas or another season) cannot be recognised yet and may be listed as lost.",
    bn="এক বছরের কম হিসাব: যাঁরা বছরে একবার (ঈদ, পূজা, বড়দিন বা অন্য কোনো মৌসুমের আগে) কেনেন "
       "তাঁদের এখনো চেনা যায় না, তাই তাঁরা হারানো তালিকায় আসতে পারেন।")
DESCRIBE_LEARNED = Text(
    en="learnt from what {n} repeat buyers really did in the last {days} days "
       "(days since last purchase, number of purchases, time between first and last)",
    bn="গত {days} দিনে {n} জন বারবার কেনা গ্রাহক আসলে কী করেছেন তা থেকে শেখা "
       "(শেষ কেনার পর কত দিন, কতবার কেনা, প্রথম থেকে শেষ কেনার সময়)")
# The owner reads these in the summary: the method by name, never its parameters.
DESCRIBE_FITTED = Text(en="a general model of how customers buy and stop buying, fitted on {n} buyers",
                       bn="{n} জন ক্রেতার তথ্যে গ্রাহকেরা কীভাবে কেনেন আর কেনা বন্ধ করেন তার সাধারণ মডেল")
DESCRIBE_FALLBACK = Text(en="judged by how often each customer usually buys",
                         bn="প্রত্যেক গ্রাহক সাধারণত কত দিন পরপর কেনেন, তা দেখে")


def _features(x: int, t_x: float, T: float, max_repeat: int, shop_gap: float) -> tuple[float, ...]:
    """What the learned model looks at, for repeat purchases x, span t_x and age T in days.

    Logs of recency (days since the last purchase), frequency (capped at the
    largest seen while learning) and span, recency x frequency, and "gaps overdue":
    the days since the last purchase counted in the customer's own usual gap,
    shrunk towards the shop's (``(t_x + shop_gap) / (x + 1)`` days), capped at 20.
    """
    recency = max(0.0, T - t_x)
    lr = math.log1p(recency)
    lx = math.log(max(1, min(x, max_repeat))) if max_repeat else math.log(max(1, x))
    overdue = min(OVERDUE_CAP, recency * (x + 1) / (max(0.0, t_x) + shop_gap))
    return (1.0, lr, lx, math.log1p(max(0.0, t_x)), lx * lr, overdue)


OVERDUE_CAP = 20.0


def _num(value: int, lang: str) -> str:
    return bn_digits(value) if lang == "bn" else str(value)


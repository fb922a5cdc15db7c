"""The backtest in the owner's words, and the settings it suggests for this shop.

``format_table`` (in ``khatir.backtest``) is for whoever tunes the model; this is
for the shop owner: what the lost list would have found on a past date, how many
of those customers really never came back, how that compares with the plain
"no purchase for 90 days" rule, which method was used and why, and a suggested
``lost_share`` for this shop, chosen from ``BacktestResult.tries``.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from .backtest import BacktestResult, ShareTry
from .i18n import Counted, Text, localise_digits, thousands
from .orders_file import OrderLog
from .messages.filters import long_date
from .rules.lost.seasonal import festivals_without_next
from .rules.lost.settings import LostSettings, at_risk_share_for

#: A try is acceptable when it finds at least this share of the customers who left...
MIN_RECALL = 0.3
#: ...is not less precise than the longest silent by more than this...
MATCH_SLACK = 0.01
#: ...and is this much more precise than the plain rule.
PLAIN_MARGIN = 0.05
#: The list is behind the longest silence, in a sentence of its own, when the same number
#: of customers silent the longest was this much more precise (farm dealer before the
#: planting season, the seasonal trial: 38% against 49%).
BEHIND_MARGIN = 0.03
#: With fewer customers who left, the tries differ by a handful of people: no suggestion.
MIN_LOST_TO_SUGGEST = 30

HEAD = Text(en="What the lost list would have found on {cal} (checked against purchases up to {end}):",
            bn="{cal} তারিখে হারানো তালিকা কী খুঁজে পেত ({end} পর্যন্ত কেনাকাটার সাথে মিলিয়ে):")
FOUND = Text(
    en="- It would have named {n} of your {pop} repeat buyers as lost. {tp} of them ({p}) really "
       "never came back; that is {r} of all {lost} repeat buyers who did not come back.",
    bn="- আপনার {pop} জন বারবার কেনা গ্রাহকের মধ্যে {n} জনকে হারানো বলত। তাঁদের {tp} জন ({p}) "
       "সত্যিই আর ফেরেননি; যাঁরা আর ফেরেননি সেই {lost} জনের {r}।")
FOUND_NONE = Text(en="- It would have named nobody as lost (of {pop} repeat buyers on that date).",
                  bn="- কাউকেই হারানো বলত না (সেই তারিখে {pop} জন বারবার কেনা গ্রাহকের মধ্যে)।")
PLAIN = Text(
    en="- \"No purchase for more than {days} days\" would have named {n}, of whom {p} never "
       "came back; that is {r} of those who did not come back.",
    bn="- \"{days} দিনের বেশি কেনাকাটা নেই\" নিয়মে {n} জন আসত, তাঁদের {p} আর ফেরেননি; যাঁরা আর "
       "ফেরেননি তাঁদের {r}।")
PLAIN_NONE = Text(
    en="- \"No purchase for more than {days} days\" would have named nobody: no repeat buyer "
       "had been silent that long.",
    bn="- \"{days} দিনের বেশি কেনাকাটা নেই\" নিয়মে কেউ আসত না: কোনো বারবার কেনা গ্রাহক এত দিন "
       "চুপ ছিলেন না।")
MATCHED = Text(
    en="- About as many customers taken by the longest silence alone ({n}, no purchase for "
       "{days} days or more): {p} never came back.",
    bn="- যাঁরা সবচেয়ে বেশি দিন কেনেননি এমন প্রায় সমান সংখ্যক গ্রাহক নিলে ({n} জন, {days} দিন "
       "বা তার বেশি কেনাকাটা নেই): {p} আর ফেরেননি।")
LAST_YEAR_SEASON = Counted(
    one="- 1 customer whose season was coming (seen in last year's season only, or before a listed "
        "festival), was at risk rather than lost; {outcome}.",
    en="- {n} customers whose season was coming (seen in last year's season only, or before a "
       "listed festival), were at risk rather than lost; {k} of them ({p}) never came back.",
    bn="- মৌসুম আসছিল এমন {n} জন গ্রাহক (শুধু গত বছরের মৌসুমে, বা তালিকার কোনো উৎসবের আগে কিনেছেন) "
       "হারানো নয়, ঝুঁকিতে ছিলেন; তাঁদের {k} জন ({p}) আর ফেরেননি।",
    bn_one="- মৌসুম আসছিল এমন ১ জন গ্রাহক (শুধু গত বছরের মৌসুমে, বা তালিকার কোনো উৎসবের আগে কিনেছেন) "
           "হারানো নয়, ঝুঁকিতে ছিলেন; {outcome}।")
ONE_GONE = Text(en="they never came back", bn="তিনি আর ফেরেননি")
ONE_BACK = Text(en="they bought again", bn="তিনি আবার কিনেছেন")
#: A check after the date shorter than this: said plainly, and no setting suggested by it.
SHORT_CHECK_DAYS = 90
SHORT_CHECK = Counted(
    one="- Only 1 day after this date is checked: a customer who buys less often than that, or "
        "only in a season after {end}, counts here as never come back. For a surer check choose "
        "an earlier date with --calibration.",
    en="- Only {days} days after this date are checked: a customer who buys less often than "
       "that, or only in a season after {end}, counts here as never come back. For a surer check "
       "choose an earlier date with --calibration.",
    bn="- এই তারিখের পর মাত্র {days} দিন মিলিয়ে দেখা হয়েছে: যিনি এর চেয়ে কম ঘনঘন কেনেন, বা শুধু "
       "{end}-এর পরের কোনো মৌসুমে কেনেন, তিনিও এখানে \"আর ফেরেননি\" বলে গোনা হয়েছেন। আরও "
       "নিশ্চিত যাচাইয়ের জন্য --calibration দিয়ে আগের কোনো তারিখ দিন।")
#: A check shorter than a year: a customer who buys in a later season counts as gone.
SEASON_NOTE = Text(
    en="- Checked up to {end}, {days} days after this date: a customer who buys only in a "
       "season after that counts here as never come back.",
    bn="- এই তারিখের পর {days} দিন, {end} পর্যন্ত মিলিয়ে দেখা হয়েছে: যিনি শুধু এর পরের কোনো "
       "মৌসুমে কেনেন, তিনিও এখানে \"আর ফেরেননি\" বলে গোনা হয়েছেন।")
YEAR_DAYS = 365
METHOD = Text(en="Method: {text}", bn="পদ্ধতি: {text}")
#: The festival dates of the settings, said so the owner sees they were read (the blind trial of
#: stop 28: a [lost.festivals] table changed nothing it could see, and nothing said it was used).
FESTIVALS_READ = Text(
    en="Festival dates from your settings: {names}. A customer who buys in the weeks before one "
       "is judged by its next date, not by the calendar.",
    bn="আপনার সেটিংসের উৎসবের তারিখ: {names}। যিনি এর কোনোটির আগের সপ্তাহগুলোতে কেনেন, তাঁকে "
       "ক্যালেন্ডার নয়, সেই উৎসবের পরের তারিখ দেখে বিচার করা হয়।")
SEASONS_READ = Text(
    en="Seasons from your settings: {names}. A customer who buys during one is judged by its next "
       "time, not by their usual gap.",
    bn="আপনার সেটিংসের মৌসুম: {names}। যিনি এর কোনোটিতে কেনেন, তাঁকে তাঁর সাধারণ ব্যবধান নয়, এর "
       "পরের বারের সময় দেখে বিচার করা হয়।")
KEEP_YOURS = Text(en="Suggestion: your setting suits this shop (lost_share = {share} in [lost]).",
                  bn="পরামর্শ: আপনার দেওয়া সেটিংই এই দোকানের জন্য ঠিক আছে ([lost]-এ lost_share = {share})।")
KEEP = Text(en="Suggestion: the defaults suit this shop (lost_share = {share} in [lost]).",
            bn="পরামর্শ: এই দোকানের জন্য ডিফল্টই ঠিক আছে ([lost]-এ lost_share = {share})।")
SUGGEST = Text(
    en="Suggestion: write lost_share = {share} under [lost] in config/settings.toml. On this date "
       "it would have named {n}, {p} of whom never came back, finding {r} of those who left.",
    bn="পরামর্শ: config/settings.toml-এ [lost]-এর নিচে lost_share = {share} লিখুন। এই তারিখে "
       "এটি {n} জনকে হারানো বলত, তাঁদের {p} আর ফেরেননি; যাঁরা চলে গেছেন তাঁদের {r} খুঁজে পেত।")
SUGGEST_BOTH = Text(
    en="Suggestion: write lost_share = {share} and at_risk_share = {risk} under [lost] in "
       "config/settings.toml (the at-risk list must be at least as wide as the lost list). On "
       "this date it would have named {n}, {p} of whom never came back, finding {r} of those who left.",
    bn="পরামর্শ: config/settings.toml-এ [lost]-এর নিচে lost_share = {share} আর at_risk_share = "
       "{risk} লিখুন (ঝুঁকির তালিকা হারানো তালিকার চেয়ে ছোট হতে পারে না)। এই তারিখে এটি {n} জনকে "
       "হারানো বলত, তাঁদের {p} আর ফেরেননি; যাঁরা চলে গেছেন তাঁদের {r} খুঁজে পেত।")
NO_GOOD_SILENCE = Text(
    en="Suggestion: no setting did clearly better than the longest silence here, and the list "
       "did worse than it: call first the customers whose last purchase is the oldest (the days "
       "since it are in the Why column of Follow-ups), not the list from the top, and call before "
       "you send.",
    bn="পরামর্শ: এখানে কোনো সেটিং সবচেয়ে লম্বা সময় না কেনার চেয়ে স্পষ্ট ভালো করেনি, আর তালিকাটি "
       "এর চেয়ে খারাপ করেছে: তালিকার ওপর থেকে নয়, যাঁদের শেষ কেনাকাটা সবচেয়ে পুরোনো তাঁদের আগে "
       "ফোন করুন (কত দিন কেনেননি তা ফলো-আপ তালিকা (Follow-ups) ট্যাবের কেন (Why) কলামে আছে), আর বার্তা পাঠানোর আগে ফোন করুন।")
#: No other share did better, and one of the simple rules did a little better than the list
#: (less than ``BEHIND_MARGIN``, or the 90-day rule): no "read the list from the top".
NO_GOOD_CLOSE = Text(
    en="Suggestion: no other lost_share did clearly better here, and the simple rules above did "
       "a little better than the list: call before you send, and check the list on another date "
       "(--calibration) before you trust its order.",
    bn="পরামর্শ: এখানে অন্য কোনো lost_share স্পষ্ট ভালো করেনি, আর ওপরের সহজ নিয়মগুলো তালিকার "
       "চেয়ে একটু ভালো করেছে: বার্তা পাঠানোর আগে ফোন করুন, আর তালিকার ক্রমে ভরসা করার আগে অন্য "
       "তারিখে (--calibration) মিলিয়ে দেখুন।")
#: The check after the date was too short to choose a setting by (``SHORT_CHECK_DAYS``).
SHORT_SUGGEST = Text(
    en="Suggestion: none from so short a check; run it again with an earlier date "
       "(--calibration), at least {days} days before your last order ({end}).",
    bn="পরামর্শ: এত ছোট যাচাই থেকে কোনো পরামর্শ নয়; আগের কোনো তারিখ দিয়ে (--calibration) আবার "
       "চালান, আপনার শেষ অর্ডারের ({end}) অন্তত {days} দিন আগের।")
NO_GOOD = Text(
    en="Suggestion: no other lost_share did clearly better here (as precise as the longest "
       "silence, and {margin} points more than \"no purchase for more than {days} days\"); "
       "keep yours, read the list from the top (most likely lost first) and call before you "
       "send.",
    bn="পরামর্শ: এখানে অন্য কোনো lost_share স্পষ্ট ভালো করেনি (যাঁরা সবচেয়ে বেশি দিন কেনেননি "
       "তাঁদের সমান নির্ভুল, আর \"{days} দিনের বেশি কেনাকাটা নেই\"-এর চেয়ে {margin} পয়েন্ট "
       "বেশি); এখনকারটিই রাখুন, তালিকাটি ওপর থেকে পড়ুন (সবচেয়ে সম্ভাব্য হারানো আগে) আর বার্তা "
       "পাঠানোর আগে ফোন করুন।")


#: ``TOO_FEW`` when more of the orders lie after the date than before it: a later date helps,
#: not more history (the blind trial of stop 28: an early date in a 13-month file).
TOO_FEW_LATER = Counted(
    one="Suggestion: only {lost} repeat buyer left after this date, too few to choose a setting "
        "by; choose a later date with --calibration (your orders go on to {end}).",
    en="Suggestion: only {lost} repeat buyers left after this date, too few to choose a setting "
       "by; choose a later date with --calibration (your orders go on to {end}).",
    bn="পরামর্শ: এই তারিখের পর মাত্র {lost} জন বারবার কেনা গ্রাহক আর ফেরেননি, সেটিং বাছার জন্য "
       "খুব কম; --calibration দিয়ে পরের কোনো তারিখ দিন (আপনার অর্ডার {end} পর্যন্ত আছে)।")
TOO_FEW = Counted(
    one="Suggestion: only {lost} repeat buyer left after this date, too few to choose a setting "
        "by; run this again when the shop has more history.",
    en="Suggestion: only {lost} repeat buyers left after this date, too few to choose a setting "
       "by; run this again when the shop has more history.",
    bn="পরামর্শ: এই তারিখের পর মাত্র {lost} জন বারবার কেনা গ্রাহক আর ফেরেননি, সেটিং বাছার জন্য "
       "খুব কম; দোকানের হিসাব আরও জমলে আবার চালান।")
NOBODY_LEFT = Text(
    en="Suggestion: every repeat buyer came back after this date, so there is nothing to choose "
       "a setting by yet; run this again when the shop has more history.",
    bn="পরামর্শ: এই তারিখের পর সব বারবার কেনা গ্রাহকই আবার কিনেছেন, তাই সেটিং বাছার মতো কিছু "
       "এখনো নেই; দোকানের হিসাব আরও জমলে আবার চালান।")
# A rule that named only a handful is no yardstick: one right guess is "100%".
FEW_TO_COMPARE = 10
FEW_PLAIN = Counted(
    one="- \"No purchase for more than {days} days\" named only {n} customer, too few to "
        "compare the list with.",
    en="- \"No purchase for more than {days} days\" named only {n} customers, too few to "
       "compare the list with.",
    bn="- \"{days} দিনের বেশি কেনাকাটা নেই\" নিয়মে মাত্র {n} জন আসতেন, তালিকার সঙ্গে তুলনার জন্য খুব কম।")
WORSE = Text(
    en="- Here the list did worse than \"no purchase for more than {days} days\" ({p} against "
       "{q} never came back): use it as a call list from the top (most likely lost first), and check it "
       "on your own past at other dates (--calibration) before you trust it more than that rule.",
    bn="- এখানে তালিকাটি \"{days} দিনের বেশি কেনাকাটা নেই\" নিয়মের চেয়ে খারাপ করেছে ({p} বনাম "
       "{q} আর ফেরেননি): এটি ওপর থেকে ফোন করার তালিকা হিসেবে ব্যবহার করুন (সবচেয়ে সম্ভাব্য "
       "হারানো আগে), আর ওই নিয়মের চেয়ে বেশি ভরসা করার আগে অন্য তারিখে (--calibration) নিজের "
       "পুরোনো হিসাবে মিলিয়ে দেখুন।")

BEHIND = Text(
    en="- Here the list did worse than the longest silence ({p} against {q} never came back): "
       "the customers silent the longest were the surer call on this date; check other dates "
       "(--calibration) before you trust the list's order more than the days since the last "
       "purchase.",
    bn="- এখানে তালিকাটি সবচেয়ে লম্বা সময় না কেনার চেয়ে খারাপ করেছে ({p} বনাম {q} আর ফেরেননি): "
       "এই তারিখে সবচেয়ে বেশি দিন না কেনা গ্রাহকেরাই বেশি নিশ্চিতভাবে চলে গিয়েছিলেন; শেষ "
       "কেনাকাটার পর কত দিন গেছে তার চেয়ে তালিকার ক্রমে বেশি ভরসা করার আগে অন্য তারিখে "
       "(--calibration) মিলিয়ে দেখুন।")


def behind_silence(result: BacktestResult) -> bool:
    """Whether the same number of customers taken by the longest silence alone did clearly
    better than the list (by ``BEHIND_MARGIN``): then the report says so, and does not
    tell the owner to trust the list's order."""
    model, matched = result.method("model"), result.method("matched")
    return (bool(model.flagged) and model.precision is not None
            and matched.precision is not None
            and matched.precision - model.precision >= BEHIND_MARGIN)

#: ``WORSE`` when the longest silence did better too: no "use it from the top".
WORSE_BOTH = Text(
    en="- Here the list did worse than \"no purchase for more than {days} days\" ({p} against "
       "{q} never came back): check it on your own past at other dates (--calibration) before you trust "
       "it more than that rule.",
    bn="- এখানে তালিকাটি \"{days} দিনের বেশি কেনাকাটা নেই\" নিয়মের চেয়ে খারাপ করেছে ({p} বনাম "
       "{q} আর ফেরেননি): ওই নিয়মের চেয়ে বেশি ভরসা করার আগে অন্য তারিখে (--calibration) নিজের "
       "পুরোনো হিসাবে মিলিয়ে দেখুন।")


def a_little_behind(result: BacktestResult, pct: Callable[[float | None], str]) -> bool:
    """Whether the list's share that never came back, as the report prints it, is below the
    longest silence's or the 90-day rule's (a rule that named too few to compare aside)."""
    model, fixed, matched = (result.method(k) for k in ("model", "fixed", "matched"))
    p = model.precision or 0.0
    rivals = [matched] + ([fixed] if (fixed.flagged or 0) >= FEW_TO_COMPARE else [])
    return any(r.precision is not None and pct(r.precision) != pct(p) and r.precision > p
               for r in rivals)


def suggest_share(result: BacktestResult) -> ShareTry | None:
    """The try that finds the most customers who left while staying about as precise as
    the longest silence and clearly more precise than the plain rule (``None``: none).

    Shares that name the very same customers (the list's floor, or the fixed thresholds,
    can decide its length) are one choice: the current setting when it is among them,
    otherwise the smallest share."""
    fixed = result.method("fixed").precision or 0.0
    current = result.settings.lost_share
    good = [t for t in result.tries
            if t.flagged and t.precision is not None and t.recall is not None
            and t.recall >= MIN_RECALL and t.precision >= fixed + PLAIN_MARGIN
            and t.precision >= (t.matched_precision or 0.0) - MATCH_SLACK]
    return max(good, key=lambda t: (t.recall, abs(t.share - current) < 1e-9, -t.share),
               default=None)


def plain_report(result: BacktestResult, lang: str = "en") -> str:
    """A few sentences for the owner, in their language."""
    def num(v: int) -> str:
        return thousands(v, lang)

    def pct(v: float | None) -> str:
        return localise_digits("-" if v is None else f"{round(100 * v)}%", lang)

    model, fixed, matched = (result.method(k) for k in ("model", "fixed", "matched"))
    lines = [HEAD(lang, cal=long_date(result.calibration, lang, year=True),
                  end=long_date(result.end, lang, year=True))]
    if model.flagged:
        tp = round((model.precision or 0.0) * model.flagged)
        lines.append(FOUND(lang, n=num(model.flagged), pop=num(result.customers), tp=num(tp),
                           p=pct(model.precision), r=pct(model.recall),
                           lost=num(result.truly_lost)))
    else:
        lines.append(FOUND_NONE(lang, pop=num(result.customers)))
    if fixed.flagged:
        lines.append(PLAIN(lang, days=num(fixed.cutoff_days or 0), n=num(fixed.flagged),
                           p=pct(fixed.precision), r=pct(fixed.recall)))
    else:
        lines.append(PLAIN_NONE(lang, days=num(fixed.cutoff_days or 0)))
    if model.flagged:
        lines.append(MATCHED(lang, n=num(matched.flagged or 0), days=num(matched.cutoff_days or 0),
                             p=pct(matched.precision)))
    if model.flagged and fixed.flagged and fixed.flagged < FEW_TO_COMPARE:
        lines.append(FEW_PLAIN(lang, fixed.flagged, days=num(fixed.cutoff_days or 0),
                               n=num(fixed.flagged)))
    elif model.flagged and fixed.flagged and pct(model.precision) != pct(fixed.precision) \
            and (model.precision or 0.0) < (fixed.precision or 0.0):
        # the suggestion below may only say "no setting did clearly better": say plainly
        # that the list did worse here, and what to do with it
        worse = WORSE_BOTH if behind_silence(result) else WORSE
        lines.append(worse(lang, days=num(fixed.cutoff_days or 0), p=pct(model.precision),
                           q=pct(fixed.precision)))
    if behind_silence(result):  # the other yardstick, said as plainly
        lines.append(BEHIND(lang, p=pct(model.precision), q=pct(matched.precision)))
    held, gone = result.last_year_season
    if held:  # the owner sees whether holding them back was right in this shop
        lines.append(LAST_YEAR_SEASON(lang, held, n=num(held), k=num(gone), p=pct(gone / held),
                                      outcome=(ONE_GONE if gone else ONE_BACK)(lang)))
    end = long_date(result.end, lang, year=True)
    if result.holdout_days < SHORT_CHECK_DAYS:  # "100% never came back" after one day
        lines.append(SHORT_CHECK(lang, result.holdout_days, days=num(result.holdout_days), end=end))
    elif result.holdout_days < YEAR_DAYS:
        lines.append(SEASON_NOTE(lang, days=num(result.holdout_days), end=end))
    lines.append(METHOD(lang, text=result.model.explain_choice(lang, before_date=True)))
    if result.settings.festivals:
        names = ", ".join(f"{name} ({', '.join(long_date(d, lang, year=True) for d in days)})"
                          for name, days in result.settings.festivals)
        lines.append(FESTIVALS_READ(lang, names=names))
        # (after the date judged: the backtest pretends it is today)
        lines += festivals_without_next(result.settings.festivals, result.calibration, lang,
                                        "config/settings.toml")
    if result.settings.seasons:  # said like the festivals (stop 30's second re-trial)
        names = ", ".join(f"{name} ({_month_day(first, lang)}–{_month_day(last, lang)})"
                          for name, first, last in result.settings.seasons)
        lines.append(SEASONS_READ(lang, names=names))
    lines.append(suggestion(result, lang, num, pct))
    return "\n".join(lines)


def _month_day(md: tuple[int, int], lang: str) -> str:
    """"15 November", "১৫ নভেম্বর"."""
    return long_date(date(2000, *md), lang)


def suggestion(result: BacktestResult, lang: str, num: Callable[[int], str],
               pct: Callable[[float | None], str]) -> str:
    """The last line: a setting to write, keep the defaults, or why none can be chosen
    (nobody left, or too few to tell one setting from another)."""
    best = suggest_share(result)
    # a value to type into settings.toml keeps English digits in every language: TOML
    # cannot read "০.৭৫" (the seasonal trial's MUST-2)
    share = f"{best.share:g}" if best else ""
    end = long_date(result.end, lang, year=True)
    if result.truly_lost == 0:
        return NOBODY_LEFT(lang)
    if result.truly_lost < MIN_LOST_TO_SUGGEST:
        # an early date in a long file: a later one helps, not more history
        later = result.holdout_days >= 2 * max(result.model.history_days, SHORT_CHECK_DAYS)
        return (TOO_FEW_LATER if later else TOO_FEW)(lang, result.truly_lost,
                                                       lost=num(result.truly_lost), end=end)
    if result.holdout_days < SHORT_CHECK_DAYS:
        return SHORT_SUGGEST(lang, days=num(SHORT_CHECK_DAYS), end=end)
    if best is None:
        if behind_silence(result):
            return NO_GOOD_SILENCE(lang)
        if a_little_behind(result, pct):
            return NO_GOOD_CLOSE(lang)
        return NO_GOOD(lang, days=num(result.method("fixed").cutoff_days or 0),
                       margin=num(round(100 * PLAIN_MARGIN)))
    if abs(best.share - result.settings.lost_share) < 1e-9:
        default = abs(best.share - LostSettings().lost_share) < 1e-9
        return (KEEP if default else KEEP_YOURS)(lang, share=share)
    risk = at_risk_share_for(best.share, result.settings.at_risk_share)
    if risk != result.settings.at_risk_share:
        return SUGGEST_BOTH(lang, share=share, risk=f"{risk:g}",
                            n=num(best.flagged), p=pct(best.precision), r=pct(best.recall))
    return SUGGEST(lang, share=share, n=num(best.flagged), p=pct(best.precision),
                   r=pct(best.recall))


READ = Counted(one="Read {k} order row.", en="Read {k} order rows.",
               bn="{k}টি অর্ডারের সারি পড়া হয়েছে।")
#: ``READ`` when rows were left out: every row read, then those kept, so that the counts
#: left out below add up (the blind trial of stop 28 read "Read 7,862 order rows. 1,144
#: rows are cancelled" as 1,144 of the 7,862).
READ_KEPT = Counted(
    one="Read {total} order rows; {k} of them is an order or a refund and is counted below.",
    en="Read {total} order rows; {k} of them are orders or refunds and are counted below.",
    bn="{total}টি অর্ডারের সারি পড়া হয়েছে; তার মধ্যে {k}টি অর্ডার বা ফেরত, সেগুলোই নিচে গোনা হয়েছে।")
NO_CUSTOMER_ROWS = Counted(
    one="{k} row has no customer ID and was left out (sales to unknown customers cannot be "
        "followed).",
    en="{k} rows have no customer ID and were left out (sales to unknown customers cannot be "
       "followed).",
    bn_one="{k}টি সারিতে গ্রাহক আইডি নেই, সেটি বাদ গেছে (অচেনা ক্রেতার কেনাকাটা অনুসরণ করা "
           "যায় না)।",
    bn="{k}টি সারিতে গ্রাহক আইডি নেই, সেগুলো বাদ গেছে (অচেনা ক্রেতার কেনাকাটা অনুসরণ করা "
       "যায় না)।")
UNREADABLE_ROWS = Counted(
    one="{k} row could not be read as an order (no date, or a total line) and was left out.",
    en="{k} rows could not be read as an order (no date, or a total line) and were left out.",
    bn_one="{k}টি সারি অর্ডার হিসেবে পড়া যায়নি (তারিখ নেই, বা যোগফলের সারি), সেটি বাদ গেছে।",
    bn="{k}টি সারি অর্ডার হিসেবে পড়া যায়নি (তারিখ নেই, বা যোগফলের সারি), সেগুলো বাদ গেছে।")
NOT_BOUGHT_ROWS = Counted(
    one="{k} row is a cancelled or returned order (by its status) and was left out: it is not "
        "a purchase.",
    en="{k} rows are cancelled or returned orders (by their status) and were left out: they "
       "are not purchases.",
    bn_one="অবস্থা কলামে বাতিল বা ফেরত লেখা {k}টি সারিও বাদ গেছে: এটি কেনাকাটা নয়।",
    bn="অবস্থা কলামে বাতিল বা ফেরত লেখা {k}টি সারিও বাদ গেছে: এগুলো কেনাকাটা নয়।")
NOT_SALES_ROWS = Counted(  # a refund row of its own (Credit Note, Refund) is read as a refund
    one="{k} row is no sale by its transaction type ({types}) and was left out: money paid "
        "for an old bill, or the shop's own money (a Cash Out, a transfer), is not a purchase.",
    en="{k} rows are no sales by their transaction type ({types}) and were left out: money "
       "paid for an old bill, or the shop's own money (a Cash Out, a transfer), is not a "
       "purchase.",
    bn_one="লেনদেনের ধরন বিক্রি নয় ({types}) এমন {k}টি সারি বাদ গেছে: পুরোনো বাকির টাকা জমা, "
           "বা দোকানের নিজের টাকা (ক্যাশ আউট, ট্রান্সফার) কেনাকাটা নয়।",
    bn="লেনদেনের ধরন বিক্রি নয় ({types}) এমন {k}টি সারি বাদ গেছে: পুরোনো বাকির টাকা জমা, "
       "বা দোকানের নিজের টাকা (ক্যাশ আউট, ট্রান্সফার) কেনাকাটা নয়।")
WALK_IN_ROWS = Counted(
    one="{k} row is a sale to the walk-in ledger (Cash, Walk-in, Guest) and was left out: it "
        "names no one customer.",
    en="{k} rows are sales to the walk-in ledger (Cash, Walk-in, Guest) and were left out: "
       "they name no one customer.",
    bn_one="নগদ বা অতিথি খাতার (Cash, Walk-in, নগদ বিক্রি) {k}টি বিক্রির সারি বাদ গেছে: এটি "
           "কোনো একজন ক্রেতার নয়।",
    bn="নগদ বা অতিথি খাতার (Cash, Walk-in, নগদ বিক্রি) {k}টি বিক্রির সারি বাদ গেছে: এগুলো "
       "কোনো একজন ক্রেতার নয়।")
MASKED_ROWS = Counted(
    one="{k} row has a masked number (017XXXX5678) and could not be matched to one customer: "
        "it was left out.",
    en="{k} rows have a masked number (017XXXX5678) and could not be matched to one customer: "
       "they were left out.",
    bn_one="{k}টি সারিতে নম্বরের মাঝখান ঢাকা (017XXXX5678), কোনো একজন গ্রাহকের সঙ্গে মেলানো "
           "যায়নি: সেটি বাদ গেছে।",
    bn="{k}টি সারিতে নম্বরের মাঝখান ঢাকা (017XXXX5678), কোনো একজন গ্রাহকের সঙ্গে মেলানো "
       "যায়নি: সেগুলো বাদ গেছে।")
DATED_ABOVE_ROWS = Counted(
    one="{k} row has no date of its own (blank, or 〃) and took the date of the row above.",
    en="{k} rows have no date of their own (blank, or 〃) and took the date of the row above.",
    bn_one="নিজের তারিখ নেই (ফাঁকা, বা 〃/ঐ) এমন {k}টি সারি ওপরের সারির তারিখ পেয়েছে।",
    bn="নিজের তারিখ নেই (ফাঁকা, বা 〃/ঐ) এমন {k}টি সারি ওপরের সারির তারিখ পেয়েছে।")
FUTURE_ROWS = Counted(
    one="{k} row is dated after today and was left out: check its year.",
    en="{k} rows are dated after today and were left out: check their year.",
    bn_one="আজকের পরের তারিখের {k}টি সারি বাদ গেছে: সালটি ঠিক আছে কি না দেখুন।",
    bn="আজকের পরের তারিখের {k}টি সারি বাদ গেছে: সালগুলো ঠিক আছে কি না দেখুন।")


FUTURE_MONTH_FIRST = Counted(
    one="{k} row is dated after today and was left out. Every date in the file could be "
        "day/month or month/day and was read day first (03/04 as 3 April); read month first, "
        "it would not be after today, so the file may be month first (as US Excel saves it): "
        "save its dates as yyyy-mm-dd (2026-11-25) and run again.",
    en="{k} rows are dated after today and were left out. Every date in the file could be "
       "day/month or month/day and was read day first (03/04 as 3 April); read month first, "
       "most would not be after today, so the file may be month first (as US Excel saves it): "
       "save its dates as yyyy-mm-dd (2026-11-25) and run again.",
    bn="আজকের পরের তারিখের {k}টি সারি বাদ গেছে। ফাইলের প্রতিটি তারিখ দিন/মাস বা মাস/দিন দুইভাবেই "
       "পড়া যায়, আর দিন আগে ধরে পড়া হয়েছে (03/04 মানে ৩ এপ্রিল); মাস আগে ধরে পড়লে বেশিরভাগ আজকের "
       "পরে পড়ত না, তাই ফাইলটি সম্ভবত মাস আগে লেখা (যেমন US Excel সেভ করে): তারিখগুলো "
       "yyyy-mm-dd (2026-11-25) আকারে সেভ করে আবার চালান।")


def read_line(log: OrderLog, lang: str) -> str:
    """What was read, so the owner can check it against the file before trusting the figures."""
    kept = len(log.orders)
    total = kept + log.skipped + log.future
    parts = [READ(lang, kept, k=thousands(kept, lang)) if total == kept else
             READ_KEPT(lang, kept, k=thousands(kept, lang), total=thousands(total, lang))]
    return " ".join(parts + left_out(log, lang))


def left_out(log: OrderLog, lang: str, future: bool = True) -> list[str]:
    """One sentence for each kind of row left out of ``log`` (no customer, cancelled, dated
    after today, ...), for the backtest's first line and the daily run's summary when it
    reads the Orders tab as a shop system's export (``future``: with the rows dated after
    today; the daily run puts those in Problems instead)."""
    unreadable = log.skipped - log.no_customer - log.not_bought - log.walk_in - log.masked
    not_sales = sum(k for _, k in log.not_sales)
    types = ", ".join(f"{name} {thousands(k, lang)}" for name, k in log.not_sales[:SHOWN_TYPES])
    if len(log.not_sales) > SHOWN_TYPES:
        types += ", …"
    parts = []
    for text, k in ((NO_CUSTOMER_ROWS, log.no_customer), (WALK_IN_ROWS, log.walk_in),
                    (MASKED_ROWS, log.masked),
                    (UNREADABLE_ROWS, unreadable), (NOT_SALES_ROWS, not_sales),
                    (NOT_BOUGHT_ROWS, log.not_bought - not_sales),
                    (future_rows(log), log.future if future else 0),
                    (DATED_ABOVE_ROWS, log.dated_above)):
        if k:
            parts.append(text(lang, k, k=thousands(k, lang), types=types))  # thousands grouped
    return parts


def future_rows(log: OrderLog) -> Counted:
    """The sentence on the rows dated after today: it says the file may be month first
    when most of them would not be after today read so."""
    return FUTURE_MONTH_FIRST if 2 * log.future_month_first > log.future else FUTURE_ROWS


#: The transaction types named in the read line, most rows first.
SHOWN_TYPES = 3


COLUMNS = Text(en="Columns: {names}.", bn="কলাম: {names}।")
COLUMN_KIND = {
    "date": Text(en="date", bn="তারিখ"),
    "customer": Text(en="customer", bn="গ্রাহক"),
    "amount": Text(en="amount", bn="টাকা"),
    "quantity": Text(en="quantity", bn="সংখ্যা"),
    "unit_price": Text(en="unit price", bn="একক দাম"),
    "status": Text(en="status", bn="অবস্থা"),
    "kind": Text(en="also status", bn="অবস্থা আরও"),
    "contacts": Text(en="also the customer", bn="গ্রাহক আরও"),
    "order": Text(en="order number", bn="অর্ডার নম্বর"),
    "adjusted": Text(en="total after refunds", bn="ফেরতের পরের মোট"),
    "received": Text(en="money received", bn="জমা"),
    "types": Text(en="transaction type", bn="লেনদেনের ধরন"),
    "txn": Text(en="payment ID", bn="পেমেন্ট আইডি"),
    "reference": Text(en="refund of", bn="যে পেমেন্টের ফেরত"),
    "memo": Text(en="memo", bn="মন্তব্য"),
}
COLUMN_NUMBER = Text(en="column {n}", bn="{n} নম্বর কলাম")


def columns_line(log: OrderLog, lang: str) -> str:
    """Which column was read as what ("customer = Email"), in one short line, so an owner
    can spot a wrong choice before trusting the figures ("" when not known)."""
    names = [f"{COLUMN_KIND[kind](lang)} = "
             f"{COLUMN_NUMBER(lang, n=thousands(name, lang)) if isinstance(name, int) else name}"
             for kind, name in log.columns]
    return COLUMNS(lang, names=", ".join(names)) if names else ""

"""The Results tab: week by week, what following up achieved, with a chart.

The figures are ``rules/results.py``'s (what each one counts is written there
and in docs/sheet-schema.md); this section lays them out: one row a week, oldest
first so the chart reads left to right, then a few lines in words with the
totals and the comparison a shop owner asks about ("do customers we message buy
more than the ones we don't?").
"""
from __future__ import annotations

from typing import Sequence

from ..backends.base import Chart
from ..i18n import Counted, Text, localise_digits
from ..messages.filters import long_date
from ..rules.results import BUY_WINDOW_DAYS, WEEKS, Week, totals, weekly_results
from ..sheet.names import SheetNames
from . import Contribution
from .facts import RunFacts

CHART_SERIES = ("messages_sent", "replies", "bought_after")
CHART_TITLE = Text(en="Week by week: messages sent, replies, customers who bought within 14 days",
                   bn="সপ্তাহে সপ্তাহে: পাঠানো বার্তা, উত্তর, ১৪ দিনের মধ্যে কিনেছেন এমন গ্রাহক")
TOTALS = Text(
    en="Last {weeks} weeks: {sent}, {replies}. Follow-ups: {due} due, {f_sent} sent, {on_time} on time.",
    bn="গত {weeks} সপ্তাহে: {sent}, {replies}। ফলো-আপ: "
       "{due}টি করণীয় ছিল, {f_sent}টি পাঠানো হয়েছে, {on_time}টি সময়মতো।")
MESSAGES_SENT = Counted(one="1 message sent", en="{count} messages sent",
                        bn="{count}টি বার্তা পাঠানো হয়েছে")
REPLIES = Counted(one="1 reply", en="{count} replies", bn="{count}টির উত্তর এসেছে")
COMPARED = Text(
    en="Of the customers messaged in a week, {rate} bought within 14 days ({bought} of {messaged}), "
       "compared with {others_rate} of the customers not messaged in the same weeks "
       "({others_bought} of {others}).",
    bn="যে গ্রাহকেরা কোনো সপ্তাহে বার্তা পেয়েছেন, তাঁদের {rate} ১৪ দিনের মধ্যে কিনেছেন "
       "({messaged} জনের মধ্যে {bought} জন); সেই একই সপ্তাহগুলোতে বার্তা পাননি এমন গ্রাহকদের মধ্যে "
       "কিনেছেন {others_rate} ({others} জনের মধ্যে {others_bought} জন)।")
# {messages}, {status}, {sent_on}, {reply} ...: tabs and columns as this sheet names them
# (khatir.sheet.names), so staff find the words they are told to look for.
NOTHING_SENT = Text(
    en="No message is marked sent yet: after sending, set {status} to sent and the {sent_on} date in "
       "{messages}, and the results appear here.",
    bn="এখনো কোনো বার্তা পাঠানো হিসেবে চিহ্নিত নেই: পাঠানোর পরে {messages} ট্যাবে {status} কলামে sent আর "
       "{sent_on} কলামে তারিখ লিখুন, তাহলে ফলাফল এখানে দেখা যাবে।")
OTHERS = Text(
    en="Lost customers messaged: {lost}, came back: {back}. Meetups: {invited} invited, {yes} said "
       "yes, {attended} attended. Negative feedback: {negative}, resolved: {resolved}.",
    bn="হারানো গ্রাহককে বার্তা: {lost} জন, ফিরে এসেছেন: {back} জন। মিটআপ: {invited} জন আমন্ত্রিত, "
       "{yes} জন হ্যাঁ বলেছেন, {attended} জন এসেছিলেন। নেতিবাচক মতামত: {negative}টি, সমাধান হয়েছে: {resolved}টি।")
HOW = Text(
    en="Weeks start on Monday. Everything is counted from this sheet: {messages} ({status} sent, {sent_on}, "
       "{reply}), {orders}, {calls}, {meetups} and {feedback}. Purchases after the last two weeks' "
       "messages are still coming in. Attended: write \u201cattended\u201d in the invitation's {reply}.",
    bn="সপ্তাহ শুরু সোমবার। সব হিসাব এই শিট থেকে: {messages} ({status} sent, {sent_on}, {reply}), {orders}, "
       "{calls}, {meetups} ও {feedback}। শেষ দুই সপ্তাহের বার্তার পরের কেনাকাটা এখনো আসছে। কেউ মিটআপে এলে "
       "আমন্ত্রণের {reply} কলামে \u201cএসেছিলেন\u201d লিখুন।")
NONE = Text(en="none yet", bn="এখনো নেই")


def contribute(facts: RunFacts) -> Contribution:
    negative = [(j.feedback.date, j.feedback.resolved) for j in facts.feedback
                if j.sentiment == "negative"]
    weeks = weekly_results(facts.data, facts.settings.events, facts.today, negative, WEEKS,
                           facts.events)
    out = Contribution()
    out.tabs["results"] = results_rows(weeks, facts.settings.language, facts.data.names)
    return out


def _percent(value: float | None) -> object:
    return "" if value is None else round(value)


def results_rows(weeks: list[Week], lang: str, names: SheetNames) -> list[dict[str, object]]:
    """One row a week (numbers as numbers, for the chart), a blank row, lines in words."""
    rows: list[dict[str, object]] = []
    for w in weeks:
        row: dict[str, object] = {name: getattr(w, name) for name in (
            "follow_ups_due", "follow_ups_sent", "sent_on_time", "messages_sent", "replies",
            "messaged", "bought_after", "win_backs", "came_back", "invited", "said_yes",
            "attended", "negative", "resolved")}
        row.update(week=long_date(w.start, lang), bought_rate=_percent(w.bought_rate),
                   others_rate=_percent(w.others_rate))
        rows.append(row)
    return rows + [{}] + [{"week": line} for line in summary_lines(weeks, lang, names)]


def summary_lines(weeks: list[Week], lang: str, names: SheetNames) -> list[str]:
    t = totals(weeks)
    where = _where(names, lang)
    s = t.sums
    n = lambda v: localise_digits(v, lang)  # noqa: E731
    pct = lambda v: NONE(lang) if v is None else n(f"{round(v)}%")  # noqa: E731
    lines = [TOTALS(lang, weeks=n(t.weeks), sent=MESSAGES_SENT(lang, s["messages_sent"]),
                    replies=REPLIES(lang, s["replies"]),
                    due=n(s["follow_ups_due"]), f_sent=n(s["follow_ups_sent"]),
                    on_time=n(s["sent_on_time"]))]
    if s["messages_sent"]:
        others_bought, others = t.same_weeks
        lines.append(COMPARED(lang, rate=pct(t.bought_rate), bought=n(s["bought_after"]),
                              messaged=n(s["messaged"]), others_rate=pct(t.same_weeks_rate),
                              others_bought=n(others_bought), others=n(others)))
    else:
        lines.append(NOTHING_SENT(lang, **where))
    lines.append(OTHERS(lang, lost=n(s["win_backs"]), back=n(s["came_back"]), invited=n(s["invited"]),
                        yes=n(s["said_yes"]), attended=n(s["attended"]), negative=n(s["negative"]),
                        resolved=n(s["resolved"])))
    lines.append(HOW(lang, **where))
    return lines


def _where(names: SheetNames, lang: str) -> dict[str, str]:
    """The tabs and Messages columns the summary lines send staff to, as this sheet names them."""
    tabs = {"messages": "messages", "orders": "orders", "calls": "call_notes", "meetups": "meetups",
            "feedback": "feedback"}
    out = {word: names.tab(key, lang) for word, key in tabs.items()}
    out.update((word, names.column("messages", key, lang))
               for word, key in (("status", "status"), ("sent_on", "sent_on"), ("reply", "reply")))
    return out


def results_chart(keys: list[str], rows: Sequence[Sequence[object]], lang: str) -> Chart | None:
    """The chart of the Results tab, from its header and week rows (``keys``: column keys)."""
    weeks = sum(1 for r in rows[1:] if len(r) > 1 and r[1] not in ("", None))
    if not weeks or "week" not in keys or not all(k in keys for k in CHART_SERIES):
        return None
    # below the table and its lines, after a blank row: printed on a page of its own
    return Chart(title=CHART_TITLE(lang), category_column=keys.index("week"),
                 series_columns=tuple(keys.index(k) for k in CHART_SERIES), header_row=0,
                 last_row=weeks, anchor_column=0, anchor_row=len(rows) + 1)


__all__ = ["BUY_WINDOW_DAYS", "contribute", "results_chart", "results_rows", "summary_lines"]

"""The few lines a shop owner reads after a run, in their language."""
from __future__ import annotations

from .i18n import Counted, Text, localise_digits
from .jobs.daily import DailyResult
from .plan.worklist import GROUPS, LABELS, kind_label

TITLE = Text(en="Khatir daily run for {today} on {target}", bn="খাতির দৈনিক রান, {today}, {target}")
DRY = Text(en="DRY RUN: nothing was written. This is what a real run would write:",
           bn="পরীক্ষামূলক রান: কিছুই লেখা হয়নি। আসল রানে যা লেখা হতো:")
MESSAGES = Text(en="New messages ready to send: {count}", bn="পাঠানোর জন্য নতুন বার্তা: {count}টি")
NO_MESSAGES = Text(en="No new messages today.", bn="আজ কোনো নতুন বার্তা নেই।")
WORK = Counted(one="Work list (Follow-ups tab): 1 row", en="Work list (Follow-ups tab): {count} rows",
               bn="কাজের তালিকা (ফলো-আপ ট্যাব): {count}টি সারি")
PROBLEMS = Text(en="Problems found in the sheet: {count}; each is a row in the Problems tab with how to fix it.",
                bn="শিটে সমস্যা পাওয়া গেছে: {count}টি; প্রতিটি সমস্যা ট্যাবে আছে, কীভাবে ঠিক করবেন তা-সহ।")
NO_PROBLEMS = Text(en="No problems found in the sheet.", bn="শিটে কোনো সমস্যা পাওয়া যায়নি।")
CAPPED = Counted(one="1 more {kind} message waits for a later run (daily limit).",
                 en="{count} more {kind} messages wait for later runs (daily limit).",
                 bn="আরও {count}টি {kind} বার্তা পরের রানগুলোতে আসবে (দৈনিক সীমা)।")
NEXT = Text(en="Next: open the Messages tab, send the 'pending' messages, and set their Status to 'sent'.",
            bn="এরপর: বার্তা (Messages) ট্যাব খুলুন, 'pending' বার্তাগুলো পাঠান, তারপর অবস্থা (Status) কলামে 'sent' লিখুন।")
WOULD_ADD = Text(en="  + {kind} for {name} ({key})", bn="  + {name}-এর জন্য {kind} ({key})")
WOULD_LIST = Text(en="Follow-ups would list:", bn="ফলো-আপ তালিকায় থাকত:")
MORE = Text(en="  ... and {count} more", bn="  ... আরও {count}টি")
TEST_RUN = Text(en="A test run for {today} (--today): it does not count as that day's run, so the "
                   "scheduled run still runs on the real day.",
                bn="এটি {today} তারিখের পরীক্ষামূলক রান (--today): এটি ওই দিনের আসল রান হিসেবে ধরা হয় না, "
                   "তাই নির্ধারিত রান আসল দিনে ঠিকই চলবে।")
SHOP_NAME = Text(
    en="Messages are signed \u201c{name}\u201d, a placeholder: set your shop's name with "
       "python run.py setup --shop-name \"Your Shop\" (or shop_name in {config}).",
    bn="বার্তার শেষে দোকানের নাম এখন \u201c{name}\u201d, যা একটি নমুনা নাম: নিজের দোকানের নাম দিন "
       "python run.py setup --shop-name \"দোকানের নাম\" দিয়ে (অথবা {config} ফাইলে shop_name)।")
NOT_LISTED = Text(en="Not listed in Follow-ups ({cap} rows per agent, the most urgent first): {detail}",
                  bn="ফলো-আপে তালিকাভুক্ত নয় (প্রতি কর্মীর {cap}টি সারি, সবচেয়ে জরুরিগুলো আগে): {detail}")
DRY_ROWS = 30


def shop_name_reminder(settings, lang: str) -> list[str]:
    """One line while messages are still signed with the placeholder shop name."""
    if not settings.shop_name_is_placeholder:
        return []
    config = str(settings.source) if settings.source else "config/settings.toml"
    return [SHOP_NAME(lang, name=settings.shop_name(lang), config=config)]


def summarise(result: DailyResult, lang: str, settings=None) -> str:
    n = lambda value: localise_digits(value, lang)  # noqa: E731
    lines = [TITLE(lang, today=n(result.today.isoformat()), target=result.target(lang))]
    if result.catch_up:
        lines.append(result.catch_up(lang))
    if result.test and not result.dry_run:
        lines.append(TEST_RUN(lang, today=n(result.today.isoformat())))
    if result.dry_run:
        lines.append(DRY(lang))
        lines += [WOULD_ADD(lang, kind=kind_label(m["kind"], lang), name=m["name"], key=m["key"])
                  for m in result.new_messages]
        if result.items:
            lines.append(WOULD_LIST(lang))
            for rank, item in enumerate(result.items[:DRY_ROWS], start=1):
                who = item.customer.name if item.customer else ""
                lines.append(f"  {n(rank)}. {LABELS[item.group](lang)}: {who}: {item.why}")
            if len(result.items) > DRY_ROWS:
                lines.append(MORE(lang, count=n(len(result.items) - DRY_ROWS)))
    if result.new_messages:
        kinds = ", ".join(f"{kind_label(k, lang)} {n(c)}" for k, c in sorted(result.messages_by_kind.items()))
        lines.append(MESSAGES(lang, count=n(len(result.new_messages))) + f" ({kinds})")
    else:
        lines.append(NO_MESSAGES(lang))
    groups = result.items_by_group
    detail = ", ".join(f"{LABELS[g](lang)} {n(groups[g])}" for g in GROUPS if groups.get(g))
    lines.append(WORK(lang, len(result.items)) + (f" ({detail})" if detail else ""))
    if result.not_listed:
        rest = ", ".join(f"{LABELS[g](lang)} {n(c)}" for g, c in result.not_listed.items())
        lines.append(NOT_LISTED(lang, cap=n(result.per_agent), detail=rest))
    for kind, count in sorted(result.capped.items()):
        lines.append(CAPPED(lang, count, kind=kind_label(kind, lang)))
    lines += result.notes
    lines.append(PROBLEMS(lang, count=n(len(result.problems))) if result.problems else NO_PROBLEMS(lang))
    if settings is not None:
        lines += shop_name_reminder(settings, lang)
    if result.new_messages and not result.dry_run:
        lines.append(NEXT(lang))
    return "\n".join(lines)

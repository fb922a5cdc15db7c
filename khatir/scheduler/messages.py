"""What the scheduler tells the owner, in English and Bengali, and how it is rendered."""
from __future__ import annotations

from typing import Callable

from ..i18n import Counted, Text, localise_digits

STARTED = Text(en="Khatir scheduler started for {target}. Jobs: {jobs}. Log file: {log}",
               bn="খাতির সময়সূচি চালু হলো: {target}। কাজ: {jobs}। লগ ফাইল: {log}")
JOB_AT = Text(en="{job} every day at {at} ({tz})", bn="{job} প্রতিদিন {at}-এ ({tz})")
NEXT = Text(en="Next run: {job} on {when} ({tz}), in {wait}.",
            bn="পরের রান: {job}, {when} ({tz}), আর {wait} পরে।")
NOTHING_DUE = Text(en="Nothing is due now.", bn="এখন কোনো কাজ বাকি নেই।")
RUNNING = Text(en="Running {job} now: {why}.", bn="{job} এখন চলছে: {why}।")
WHY_SCHEDULED = Text(en="scheduled for {when}", bn="{when}-এর নির্ধারিত রান")
WHY_FIRST = Text(en="its first run here", bn="এখানে এটি প্রথম রান")
WHY_CATCH_UP = Text(en="catching up the run missed at {when}", bn="{when}-এ বাদ পড়া রানটি এখন হচ্ছে")
WHY_RETRY = Text(en="try {n} of {total} for {when}", bn="{when}-এর রান, {total} বারের মধ্যে {n} নম্বর চেষ্টা")
DONE = Text(en="{job} finished at {when}; a row was added to the Run Log tab.",
            bn="{job} শেষ হলো {when}-এ; রান লগ ট্যাবে একটি সারি যোগ হয়েছে।")
ALREADY = Text(en="{job} already ran at {when} (see the Run Log tab); it is not run twice on one day.",
               bn="{job} আগেই {when}-এ চলেছে (রান লগ ট্যাব দেখুন); একই দিনে দুবার চলে না।")
FAILED_RETRY = Text(en="{job} failed: {error} It will be tried again at {when} (try {n} of {total}).",
                    bn="{job} ব্যর্থ হয়েছে: {error} আবার চেষ্টা হবে {when}-এ ({total} বারের মধ্যে {n} নম্বর চেষ্টা)।")
FAILED_GIVE_UP = Text(en="{job} failed {times}: {error} It keeps trying every hour until it goes "
                         "through; the next try is at {when}.",
                      bn="{job} {times} ব্যর্থ হয়েছে: {error} সফল না হওয়া পর্যন্ত প্রতি ঘণ্টায় চেষ্টা চলবে; "
                         "পরের চেষ্টা {when}-এ।")
#: "failed once", "failed 3 times" (৩ বার).
TIMES = Counted(one="once", en="{count} times", bn="{count} বার")
FAILED_CONFIG = Text(en="{job} cannot run until the settings or templates are fixed: {error} "
                        "It is not retried; the next try is at {when}.",
                     bn="সেটিংস বা টেমপ্লেট ঠিক না করা পর্যন্ত {job} চলবে না: {error} "
                        "আবার চেষ্টা হবে না; পরের চেষ্টা {when}-এ।")
SAME_PROBLEM = Text(en="the same problem", bn="একই সমস্যা")
RUN_LOG_FAILED = Text(en="The failure could not be written to the Run Log tab either ({error}); "
                         "it is only in the log file {log}.",
                      bn="ব্যর্থতাটি রান লগ ট্যাবেও লেখা গেল না ({error}); এটি শুধু লগ ফাইলে আছে: {log}।")
BUSY = Text(en="Another Khatir run is in progress; {job} will be tried again in a minute.",
            bn="আরেকটি খাতির রান চলছে; এক মিনিট পরে {job} আবার চেষ্টা করা হবে।")
TOOK_OVER = Text(en="A lock left behind by a stopped Khatir process was removed ({reason}).",
                 bn="বন্ধ হয়ে যাওয়া একটি খাতির প্রক্রিয়ার রেখে যাওয়া লক সরানো হয়েছে ({reason})।")
WOKE = Text(en="The clock jumped by {gap} (the computer was probably asleep); checking for missed runs.",
            bn="ঘড়ি {gap} এগিয়ে গেছে (কম্পিউটার সম্ভবত ঘুমিয়ে ছিল); বাদ পড়া রান খোঁজা হচ্ছে।")
STOPPING = Text(en="Stopping after the current run finishes (press Ctrl+C again to stop at once).",
                bn="চলতি রান শেষ হলে থামবে (এখনই থামাতে আবার Ctrl+C চাপুন)।")
STOPPED = Text(en="Scheduler stopped.", bn="সময়সূচি বন্ধ হলো।")
KEEPS_GOING = Text(en="The scheduler hit a problem ({error}); it keeps going and tries again in {minutes} min.",
                   bn="সময়সূচিতে একটি সমস্যা হয়েছে ({error}); এটি চলতে থাকবে, {minutes} মিনিট পরে আবার চেষ্টা করবে।")
LAST_OK = Text(en="Last good run of {job}: {when}.", bn="{job}-এর শেষ সফল রান: {when}।")
LAST_FAILED = Text(en="The last run of {job}, at {when}, failed: {error}",
                   bn="{job}-এর শেষ রান ({when}) ব্যর্থ হয়েছে: {error}")
HOURS = Text(en="{n} h {minutes} min", bn="{n} ঘণ্টা {minutes} মিনিট")
MINUTES = Text(en="{minutes} min", bn="{minutes} মিনিট")
JOB_NAMES = {"daily": Text(en="the daily job", bn="দৈনিক কাজ")}


_DIGIT_PARAMS = frozenset({"n", "total", "when", "minutes"})
Phrase = Callable[[str], str]  # a piece of a sentence, in the language asked for


def render(text: Text, lang: str, *, sentence: bool = True, **params: object) -> str:
    """``text`` in ``lang``; a Text or Phrase param is rendered in the same language,
    and numbers and times get Bengali digits in Bengali. A sentence starts with a capital."""
    values = {}
    for key, value in params.items():
        if isinstance(value, Text) or callable(value):
            value = value(lang)
        elif key in _DIGIT_PARAMS:
            value = localise_digits(value, lang)
        values[key] = value
    out = text(lang, **values)
    return out[:1].upper() + out[1:] if sentence else out


def phrase(text: Text, **params: object) -> Phrase:
    return lambda lang: render(text, lang, sentence=False, **params)


def job_label(name: str) -> Text:
    return JOB_NAMES.get(name) or Text(en=name, bn=name)


def duration(seconds: float) -> Phrase:
    minutes = max(0, int(round(seconds / 60)))
    h, m = divmod(minutes, 60)
    return phrase(HOURS, n=h, minutes=m) if h else phrase(MINUTES, minutes=m)

"""The sentences a mistake in one of the rules' ``[section]`` tables of the settings
file stops the run with: one place, both languages, named by section.

The parsers that raise them live with their rules (``rules/meetups.py``, ...) and run
once, when the settings are loaded (``settings_sections``). The file-wide checks
(unknown sections, TOML syntax, text values) are in ``settings_check``; ``[lost]``'s
sentences are still beside its parser (``rules/lost/settings.py``), and
``[schedule]``'s in ``scheduler/messages.py`` with the rest of what the scheduler says.
"""
from __future__ import annotations

from .i18n import Text

# Any section: a key the section does not have (``errors.refuse_unknown_keys``).
UNKNOWN_KEYS = Text(en="The [{section}] settings have unknown key(s) {keys}; use only: {known}.",
                    bn="[{section}] সেটিংসে অচেনা সেটিং আছে: {keys}; শুধু এগুলো লিখুন: {known}।")

# [meetups]
MEETUPS_NOT_WHOLE = Text(en="In the [meetups] settings, {name} is {value}; write a whole number of 0 or more.",
                         bn="[meetups] সেটিংসে {name} হলো {value}; ০ বা তার বেশি একটি পূর্ণ সংখ্যা লিখুন।")
MEETUPS_NOT_ORDER = Text(en="In the [meetups] settings, segment_order is {value}; write a list like "
                            "[\"lost\", \"existing\", \"interested\"].",
                         bn="[meetups] সেটিংসে segment_order হলো {value}; এভাবে একটি তালিকা লিখুন: "
                            "[\"lost\", \"existing\", \"interested\"]।")
MEETUPS_NOT_SEGMENT = Text(en="In the [meetups] settings, segment_order has {word}; use only lost, existing "
                              "and interested.",
                           bn="[meetups] সেটিংসে segment_order-এ {word} আছে; শুধু lost, existing আর "
                              "interested লিখুন।")

# [feedback]
FEEDBACK_NOT_WORDS = Text(en="In the [feedback] settings, {name} is {value}; write a list of words like "
                             "[\"খারাপ\", \"late\"].",
                          bn="[feedback] সেটিংসে {name} হলো {value}; এভাবে শব্দের একটি তালিকা লিখুন: "
                             "[\"খারাপ\", \"late\"]।")
FEEDBACK_NOT_YES_NO = Text(en="In the [feedback] settings, thank_you is {value}; write true or false.",
                           bn="[feedback] সেটিংসে thank_you হলো {value}; true অথবা false লিখুন।")
FEEDBACK_NOT_WHOLE = Text(en="In the [feedback] settings, thank_you_within_days is {value}; write a whole "
                             "number of 0 or more.",
                          bn="[feedback] সেটিংসে thank_you_within_days হলো {value}; ০ বা তার বেশি একটি পূর্ণ "
                             "সংখ্যা লিখুন।")

# [stay_in_touch]
STAY_IN_TOUCH_UNKNOWN_KEY = Text(en="The [stay_in_touch] settings have the unknown key {key}; use interested, "
                                    "existing, lost or default.",
                                 bn="[stay_in_touch] সেটিংসে অচেনা সেটিং {key} আছে; interested, existing, lost "
                                    "অথবা default লিখুন।")
STAY_IN_TOUCH_NOT_DAYS = Text(en="In the [stay_in_touch] settings, {key} is {value}; write a whole number of days "
                                 "(0 turns it off).",
                              bn="[stay_in_touch] সেটিংসে {key} হলো {value}; দিনের একটি পূর্ণ সংখ্যা লিখুন "
                                 "(০ দিলে বন্ধ থাকে)।")
STAY_IN_TOUCH_NOT_YES_NO = Text(en="In the [stay_in_touch] settings, messages is {value}; write true or false, without quotes.",
                               bn="[stay_in_touch] সেটিংসে messages হলো {value}; উদ্ধৃতিচিহ্ন ছাড়া true অথবা false লিখুন।")

# [first_order]
FIRST_ORDER_NOT_YES_NO = Text(en="In the [first_order] settings, enabled is {value}; write true or false.",
                              bn="[first_order] সেটিংসে enabled হলো {value}; true অথবা false লিখুন।")
FIRST_ORDER_NOT_DAYS = Text(
    en="In the [first_order] settings, {name} is {value}; write a whole number of days, 1 or more.",
    bn="[first_order] সেটিংসে {name} হলো {value}; দিনের একটি পূর্ণ সংখ্যা লিখুন, ১ বা তার বেশি।")
FIRST_ORDER_WINDOW = Text(en="In the [first_order] settings, within_days must be more than after_days.",
                          bn="[first_order] সেটিংসে within_days অবশ্যই after_days-এর চেয়ে বেশি হতে হবে।")

# [win_back]
WIN_BACK_NOT_DAYS = Text(
    en="In the [win_back] settings, quiet_days is {value}; write a whole number of days (0 turns "
       "the pause off).",
    bn="[win_back] সেটিংসে quiet_days হলো {value}; দিনের একটি পূর্ণ সংখ্যা লিখুন (০ দিলে বিরতি "
       "বন্ধ থাকে)।")

"""What the owner reads when a message template is wrong, in Bengali and English.

Every sentence names the template file (and the line when it is known) and says
how to fix it; ``khatir.messages.render`` raises them as ``TemplateError``.
"""
from __future__ import annotations

import re

from ..i18n import Text, bn_digits

DOCS = "docs/templates.md"

AT_LINE = Text(en=" (line {line})", bn=" ({line} নম্বর লাইন)")
ON_LINE = Text(en=" on line {line}", bn=" {line} নম্বর লাইনে")
NO_LINE = Text(en="", bn="")

NO_FOLDER = Text(
    en="The template folder {folder} does not exist; check the templates setting or restore "
       "the folder (see {docs}).",
    bn="টেমপ্লেট ফোল্ডার {folder} নেই; সেটিংসের templates দেখুন, অথবা ফোল্ডারটি ফিরিয়ে আনুন ({docs} দেখুন)।")
NO_TEMPLATE = Text(
    en="Template {missing} does not exist in {folder}; add it (see {docs} for the kinds and "
       "their variables).",
    bn="টেমপ্লেট {missing} ফোল্ডার {folder}-এ নেই; এটি যোগ করুন (কোন ধরনের বার্তায় কোন চলক লাগে, {docs}-এ আছে)।")
NOR = Text(en="{wanted} (nor {fallback})", bn="{wanted} (আর {fallback}-ও নেই)")
ASKS_FOR = Text(
    en="Template {name} asks for template {other}, which does not exist in {folder}; fix the "
       "name or add the file (see {docs}).",
    bn="টেমপ্লেট {name} টেমপ্লেট {other} চাইছে, যা {folder}-এ নেই; নামটি ঠিক করুন বা ফাইলটি যোগ করুন ({docs} দেখুন)।")
UNKNOWN_FILTER = Text(
    en="Template {name} uses the {what} '{filter}'{at}, which does not exist; fix the spelling "
       "(the filters are listed in {docs}).",
    bn="টেমপ্লেট {name}{at} '{filter}' নামের {what} ব্যবহার করেছে, যা নেই; বানানটি ঠিক করুন "
       "(ফিল্টারের তালিকা {docs}-এ আছে)।")
UNKNOWN_FILTER_NEAR = Text(
    en="Template {name} uses the {what} '{filter}'{at}, which does not exist; did you mean "
       "'{near}'? (the filters are listed in {docs}).",
    bn="টেমপ্লেট {name}{at} '{filter}' নামের {what} ব্যবহার করেছে, যা নেই; আপনি কি '{near}' "
       "লিখতে চেয়েছিলেন? (ফিল্টারের তালিকা {docs}-এ আছে)।")
MARKUP = Text(
    en="Template {name} has a mistake in its {{{{ }}}} or {{% %}} markup{on} ({message}); "
       "compare that line with the examples in {docs}.",
    bn="টেমপ্লেট {name}-এর {{{{ }}}} বা {{% %}} চিহ্নে{on} একটি ভুল আছে ({message}); ওই লাইনটি "
       "{docs}-এর উদাহরণের সঙ্গে মিলিয়ে দেখুন।")
UNCLOSED = Text(
    en="Template {name} opens {{% {tag} %}}{on} but never closes it; add {{% end{tag} %}} where "
       "that part ends (see {docs}).",
    bn="টেমপ্লেট {name}{on} {{% {tag} %}} খোলা হয়েছে কিন্তু বন্ধ করা হয়নি; ওই অংশ যেখানে শেষ, "
       "সেখানে {{% end{tag} %}} লিখুন ({docs} দেখুন)।")
FORBIDDEN = Text(
    en="Template {name} uses {used}{at}, which templates are not allowed to touch; use only the "
       "variables and filters listed in {docs}.",
    bn="টেমপ্লেট {name}{at} {used} ব্যবহার করেছে, যা টেমপ্লেটে ব্যবহার করা যায় না; শুধু {docs}-এ "
       "দেওয়া চলক আর ফিল্টার ব্যবহার করুন।")
SOMETHING = Text(en="something", bn="এমন কিছু")
NOT_FILLED = Text(
    en="Template {name} could not be filled in{on} ({message}); check the variables and filters "
       "on that line against {docs}.",
    bn="টেমপ্লেট {name}{on} পূরণ করা গেল না ({message}); ওই লাইনের চলক আর ফিল্টার {docs}-এর সঙ্গে মিলিয়ে দেখুন।")
MAY_BE_EMPTY = Text(
    en="Template {name} uses '{used}'{at}, but '{parent}' can be empty for this message; put that "
       "part inside {{% if {parent} %}} … {{% endif %}} (see {docs}).",
    bn="টেমপ্লেট {name}{at} '{used}' ব্যবহার করেছে, কিন্তু এই বার্তায় '{parent}' খালি থাকতে পারে; "
       "ওই অংশটি {{% if {parent} %}} … {{% endif %}}-এর ভেতরে রাখুন ({docs} দেখুন)।")
UNKNOWN_VARIABLE_RAW = Text(
    en="Template {name} uses a variable that does not exist{at} ({message}); fix the spelling "
       "(the variables are listed in {docs}).",
    bn="টেমপ্লেট {name}{at} এমন একটি চলক ব্যবহার করেছে যা নেই ({message}); বানানটি ঠিক করুন "
       "(চলকের তালিকা {docs}-এ আছে)।")
UNKNOWN_VARIABLE = Text(
    en="Template {name} uses '{variable}'{at}, which does not exist; fix the spelling (the "
       "variables are listed in {docs}).",
    bn="টেমপ্লেট {name}{at} '{variable}' ব্যবহার করেছে, যা নেই; বানানটি ঠিক করুন (চলকের তালিকা "
       "{docs}-এ আছে)।")
SINGLE_BRACES = Text(
    en="Template {name} has '{found}'{at} with single braces, so customers would get it exactly as "
       "written; write it with two braces on each side: '{fixed}'.",
    bn="টেমপ্লেট {name}{at} '{found}' এক জোড়া বন্ধনীতে লেখা, তাই গ্রাহক ঠিক এভাবেই লেখাটি পাবেন; "
       "দুই পাশে দুটি করে বন্ধনী দিয়ে লিখুন: '{fixed}'।")
NO_SUCH_FILE = Text(en="There is no template {only} in {root}; check the path.",
                    bn="{root}-এ {only} নামে কোনো টেমপ্লেট নেই; পাথটি দেখুন।")
ALL_FINE = Text(en="All templates in {root} are fine.", bn="{root}-এর সব টেমপ্লেট ঠিক আছে।")
WHAT = {"filter": Text(en="filter", bn="ফিল্টার"), "test": Text(en="test", bn="টেস্ট")}


def at_line(line: int | None) -> Text:
    return Text(en=AT_LINE.en.format(line=line), bn=AT_LINE.bn.format(line=bn_digits(line))) if line else NO_LINE


def on_line(line: int | None) -> Text:
    return Text(en=ON_LINE.en.format(line=line), bn=ON_LINE.bn.format(line=bn_digits(line))) if line else NO_LINE


#: ``{ customer.name }`` or ``{customer.name}}``: a variable that lost a brace. Jinja
#: leaves it alone (it is plain text to Jinja), so the customer would get it as written.
_SINGLE = re.compile(
    r"(?<![{\\])\{(?![{%#])\s*([A-Za-z_][\w.]*(?:\s*\|\s*[A-Za-z_]\w*(?:\([^{}()]*\))?)*)\s*\}\}?")


def single_braces(source: str) -> tuple[int, str, str] | None:
    """The first variable written with single braces: (line, as found, as it should be)."""
    for number, line in enumerate(source.splitlines(), start=1):
        match = _SINGLE.search(line)
        if match:
            return number, match.group(0), "{{ " + re.sub(r"\s+", " ", match.group(1)) + " }}"
    return None

"""The daily job: read the sheet once, apply every rule, write once.

The stages are plain functions so each can be tested alone: ``read_sheet``
(parsing), the sections (rules), ``prepare_messages`` (rendering), and
``build_changes`` (what to write, in the sheet's own column order). Nothing
here knows which backend it talks to.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Callable, Mapping, Sequence

from .. import __version__
from . import Clock
from ..backends.base import Append, Backend, Changes, Described, Replace
from ..sheet.carry import carry, carry_problems
from ..config import Settings
from ..sheet.presentation import (MESSAGE_DROPDOWNS, follow_up_fills, is_khatir_header, meetup_summary_layout,
                                  results_layout,
                                  tab_layout, whatsapp_cell)
from ..i18n import Text, localise_digits
from ..progress import Report, silent
from ..sheet.read import read_sheet
from ..sheet.records import Problem, SheetData
from ..sheet.repeated_problems import row_cell
from ..messages.render import Renderer
from ..sheet.schema import STAFF, TabSpec
from ..plan import Contribution, customers, feedback, followups, meetups, optout, results
from ..plan.facts import RunFacts
from ..rules.win_back import WIN_BACK_KIND
from ..sheet.tables import HEADER_SEARCH_ROWS, Table, find_tab
from ..plan.worklist import (EXEMPT_KINDS, ISSUED, Prepared, WorkItem, bound_work_list, chosen_drafts,
                        follow_up_rows, kind_label, made_today, not_listed_rows, prepare_messages,
                        one_person_notes, sort_items, voice)

Section = Callable[[RunFacts], Contribution]
# The personal messages: each customer's own news, feedback and silence.
SECTIONS: tuple[Section, ...] = (feedback.contribute, followups.contribute, customers.contribute,
                                 optout.contribute, results.contribute)
# Invitations come after them: a customer who gets a personal message today is
# invited on a later run (one voice per customer), unless it is a win-back: then not
# as a lost customer (rules/meetups.py). Called with ``busy=`` and ``win_back=``.
INVITATIONS: Callable[..., Contribution] = meetups.contribute

# A Messages tab staff made without a column a message needs (khatir.sheet.read.SENDABLE):
# no row goes in, and no Key is recorded, so the messages are made once it is fixed.
# {messages}, {problems}: the tabs as this sheet titles them (khatir.sheet.names).
NO_ROOM = Text(en="No new messages were added: the {messages} tab has no column for {headers} "
                  "(see {problems}); {count} messages wait until it has.",
               bn="নতুন কোনো বার্তা যোগ করা হয়নি: {messages} ট্যাবে {headers} কলাম নেই ({problems} ট্যাব "
                  "দেখুন); সেগুলো যোগ না হওয়া পর্যন্ত {count}টি বার্তা অপেক্ষায় থাকবে।")
NOT_MADE = Text(en="no message: the {messages} tab has no column for {headers} (see {problems})",
                bn="বার্তা নেই: {messages} ট্যাবে {headers} কলাম নেই ({problems} ট্যাব দেখুন)")

#: The Run Log outcome of a run for a pretended day: only "ok" counts as a day's run.
TEST_OUTCOME = Text(en="ok (test run with --today)", bn="ok (--today দিয়ে পরীক্ষামূলক রান)")
#: The Run Log's details start with the day judged.
DETAILS_TODAY = Text(en="today={date}", bn="আজ={date}")


@dataclass
class DailyResult:
    today: date
    started: datetime
    finished: datetime | None
    target: Described
    dry_run: bool
    new_messages: list[dict[str, str]]
    items: list[WorkItem]
    problems: list[Problem]
    notes: list[str]
    capped: dict[str, int]
    changes: Changes = field(default_factory=Changes)
    test: bool = False  # run for a pretended day (--today): does not count as that day's run
    catch_up: Callable[[str], str] | None = None  # the scheduler's words on the failed tries before
    not_listed: dict[str, int] = field(default_factory=dict)  # group -> rows left out of Follow-ups
    per_agent: int = 0  # the limit that left them out

    @property
    def messages_by_kind(self) -> Counter:
        return Counter(m["kind"] for m in self.new_messages)

    @property
    def items_by_group(self) -> Counter:
        return Counter(i.group for i in self.items)


@dataclass
class DailyPlan:
    facts: RunFacts  # the run's sheet, settings and day, and what the sections worked out
    items: list[WorkItem]  # the rows Follow-ups lists
    prepared: Prepared
    tabs: dict[str, list[dict[str, object]]]
    notes: list[str]
    not_listed: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # the run's, for Problems
    extra_headers: dict[str, list[str]] = field(default_factory=dict)  # staff's own columns

    @property
    def data(self) -> SheetData:
        return self.facts.data


def busy_today(data: SheetData, today: date) -> set[str]:
    """Customers who already have a message created today (by an earlier run), by
    ``voice``: one person written twice on two rows has had theirs when either has."""
    ids = {m.customer_id for m in [*data.messages, *data.issued.values()]
           if m.created == today and m.customer_id}
    return {voice(data.customers[cid]) if cid in data.customers else cid for cid in ids}


def plan_daily(data: SheetData, settings: Settings, today: date, renderer: Renderer,
               sections: tuple[Section, ...] = SECTIONS,
               invitations: Callable[..., Contribution] | None = INVITATIONS) -> DailyPlan:
    """Every rule's findings, and the messages rendered for them (pure: no I/O).

    One voice per customer: the day's turn goes first to a meetup reminder (it
    cannot move), then to the personal messages, most urgent first; invitations
    go only to customers left without a message today, and never as a lost
    customer to one whose message today is a win-back.
    """
    data = one_person_notes(data)  # one person written twice in Customers: one story
    facts = RunFacts(data, settings, today)  # shared by every section, worked out once
    # A customer who asked in a call for no more calls or messages is Do Not Contact for
    # every section (plan/optout.py); the sheet itself is not changed.
    sheet, data = data, optout.with_opt_outs(data, facts.note_reader, today)
    facts.data = data
    asked = optout.problems(sheet, data, settings.language)
    items: list[WorkItem] = []
    standalone = []
    tabs: dict[str, list[dict[str, object]]] = {}
    notes: list[str] = []
    for section in sections:
        part = section(facts)
        asked += part.problems
        items.extend(part.items)
        standalone.extend(part.drafts)
        tabs.update(part.tabs)
        notes.extend(part.notes)
    items = sort_items(items)
    personal = [i.draft for i in items if i.draft] + standalone
    # A Key once issued is never issued again, even when its Messages row was deleted
    # or moved away: the hidden Khatir Keys tab remembers it.
    existing = {key: ISSUED for key in data.issued}
    existing.update((m.key, m.status) for m in data.messages)
    messaged_today = busy_today(data, today)
    made = made_today(data, today)  # the caps are per day: earlier runs' messages count
    dated: list = []
    if invitations is not None:
        part = invitations(facts)
        reminders = [d for d in part.drafts if d.kind in EXEMPT_KINDS]
        chosen = chosen_drafts(reminders + personal, existing, settings, messaged_today, made)
        busy = messaged_today | {voice(d.customer) for d in chosen} | {d.customer.id for d in chosen}
        if any(d.customer.id in busy for d in part.drafts if d.kind not in EXEMPT_KINDS):
            win_back = frozenset(d.customer.id for d in chosen if d.kind == WIN_BACK_KIND)
            part = invitations(facts, busy=frozenset(busy), win_back=win_back)
        dated = part.drafts
        tabs.update(part.tabs)
        notes[:0] = part.notes
        items = sort_items(items + part.items)  # "do not send" rows for a cancelled meetup
    drafts = ([d for d in dated if d.kind in EXEMPT_KINDS] + personal
              + [d for d in dated if d.kind not in EXEMPT_KINDS])
    waiting: list = []
    if data.messages_missing:  # nowhere to put a message anyone could send: make none
        waiting = chosen_drafts(drafts, existing, settings, messaged_today, made)
        drafts = [d for d in drafts if d.key in existing]
    prepared = prepare_messages(drafts, existing, settings, renderer, today, messaged_today, made,
                                data.names)
    # The Do Not Contact cell beside each request for no contact, as first seen (plan/optout.py)
    prepared.marks += optout.seen_marks(data, today)
    if waiting:
        lang = settings.language
        where = {"headers": ", ".join(data.messages_missing), "messages": data.names.tab("messages", lang),
                 "problems": data.names.tab("problems", lang)}
        prepared.remarks.update((d.key, NOT_MADE(lang, **where)) for d in waiting)
        notes.append(NO_ROOM(lang, **where, count=localise_digits(len(waiting), lang)))
    work = bound_work_list(items, settings.follow_ups_per_agent)
    lang = settings.language
    tabs["follow_ups"] = (not_listed_rows(work, settings.follow_ups_per_agent, lang)
                          + follow_up_rows(work.items, prepared, lang))
    spec = settings.tab("follow_ups")
    header = dict(zip((c.key for c in spec.columns), header_names(spec, lang)))
    extra, orphaned = carry(data.earlier_follow_ups, tabs["follow_ups"], header, lang)
    problems = [*data.problems, *asked, *orphaned, *data.kept_notes]
    tabs["problems"] = [problem_row(p, lang) for p in problems]
    spec = settings.tab("problems")
    header = dict(zip((c.key for c in spec.columns), header_names(spec, lang)))
    problem_extra, gone = carry_problems(data.earlier_problems, tabs["problems"], header, lang)
    problems += gone
    tabs["problems"] += [{**problem_row(p, lang), "_extra": [""] * len(problem_extra)} for p in gone]
    notes[:0] = data.reading_notes  # how the sheet was read comes first (sheet.orders_export)
    return DailyPlan(facts, work.items, prepared, tabs, notes, work.not_listed, problems,
                     {"follow_ups": extra, "problems": problem_extra})


def run_daily(backend: Backend, settings: Settings, today: date, clock: Clock,
              dry_run: bool = False, test: bool = False,
              catch_up: Callable[[str], str] | None = None,
              progress: Report = silent) -> DailyResult:
    """Read, apply every rule, write once.

    ``test``: a run for a pretended day (``--today``); its Run Log row says so and
    the scheduler does not count it as the real day's run. ``catch_up``: the
    scheduler's words on the tries that failed before this one (which day, why),
    a sentence in the language asked for, put in the Run Log row (English) and the summary.
    ``progress`` hears the name of each stage as it starts.
    """
    started = clock()
    progress("templates")
    renderer = Renderer(settings.templates_dir)
    renderer.check_all()  # a template typo stops the run before anything is written
    progress("read")
    grids = backend.read()
    progress("parse")
    data, tables = read_sheet(grids, settings, backend.marks, today)
    release_staff_rows(tables, grids, data.export_tab)
    progress("rules")
    plan = plan_daily(data, settings, today, renderer)
    warn_of_sync_copies(backend, plan, settings.language)
    result = DailyResult(
        today=today, started=started, finished=None, target=backend.description,
        dry_run=dry_run, new_messages=plan.prepared.rows, items=plan.items,
        problems=plan.problems, notes=plan.notes, capped=plan.prepared.capped, test=test,
        catch_up=catch_up, not_listed=plan.not_listed, per_agent=settings.follow_ups_per_agent)
    finished = clock()
    log = run_log_row(result, finished, settings)
    result.changes = build_changes(plan, tables, grids, settings, log)
    if not dry_run:
        progress("write")
        backend.write(result.changes)
    progress("done")
    result.finished = finished
    return result


def warn_of_sync_copies(backend: Backend, plan: DailyPlan, lang: str) -> None:
    """A sync app's copy beside the workbook ("shop (1).xlsx"): said in the summary and a
    Problems row every run, since staff working in it would send messages twice."""
    from ..backends.sync_copies import sync_copy_findings
    from ..backends.workbook import WorkbookBackend

    if not isinstance(backend, WorkbookBackend):
        return
    notes, problems = sync_copy_findings(backend.path, lang)
    plan.notes += notes
    plan.problems += problems
    plan.tabs["problems"] += [problem_row(p, lang) for p in problems]


def release_staff_rows(tables: dict[str, Table], grids: Mapping[str, list[list]] | None = None,
                       export: str = "") -> None:
    """Let go of the staff tabs' cells once they are records: nothing later reads them.

    On the largest sheets they are most of a run's memory (8 million cells at Google's
    limit), and the rules allocate as much again. The header rows stay, so the tabs are
    still found by name; the writes only touch Messages, Run Log and script tabs.
    ``export``: the Orders tab read as a shop system's export (not a ``Table``), whose
    first rows stay for the same reason.
    """
    for table in tables.values():
        if table.spec.owner == STAFF:
            del table.grid[table.header_row:]
    if export and grids is not None and export in grids:
        del grids[export][HEADER_SEARCH_ROWS:]


def problem_row(p: Problem, lang: str) -> dict[str, object]:
    return {"tab": p.tab, "row": row_cell(p, lang), "column": p.column,
            "value": p.value, "problem": p.problem, "fix": p.fix}


def run_log_row(result: DailyResult, finished: datetime, settings: Settings) -> dict[str, object]:
    by_kind = ", ".join(f"{kind_label(k, settings.language)}: {n}"
                        for k, n in sorted(result.messages_by_kind.items()))
    return {
        "started": result.started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "job": "daily", "outcome": TEST_OUTCOME(settings.language) if result.test else "ok",
        "messages": len(result.new_messages), "follow_ups": len(result.items),
        "problems": len(result.problems), "version": __version__,
        "details": DETAILS_TODAY(settings.language, date=result.today.isoformat())
                   + (f"; {by_kind}" if by_kind else "")
                   + (f"; {result.catch_up('en')}" if result.catch_up else ""),
    }


def header_names(spec: TabSpec, lang: str) -> list[str]:
    """A new tab's header in the owner's language (either language is read back)."""
    if lang == "bn":
        return spec.bn_headers()
    return spec.headers()


def build_changes(plan: DailyPlan, tables: dict[str, Table], grids: dict[str, list[list]],
                  settings: Settings, log: dict[str, object]) -> Changes:
    """The run's writes, laid out in each tab's own column order."""
    lang = settings.language
    changes = Changes()
    # Only a readable phone gets a link: an unreadable one is shown as typed (khatir.plan.worklist).
    messages = [{**row, "link": whatsapp_cell(row.get("phone"), str(row.get("message", "")), lang)
                 if row.get("link") else ""} for row in plan.prepared.rows]
    changes.appends.append(append_for(settings.tab("messages"), tables, grids, messages, lang,
                                      styled=True))
    for key, rows in plan.tabs.items():
        spec = settings.tab(key)
        title = plan.data.script_titles.get(key) or spec.title
        extra = plan.extra_headers.get(key, [])
        header = header_names(spec, lang) + extra
        body = [[row.get(c.key, "") for c in spec.columns] + _extra(row, len(extra)) for row in rows]
        chart, layout = None, None
        if key == "results":
            chart = results.results_chart([c.key for c in spec.columns], [header, *body], lang)
            layout = results_layout(header, body, chart.anchor_row - 1 if chart else 0)
        if key == "follow_ups":
            positions = {c.key: i for i, c in enumerate(spec.columns)}
            layout = tab_layout(spec, positions, lang, fills=follow_up_fills(rows), views="agent")
        if key == "meetup_summary":
            layout = meetup_summary_layout(spec, lang)
        earlier = {"follow_ups": plan.data.earlier_follow_ups,
                   "problems": plan.data.earlier_problems}.get(key)
        changes.replaces.append(Replace(title, [header, *body], chart=chart, mark=spec.key,
                                        layout=layout,
                                        drop_comments=earlier.comments if earlier else frozenset(),
                                        drop_links=earlier.links if earlier else frozenset()))
    changes.appends.append(issued_keys(plan, tables, grids, settings))
    changes.appends.append(append_for(settings.tab("run_log"), tables, grids, [log], lang))
    return changes


def _extra(row: dict[str, object], width: int) -> list[object]:
    """The cells of the staff's own columns carried to this row (khatir.sheet.carry)."""
    cells = row.get("_extra")
    return list(cells) if isinstance(cells, list) else [""] * width


def issued_keys(plan: DailyPlan, tables: dict[str, Table], grids: dict[str, list[list]],
                settings: Settings) -> Append:
    """This run's new Keys for the hidden Khatir Keys tab, and any Key in Messages it
    does not hold yet (every Key of a sheet made before the tab existed)."""
    spec = settings.tab("issued_keys")
    known = set(plan.data.issued)
    rows: list[dict[str, object]] = []
    for m in plan.data.messages:
        if m.key not in known:
            known.add(m.key)
            rows.append({"key": m.key, "created": m.created.isoformat() if m.created else "",
                         "customer_id": m.customer_id, "kind": m.kind})
    for r in plan.prepared.rows:
        if r["key"] not in known:
            known.add(r["key"])
            rows.append({k: r[k] for k in ("key", "created", "customer_id", "kind")})
    rows += [m for m in plan.prepared.marks if m["key"] not in known]
    append = append_for(spec, tables, grids, rows, settings.language,
                        plan.data.script_titles.get(spec.key))
    return replace(append, mark=spec.key, hidden=True)


def append_for(spec: TabSpec, tables: dict[str, Table], grids: dict[str, list[list]],
               rows: Sequence[Mapping[str, object]], lang: str, title: str | None = None,
               styled: bool = False) -> Append:
    """Rows for an append-only tab, in its own column order; ``title`` when the tab
    is known already (Khatir's own, found by its mark); ``styled``: with Khatir's
    layout when Khatir makes the tab now or made it earlier (its header is Khatir's)."""
    table = tables.get(spec.key)
    title = title or find_tab(spec, grids) or spec.title
    if table is None and grids.get(title):
        # The tab is there but its header is unusable (already in Problems):
        # appending under the wrong columns would scramble it, so add nothing.
        return Append(title, [], [], None)
    if table is None or not table.columns:
        positions = {c.key: i for i, c in enumerate(spec.columns)}
    else:
        positions = dict(table.columns)
    width = max(positions.values()) + 1
    out = []
    for row in rows:
        cells: list[object] = [""] * width
        for key, value in row.items():
            if key in positions:
                cells[positions[key]] = value
        out.append(cells)
    layout = None
    if styled and (table is None or not table.header_row or is_khatir_header(
            spec, table.header, spec.written_headers())):
        layout = tab_layout(spec, positions, lang, dropdowns=MESSAGE_DROPDOWNS)
    return Append(title, header_names(spec, lang), out, positions.get("key"),
                  positions.get("details"), layout=layout)

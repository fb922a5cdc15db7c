"""A demo workbook: a small Dhaka shop's sheet, dated around the chosen day.

The data is what a real team's sheet looks like after a few months: Bengali and
English mixed, phone numbers typed every which way, dates in several formats,
and a few mistakes (a wrong customer ID, a date that is not a date, a phone
number that is too short) so the Problems tab has something to show.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from .backends.base import Cell
from .config import PROJECT_ROOT
from .sheet.schema import CALL_NOTES, CUSTOMERS, FEEDBACK, MEETUPS, MESSAGES, ORDERS

DEMO_WORKBOOK = PROJECT_ROOT / "demo" / "khatir-demo.xlsx"

CUSTOMERS_ROWS = [
    # id, name, phone, email, segment, language, agent, do not contact, notes
    ("C-001", "রহিমা খাতুন", "01711-234567", "", "existing", "bn", "Nasrin", "", ""),
    ("C-002", "Md. Karim Uddin", "+8801819876543", "karim@example.com", "existing", "en", "Tanvir", "", "Prefers calls after 6 pm"),
    ("C-003", "সুমাইয়া আক্তার", "০১৫৫২৩৪৫৬৭৮", "", "", "bn", "Nasrin", "", ""),
    ("C-004", "Farhana Rahman", 1912345678, "farhana@example.com", "", "en", "Tanvir", "", "Phone cell lost its leading 0"),
    ("C-005", "মোঃ জসিম উদ্দিন", "8801612345678", "", "existing", "", "Nasrin", "", ""),
    ("C-006", "Tahmina Begum", "01311 223344", "", "interested", "en", "Tanvir", "", "Asked about prices at the fair"),
    ("C-007", "আব্দুল হক", "01712-000111", "", "existing", "bn", "Nasrin", "হ্যাঁ", "বলেছেন আর ফোন না করতে"),
    ("C-008", "Nusrat Jahan", "+880 1911-556677", "", "", "en", "Tanvir", "", ""),
    ("C-009", "কামরুল হাসান", "0171", "", "existing", "bn", "Nasrin", "", "Phone number is incomplete"),
    ("C-010", "Shafiq Ahmed", "01812-445566", "", "", "en", "Tanvir", "", ""),
    ("C-011", "মরিয়ম বেগম", "01911-667788", "", "interested", "bn", "Nasrin", "", ""),
    ("C-012", "Rafiq Islam", "01556-778899", "", "lost", "en", "Tanvir", "", "Complained about late delivery last year"),
]

# days before today, customer, agent, note, event, follow up on (days before today or text), done
CALL_NOTE_ROWS = [
    (3, "C-001", "Nasrin", "মেয়ের খুব জ্বর, হাসপাতালে ভর্তি", "", None, ""),
    (1, "C-002", "Tanvir", "Car broke down on the Dhaka-Chittagong highway, will call back", "", None, ""),
    (5, "C-003", "Nasrin", "ছোট বোন ডেলিভারি রুমে, বাচ্চা হবে আজকে", "", None, ""),
    (2, "C-004", "Tanvir", "Busy in a meeting, asked to call later", "", None, ""),
    (9, "C-005", "Nasrin", "বাবা মারা গেছেন গত সপ্তাহে", "", None, ""),
    (4, "C-006", "Tanvir", "Interested in the new sarees; wants to see them first", "", 0, ""),
    (6, "C-007", "Nasrin", "অর্ডার দেরিতে এসেছে, অসন্তুষ্ট", "complaint", None, ""),
    (2, "C-008", "Tanvir", "Meye osustho, school e jete pareni", "", None, ""),
    (10, "C-010", "Tanvir", "Daughter's wedding next month", "celebration", None, "yes"),
    (1, "C-099", "Nasrin", "নতুন গ্রাহক, নম্বর ভুল লেখা হয়েছে", "", None, ""),
    (2, "C-011", "Nasrin", "ছেলে অসুস্থ", "", "পরশু", ""),
]

ORDER_ROWS = [  # customer, days before today, amount
    ("C-001", 20, 2500), ("C-001", 65, 1800), ("C-001", 110, 3200), ("C-001", 150, 2100),
    ("C-002", 12, 12000), ("C-002", 45, 8500), ("C-002", 80, 15000), ("C-002", 120, 9000),
    ("C-003", 30, 1500), ("C-003", 95, 1200),
    ("C-004", 40, 4500),
    ("C-005", 200, 22000), ("C-005", 230, 18000), ("C-005", 262, 25000), ("C-005", 290, 21000),
    ("C-005", 320, 30000), ("C-005", 350, 17500),
    ("C-007", 15, 3000), ("C-007", 50, 2800), ("C-007", 85, 3500),
    ("C-008", 25, 6000), ("C-008", 60, 5500), ("C-008", 90, 7000),
    ("C-009", 35, 1000), ("C-009", 70, 1100),
    ("C-010", 180, 45000), ("C-010", 210, 38000), ("C-010", 240, 52000), ("C-010", 275, 41000),
    ("C-012", 300, 9000), ("C-012", 340, 11000), ("C-012", 380, 8000),
]


def demo_grids(today: date) -> dict[str, list[list[Cell]]]:
    """The demo sheet's tabs, with dates placed around ``today``."""
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    customers: list[list[Cell]] = [[*CUSTOMERS.headers()[:6], "Agent", "Do Not Contact", "Notes"]]
    customers += [list(row) for row in CUSTOMERS_ROWS]
    notes: list[list[Cell]] = [list(CALL_NOTES.headers())]
    for i, (days, cid, agent, text, event, follow, done) in enumerate(CALL_NOTE_ROWS):
        when: object = ago(days)
        if i % 3 == 1:
            when = ago(days).strftime("%d/%m/%Y")  # typed as text, day first
        follow_cell = ago(follow) if isinstance(follow, int) else follow
        notes.append([when, cid, agent, text, event, follow_cell, done])
    orders: list[list[Cell]] = [list(ORDERS.headers())]
    orders += [[ago(days), cid, amount, ""] for cid, days, amount in ORDER_ROWS]
    meetup_day = today + timedelta(days=6)
    meetups: list[list[Cell]] = [list(MEETUPS.headers()),
               ["M-01", "চা-চক্র: নতুন শীতের কালেকশন", meetup_day, "17:00",
                "দোকানের দোতলা, ধানমন্ডি ২৭", "interested, lost", 5, ""]]
    feedback: list[list[Cell]] = [list(FEEDBACK.headers()),
                [ago(20), "", "C-002", "", "Delivery was late twice and nobody called me back", ""],
                [ago(18), "", "C-001", "positive", "শাড়ির মান খুব ভালো", ""],
                [ago(15), "", "C-008", "", "It would help to have a bKash payment option", ""]]
    return {
        "Customers": customers,
        "Call Notes": notes,
        "Orders": orders,
        "Meetups": meetups,
        "Feedback": feedback,
        "Messages": [list(MESSAGES.headers())],
    }


def build_demo_workbook(path: Path, today: date) -> Path:
    """Write a fresh demo workbook at ``path`` (replacing an old demo there)."""
    from .backends.workbook import create_workbook
    return create_workbook(path, demo_grids(today))

"""Deterministic, realistic shop data at any size, for benchmarks and scale tests."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, MESSAGES, ORDERS

FIRST = ["রহিমা", "Karim", "সুমাইয়া", "Farhana", "জসিম", "Tahmina", "আব্দুল", "Nusrat", "কামরুল", "Shafiq"]
LAST = ["খাতুন", "Uddin", "আক্তার", "Rahman", "হক", "Begum", "ইসলাম", "Jahan", "হাসান", "Ahmed"]
NOTES = ["মেয়ের জ্বর", "Car broke down on the highway", "wife in delivery room", "busy, call later",
         "bought two sarees", "অর্ডার দেরিতে এসেছে", "বাবা মারা গেছেন", "asked about prices",
         "ammu osustho", "গাড়ি স্টার্ট হচ্ছে না", "birthday next week", "happy with the quality"]


def shop_grids(customers: int, notes_per_customer: int = 5, orders_per_customer: int = 3,
               today: date = date(2026, 11, 24), seed: int = 7,
               distinct_notes: bool = False) -> dict[str, list[list]]:
    """``distinct_notes``: every call note's text different (a number in brackets after
    it), as in a real shop, where the note reader cannot reuse what it read before."""
    rng = random.Random(seed)
    cust = [CUSTOMERS.headers()]
    for i in range(customers):
        phone = f"01{rng.choice('3456789')}{rng.randrange(10**8):08d}"
        cust.append([f"C-{i:06d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", phone, "", "",
                     rng.choice(["bn", "en", ""]), "", "", "", "", rng.choice(["Nasrin", "Tanvir"]),
                     "yes" if rng.random() < 0.02 else "", ""])
    notes = [CALL_NOTES.headers()]
    orders = [ORDERS.headers()]
    for i in range(customers):
        for _ in range(notes_per_customer):
            day = today - timedelta(days=rng.randrange(0, 400))
            agent, text = rng.choice(["Nasrin", "Tanvir"]), rng.choice(NOTES)  # in this order
            notes.append([day, f"C-{i:06d}", agent, f"{text} ({len(notes)})" if distinct_notes else text,
                          "", "", "yes" if rng.random() < 0.3 else ""])
        for _ in range(orders_per_customer):
            day = today - timedelta(days=rng.randrange(0, 700))
            orders.append([day, f"C-{i:06d}", rng.randrange(500, 20000), ""])
    return {"Customers": cust, "Call Notes": notes, "Orders": orders, "Messages": [MESSAGES.headers()]}


SERIAL_EPOCH = date(1899, 12, 30)


def to_google(grids: dict[str, list[list]]) -> dict[str, list[list]]:
    """What Google stores for the same sheet: date cells are day serials."""
    def cell(v):
        if isinstance(v, datetime):
            v = v.date()
        if isinstance(v, date):
            return (v - SERIAL_EPOCH).days
        return v
    return {t: [[cell(v) for v in row] for row in rows] for t, rows in grids.items()}

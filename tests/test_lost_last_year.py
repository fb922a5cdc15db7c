"""A customer seen in one season only, last year's, whose season is coming: at risk, not lost.

With about a year of history a customer who buys once a year before Christmas or Eid has
been seen once, so the two-year season rule cannot know them; a blind trial found them
filling the top of the lost list (and taking the day's win-back messages) just before
their season, most of them buying again within weeks.
"""
from __future__ import annotations

from datetime import date, timedelta

from khatir.rules.history import PurchaseHistory
from khatir.rules.lost import AT_RISK, LOST, LostSettings, assess_all
from khatir.rules.lost.seasonal import Festival, Season, ShopDays, last_year_season

X = (date(2024, 11, 12), date(2024, 11, 26))  # two days in last year's Christmas weeks


def monthly(start: date, months: int, shift: int = 0) -> list[date]:
    return [start + timedelta(days=30 * m + shift) for m in range(months)]


def regular(start: date, months: int, i: int, season: date) -> list[date]:
    """Every month, and once more in the season: a season brings the regulars too."""
    return sorted({*monthly(start, months, i), season + timedelta(days=i % 30)})


def christmas_shop(*extra: list[date]) -> ShopDays:
    """40 customers who bought only in October or November 2024, 30 who buy every month."""
    bursts = [[date(2024, 10, 1) + timedelta(days=i * 3 // 2), date(2024, 10, 10) + timedelta(days=i * 3 // 2)]
              for i in range(40)]
    regulars = [regular(date(2024, 9, 1), 14, i, date(2024, 10, 15)) for i in range(30)]
    return ShopDays.of([*bursts, *regulars, *extra, list(X)])


def test_last_years_christmas_buyer_is_waiting_in_october():
    season = last_year_season(X, date(2025, 10, 15), 28, (), christmas_shop())
    assert season == Season(11, "", date(2025, 10, 15), date(2025, 12, 10), once=True)
    assert season.describe("en", waiting=True) == "bought around November last year; that time is coming"
    assert season.describe("bn", waiting=True) == "গত বছর নভেম্বর মাসের দিকে কিনেছিলেন; সেই সময় আসছে"
    # a month before the window opens it is already coming; the last day of the window too
    assert last_year_season(X, date(2025, 9, 15), 28, (), christmas_shop()) is not None
    assert last_year_season(X, date(2025, 12, 10), 28, (), christmas_shop()) is not None


def test_not_waiting_long_before_the_season_nor_after_it():
    assert last_year_season(X, date(2025, 7, 1), 28, (), christmas_shop()) is None
    assert last_year_season(X, date(2025, 9, 14), 28, (), christmas_shop()) is None
    assert last_year_season(X, date(2025, 12, 11), 28, (), christmas_shop()) is None


def test_only_a_short_burst_counts():
    spread = (date(2024, 10, 5), date(2024, 11, 30))  # 56 days apart: still one burst
    assert last_year_season(spread, date(2025, 10, 15), 28, (), christmas_shop()) is not None
    wider = (date(2024, 10, 4), date(2024, 11, 30))  # 57 days
    assert last_year_season(wider, date(2025, 10, 15), 28, (), christmas_shop()) is None


def test_a_shop_without_a_season_has_no_one_waiting():
    """Customers spread over the year: two purchases close together a year ago are just a
    customer who left."""
    steady = ShopDays.of([monthly(date(2024, 9, 20), 13, i) for i in range(30)]
                         + [[date(2024, 9, 20) + timedelta(days=12 * i),
                             date(2024, 9, 27) + timedelta(days=12 * i)] for i in range(30)]
                         + [list(X)])
    assert last_year_season(X, date(2025, 10, 15), 28, (), steady) is None


def test_where_the_seasons_buyers_also_buy_at_other_times_one_who_did_not_has_left():
    """A farm shop: its busy season's buyers come back for the next planting season, so
    one who bought in last year's season only has most likely stopped buying."""
    farmers = [[date(2024, 11, 1) + timedelta(days=i % 20), date(2024, 11, 10) + timedelta(days=i % 20),
                date(2025, 4, 1) + timedelta(days=i % 20), date(2025, 7, 1) + timedelta(days=i % 20)]
               for i in range(40)]
    farm = ShopDays.of([*farmers, *[monthly(date(2024, 9, 20), 13, i) for i in range(10)], list(X)])
    assert last_year_season(X, date(2025, 10, 15), 28, (), farm) is None


def test_before_a_listed_festival_the_festivals_next_date_is_followed():
    eid = ("Eid", (date(2025, 3, 31), date(2026, 3, 20), date(2027, 3, 10)))
    buyer = (date(2025, 3, 20), date(2025, 3, 28))
    bursts = [[date(2025, 3, 10) + timedelta(days=i % 15), date(2025, 3, 14) + timedelta(days=i % 15)]
              for i in range(30)]
    shop = ShopDays.of([*bursts, *[regular(date(2025, 1, 25), 13, i, date(2025, 3, 1)) for i in range(30)],
                        list(buyer)])
    season = last_year_season(buyer, date(2026, 2, 25), 28, (eid,), shop)
    assert season == Season(3, "Eid", date(2026, 2, 20), date(2026, 3, 27), once=True,
                            seen=date(2025, 3, 31), listed=Festival.of_dates(*eid, 28))
    assert season.describe("en", waiting=True) == "bought only before Eid in March 2025; Eid is coming again"
    assert season.describe("bn", waiting=True) == "শুধু মার্চ ২০২৫-এ Eid-এর আগে কিনেছিলেন; Eid আবার আসছে"
    # Eid is 11 days earlier this year: by the calendar the window would open on 1 March
    assert last_year_season(buyer, date(2026, 3, 27), 28, (eid,), shop) is not None
    assert last_year_season(buyer, date(2026, 3, 28), 28, (eid,), shop) is None


def dated(cid: str, days) -> PurchaseHistory:
    days = tuple(days)
    return PurchaseHistory(cid, days[0], days[-1], len(days), 1000.0 * len(days), "orders", days)


def test_the_waiting_customer_is_at_risk_at_most_with_the_reason_in_words():
    bursts = [dated(f"B{i:02d}", [date(2024, 11, 1) + timedelta(days=i % 20),
                                  date(2024, 11, 10) + timedelta(days=i % 20)]) for i in range(30)]
    regulars = [dated(f"R{i:02d}", regular(date(2024, 9, 20), 10 if i % 3 == 0 else 13, i,
                                           date(2024, 11, 1))) for i in range(30)]
    everyone = [dated("X", X), *bursts, *regulars]
    settings = LostSettings(lost_below=0.99, at_risk_below=1.0)  # everyone overdue would be lost
    october = {a.customer_id: a for a in assess_all(everyone, date(2025, 10, 15), settings)}
    assert october["X"].level == AT_RISK
    assert october["X"].explain("en") == ("bought around November last year; that time is coming; "
                                          "no purchase for 323 days; 2 orders, ৳ 2,000 in total")
    assert october["X"].explain("bn") == ("গত বছর নভেম্বর মাসের দিকে কিনেছিলেন; সেই সময় আসছে; "
                                          "৩২৩ দিন ধরে কোনো কেনাকাটা নেই; ২টি অর্ডার, মোট ৳ ২,০০০")
    assert october["R00"].level == LOST  # a regular silent since June is still lost
    # the season passed without a purchase: now they can be lost like anyone else
    january = {a.customer_id: a for a in assess_all(everyone, date(2026, 1, 10), settings)}
    assert january["X"].level == LOST
    assert january["X"].explain("en").startswith("bought twice, 14 days apart; no purchase for 410 days")


def test_no_one_waits_in_a_shop_younger_than_a_year_or_after_a_one_off_rush():
    """A year of orders is what the busy weeks are judged against; weeks when nearly every
    repeat buyer bought then only, or when only the burst buyers made them busy (a sale,
    the opening), are no season."""
    def shop_from(first: date) -> ShopDays:
        bursts = [[date(2024, 11, 1) + timedelta(days=i % 20), date(2024, 11, 10) + timedelta(days=i % 20)]
                  for i in range(30)]
        return ShopDays.of([*bursts, *[regular(first, 13, i, date(2024, 10, 20)) for i in range(30)],
                            list(X)])
    assert last_year_season(X, date(2025, 10, 15), 28, (), shop_from(date(2024, 10, 10))) is not None
    assert last_year_season(X, date(2025, 10, 15), 28, (), shop_from(date(2024, 10, 20))) is None
    rush = ShopDays.of([[date(2024, 11, 1) + timedelta(days=i % 20), date(2024, 11, 10) + timedelta(days=i % 20)]
                        for i in range(60)] + [monthly(date(2024, 9, 1), 14)] + [list(X)])
    assert last_year_season(X, date(2025, 10, 15), 28, (), rush) is None
    # the opening weeks: customers who bought two or three times then and left make the
    # weeks busy, but the shop's steady customers bought no more then than ever
    opening = ShopDays.of([monthly(date(2024, 9, 1), 14, i) for i in range(30)]
                          + [[date(2024, 11, 1) + timedelta(days=i % 20 + k * 10) for k in range(3)]
                             for i in range(40)] + [list(X)])
    assert last_year_season(X, date(2025, 10, 15), 28, (), opening) is None
    assert last_year_season(X, date(2025, 10, 15), 28, (), christmas_shop()) is not None


def test_the_backtest_tells_the_owner_how_last_years_season_buyers_did():
    """The owner sees whether holding last season's buyers back was right in their shop."""
    from khatir.backtest import backtest
    from khatir.backtest_report import plain_report
    from khatir.sheet.records import Order

    bursts = {f"B{i:02d}": [date(2024, 11, 1) + timedelta(days=i % 20),
                            date(2024, 11, 10) + timedelta(days=i % 20)] for i in range(30)}
    regulars = {f"R{i:02d}": regular(date(2024, 9, 20), 10 if i % 3 == 0 else 13, i,
                                     date(2024, 11, 1)) for i in range(30)}
    back = {f"B{i:02d}": [date(2025, 11, 5) + timedelta(days=i % 20)] for i in range(0, 30, 3)}
    orders = [Order(2, d, cid, 500.0) for days in (bursts, regulars, {"X": list(X)}, back)
              for cid, ds in days.items() for d in ds]
    result = backtest(orders, date(2025, 10, 15))
    held, gone = result.last_year_season
    assert (held, gone) == (31, 21)  # the 30 burst buyers and X; 10 of them bought again
    report = plain_report(result, "en").splitlines()
    assert ("- 31 customers whose season was coming (seen in last year's season only, or before a "
            "listed festival), were at risk rather than lost; 21 of them (68%) never came back.") in report
    assert ("- মৌসুম আসছিল এমন ৩১ জন গ্রাহক (শুধু গত বছরের মৌসুমে, বা তালিকার কোনো উৎসবের আগে কিনেছেন) "
            "হারানো নয়, ঝুঁকিতে ছিলেন; তাঁদের ২১ জন (৬৮%) আর ফেরেননি।") in plain_report(result, "bn").splitlines()

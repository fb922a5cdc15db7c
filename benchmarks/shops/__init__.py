"""Fifteen shops the lost flag was never developed on, each written by a separate author.

Each author got only a short brief (the kind of shop, about a year of history, retail and
wholesale buyers, the file layout) and wrote a generator from their own idea of how such
customers behave, without seeing Khatir's code, its synthetic shops or one another's
work. Each module has ``write(seed, path)`` and writes the log as that shop's system
would export it; ``python -m benchmarks.lost_quality --independent`` writes seeds 1 to 3
of each into a temporary folder and reads them back as ``khatir backtest --csv`` does.

* ``giftware_uk``: a UK online giftware shop selling to small retail shops and private
  customers, 1 December 2010 to 9 December 2011, one row per invoice line (US dates,
  cancellations, a fifth of the lines without a customer ID). Existing wholesale
  accounts that pause for months, Christmas-only buyers, an autumn peak.
* ``dhaka_clothing``: a Dhaka clothing and gift shop (Facebook, WhatsApp and store),
  November 2024 to December 2025, one row per order in Taka. Eid al-Fitr, Eid al-Adha,
  Pohela Boishakh, Puja and the winter weddings; festival-only buyers; resellers who
  restock before busy times; quiet stopping of 5 to 8% a month.
* ``plant_nursery``: a UK online plant, bulb and seed nursery with trade buyers, February
  2023 to February 2024, one row per order (day-first dates, guest checkouts). Spring,
  bulb-season and gift-only buyers; trade accounts that shut for the winter.
* ``kitchenware_bd``: a Bangladeshi online kitchenware and home-goods shop (website and
  Facebook), September 2024 to September 2025, one row per order in Taka with a note.
  11.11 and year-end sales, Ramadan and Eid al-Adha peaks, the courier cut-off at Eid;
  regular, occasional, fading, seasonal and reseller customers with breaks.

* ``bookshop_bd``: a Bangladeshi online bookshop with schools, coaching centres and
  district bookshops as trade buyers, June 2023 to July 2024, one row per invoice line
  (``DD.MM.YYYY`` dates, a ``client`` column). The Ekushey Boi Mela in February, the
  school year in January, fair-only readers, institutions ordering in term cycles.
* ``outdoor_gear_us``: a North American outdoor and camping shop with outfitters as trade
  accounts, September 2023 to September 2024, one row per order (US dates with times).
  A spring-summer season and Black Friday; trade stocking up January to April.

Three more, written in a fourth round after the reader learnt status columns, phone
numbers and e-mail addresses as customers (the flag itself unchanged), and read once:

* ``eu_homeware``: a Dutch online homeware and gifts shop selling to boutiques and
  concept stores across the EU and to private customers, October 2023 to November 2024,
  one row per invoice line (``;`` separated, decimal commas, ``dd-mm-yyyy HH:MM``, credit
  notes with negative quantities, guest orders without a customer number). Wholesale
  accounts that pause for months and come back with a larger order, coastal shops shut
  in winter, Black Friday and Sinterklaas, gift-only buyers.
* ``bd_cosmetics``: a Bangladeshi Facebook-page cosmetics and skin-care shop with
  resellers, cash on delivery, August 2024 to August 2025, one row per order (the
  customer's mobile number typed in several ways, day-first dates, a Status column with
  delivered, returned and cancelled). The winter skin-care season, both Eids, Pohela
  Boishakh, sales days; Eid-only and winter-only buyers; resellers who switch supplier.
* ``uk_party``: a UK online party-supplies shop with event planners, shops and schools as
  trade buyers, January 2024 to January 2025, one row per order (ISO dates, guest
  checkouts with an e-mail and no customer ID, refunds as rows of their own, a financial
  status). Families who come back for each child's birthday, Halloween and Christmas
  fans, a strong October peak.

Three more in a fifth round, each from the brief closest to the issue's own unseen shop
(a seasonal online gift shop with about a year of history, retail and wholesale
buyers), written and read once after everything above was settled:

* ``uk_gift_wholesale``: a UK online gift and homeware shop, mostly wholesale, 1 December
  2014 to 9 December 2015, invoice lines (cancellations as "C" invoices, a fifth of the
  lines without a customer ID). Accounts that pause or fade, Christmas-only buyers, trial
  accounts.
* ``uk_novelty_gifts``: a UK novelty gifts and party goods business, December 2022 to
  December 2023, invoice lines with ISO dates; trade fairs in February and September,
  trade buying ahead of retail, guest checkouts without an ID.
* ``dhaka_gifts``: a Dhaka online gift and festival shop, July 2024 to June 2025, one row per
  order (day-first dates, the mobile number as the customer, cancelled and returned
  orders with a status); Eid, Boishakh, Puja and year-end corporate gifting.

And a sixth round from the issue's brief alone ("a seasonal online shop with about a year
of history, retail and wholesale buyers"), each author given only a country and a trade,
written and read once to decide one change (below):

* ``uk_gifts_homewares``: a UK online gifts and homewares shop with trade accounts, July
  2022 to June 2023, invoice lines with credit notes; tourist shops shut for the winter.
* ``de_seasonal_decor``: a German online shop for seasonal decorations and stationery,
  2023, invoice lines in German (``Belegdatum``, ``Kundennr``, ``Gesamtpreis netto``,
  ``;`` and decimal commas; Storno and Gutschrift as negative lines).
* ``bd_clothing_resellers``: a Bangladeshi Facebook clothing shop with resellers and
  district shops, August 2023 to July 2024, one row per order with a status; Eid-ul-Fitr
  drives the year.

The first six were written in two rounds: the first two were read, then the plant nursery and
the kitchenware shop were written and read once each, then the last two. No setting of
the lost flag was changed after reading any of them. The bookshop's export had a
``client`` column the reader did not know, and the reader learnt it (and more names
for the customer, date and amount columns); that is the only change they caused.
The fifth round led to one change of the flag (the list is never shorter than 0.6 times
"no purchase for 90 days"), decided on the sixth round, read once with and without it;
the German export of the sixth round taught the reader German column names first.

Three more in a seventh round (stop 28), each from a brief close to the issue's unseen
shop and written before anything below was changed, kept apart (``HELD_OUT``) and read
only to check a change decided on the fifteen above, on CDNOW and on the synthetic shops:

* ``uk_home_gifts_2023``: a UK online giftware and homeware shop selling to private
  customers and small retail shops, December 2022 to December 2023, invoice lines
  (day-first dates with times, "C" cancellations, a fifth of lines without a customer).
* ``bd_winter_eid_2025``: a Bangladeshi Facebook/WhatsApp winter-wear and Eid clothing
  shop with district shops and resellers, October 2024 to October 2025, one row per
  order (the mobile number as the customer, refused cash-on-delivery parcels cancelled).
* ``us_craft_supplies``: a North American craft-supplies shop selling to hobbyists, Etsy
  sellers, teachers and craft stores, September 2023 to August 2024, a Shopify-like export
  (the e-mail as the customer, voided and refunded orders).
"""
from __future__ import annotations

from datetime import date

from . import (bd_clothing_resellers, bd_cosmetics, bd_winter_eid_2025, bookshop_bd,
               de_seasonal_decor, dhaka_clothing, dhaka_gifts, eu_homeware, giftware_uk,
               kitchenware_bd, outdoor_gear_us, plant_nursery, uk_gift_wholesale,
               uk_gifts_homewares, uk_home_gifts_2023, uk_novelty_gifts, uk_party,
               us_craft_supplies)

#: name -> (module with write(seed, path), the cut dates its author chose)
SHOPS = {
    "giftware_uk": (giftware_uk, (date(2011, 6, 30), date(2011, 7, 31), date(2011, 8, 31))),
    "dhaka_clothing": (dhaka_clothing, (date(2025, 5, 20), date(2025, 7, 15), date(2025, 8, 31))),
    "plant_nursery": (plant_nursery, (date(2023, 7, 31), date(2023, 9, 15), date(2023, 11, 15))),
    "kitchenware_bd": (kitchenware_bd, (date(2025, 2, 28), date(2025, 4, 30), date(2025, 6, 30))),
    "bookshop_bd": (bookshop_bd, (date(2023, 11, 30), date(2024, 1, 15), date(2024, 3, 31))),
    "outdoor_gear_us": (outdoor_gear_us, (date(2024, 3, 1), date(2024, 5, 1), date(2024, 7, 1))),
    "eu_homeware": (eu_homeware, eu_homeware.CUTS),
    "bd_cosmetics": (bd_cosmetics, bd_cosmetics.CUTS),
    "uk_party": (uk_party, uk_party.CUTS),
    "uk_gift_wholesale": (uk_gift_wholesale, uk_gift_wholesale.CUTS),
    "uk_novelty_gifts": (uk_novelty_gifts, uk_novelty_gifts.CUTS),
    "dhaka_gifts": (dhaka_gifts, dhaka_gifts.CUTS),
    "uk_gifts_homewares": (uk_gifts_homewares, uk_gifts_homewares.CUTS),
    "de_seasonal_decor": (de_seasonal_decor, de_seasonal_decor.CUTS),
    "bd_clothing_resellers": (bd_clothing_resellers, bd_clothing_resellers.CUTS),
}
#: The seventh round: kept apart, read only to check a change decided on the shops above.
HELD_OUT = {
    "uk_home_gifts_2023": (uk_home_gifts_2023, uk_home_gifts_2023.CUTS),
    "bd_winter_eid_2025": (bd_winter_eid_2025, bd_winter_eid_2025.CUTS),
    "us_craft_supplies": (us_craft_supplies, us_craft_supplies.CUTS),
}
SEEDS = (1, 2, 3)

"""Khatir: turn a shop's shared spreadsheet into a customer-care assistant."""

__version__ = "0.1.0"

"""Reading the sheet: its tabs and columns (the contract, docs/sheet-schema.md), each
cell parsed into a clean value, the records the rules work on, and how Khatir's own
tabs are recognised and laid out."""

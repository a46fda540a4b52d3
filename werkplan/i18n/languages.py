"""The languages werkplan speaks; every text in the catalogue has both."""

DE = "de"
EN = "en"

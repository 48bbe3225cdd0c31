"""Language facts, one module per language: `tqa.lang.ar` (Arabic) and `tqa.lang.en`
(English). Letters, digits, folding, the clitic and article stripper, month and
weekday names and number words live here and nowhere else; every other module
imports them."""

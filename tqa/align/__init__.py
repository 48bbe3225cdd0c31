"""Alignment: which sentences translate which. `bilingual` pairs an Arabic and an
English article (anchors, features, sequences help it); `monolingual` pairs two
versions in one language (tqa score); `io` reads and writes alignments; `evaluation`
scores them against gold."""

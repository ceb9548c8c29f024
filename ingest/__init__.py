"""Articles in, claims out: readers turn files, URLs and feeds into `Article`s;
the rules extractor (`extract.Extractor`) turns each article into grounded `Claim`s;
`evaluate` scores the extractor against a gold folder."""

from __future__ import annotations

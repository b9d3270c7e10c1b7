"""The knowledge extraction reads, loaded from the data files of ``extract/data``.

Countries (``countries``), public figures (``public_figures``), the trigger table
(``triggers``) and the word lists (``word_lists.WORDS``, from ``data/words/*.txt``): rules
import their words from here and contain none themselves.
"""

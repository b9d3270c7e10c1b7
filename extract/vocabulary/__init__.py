"""The knowledge extraction reads, loaded from the data files of ``extract/data``.

Countries, public figures, the trigger table and the word lists: rules import their words from
here and contain none themselves.
"""

"""Reading articles: files, folders, JSON lines and URLs in; cleaned ``Article`` records out.

Readers, encodings, fetching, HTML text, scraper-junk cleaning, the article head and the
splitting of over-long articles all live here; nothing in this room parses language.
"""

"""Official notices (通知): authoring, document numbers, versions, PDF export.

``alliance`` holds the alliance's own settings (names, issuer mark, number prefix,
seal, conversion lists); ``service`` the clerk's actions on notices; ``queries``
the list; ``export`` the way from a notice to a GB/T 9704 PDF (core.documents).
"""

"""Import and export of member units and their contacts (Excel .xlsx and CSV).

* ``readers``: a .xlsx or .csv file -> :class:`table.Table` (header + compact rows of text),
  read as a stream (``xlsx_reader`` checks an .xlsx's zip directory before reading and parses
  the sheet with expat); refuses broken, empty, unsupported, oversized and expanding files
  and over-long cells with a ``UserError`` in the clerk's language.
* ``columns``: which column holds which field (Chinese in either script, English); repeated
  headers are found, not dropped.
* ``member_import``: :func:`member_import.plan_import` (a dry run, no writes) and
  :func:`member_import.apply_import` (one undoable action, cancellable, the plan matched again
  inside the transaction); helped by ``grouping`` (rows of one unit -> one unit with its
  contacts), ``matching`` (against the registered units), ``left_out`` (total and note rows),
  ``cells`` (formula guard, mobile numbers, line breaks) and ``import_plan`` (the data classes).
* ``member_export``: :func:`member_export.export_members` writes a sheet the
  importer reads back unchanged.
* ``file_errors``: why a file could not be read or written, translated.
"""

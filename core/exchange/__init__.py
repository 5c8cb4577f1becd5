"""Import and export of member units and their contacts (Excel .xlsx and CSV).

* ``readers``: a .xlsx or .csv file -> :class:`readers.Table` (header + rows as text);
  refuses broken, empty, unsupported and oversized files with a ``UserError``.
* ``columns``: which column holds which field (Chinese in either script, English).
* ``member_import``: :func:`member_import.plan_import` (a dry run, no writes) and
  :func:`member_import.apply_import` (one undoable action, cancellable); helped by
  ``grouping`` (rows of one unit -> one unit with its contacts), ``matching``
  (against the registered units) and ``import_plan`` (the plan's data classes).
* ``member_export``: :func:`member_export.export_members` writes a sheet the
  importer reads back unchanged.
"""

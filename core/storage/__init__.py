"""Storage: the only package that speaks SQL.

``database`` opens and guards the SQLite file, ``migrations`` upgrades its schema,
and one module per feature (``units``, ``contacts``, ``committees``) holds that
feature's queries. Moving to another database server later is a change of this
package only.
"""

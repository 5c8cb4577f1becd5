"""Official notices (通知): the list, the editor with its structured body editor, the
print preview, PDF export (one or a batch) and the alliance settings."""

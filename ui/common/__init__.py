"""Building blocks shared by every module's views: language switching, the lazy
table model, the base dialog, background jobs, message boxes."""

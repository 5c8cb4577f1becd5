"""Chinese text helpers: script folding for search, pinyin sort keys."""

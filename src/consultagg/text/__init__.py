"""The shared text kit: normalising, numerals, ids, segmentation and domain vocabularies.

No stage logic lives here; every stage may use it.

Examples
--------
>>> from consultagg.text import normalize_text, chinese_to_int
>>> normalize_text("建议  增加ＰＭ２.５监测。"), chinese_to_int("十四")
('建议增加PM2.5监测。', 14)
"""

from consultagg.text.domains import FunctionBlock, leading_domains, load_functions, load_subjects
from consultagg.text.ids import comment_id, content_key, id_from_keys
from consultagg.text.normalize import (TextNormalizer, clean_display, clean_display_with_offsets,
                                       nfkc, normalize_text, starts_with_numbering)
from consultagg.text.numerals import CHINESE_DIGITS, chinese_to_int, int_to_chinese, is_numeral
from consultagg.text.segment import JiebaSegmenter, load_domain_words, load_stopwords

__all__ = [
    "CHINESE_DIGITS", "FunctionBlock", "JiebaSegmenter", "TextNormalizer", "chinese_to_int", "clean_display",
    "clean_display_with_offsets", "comment_id", "content_key", "id_from_keys", "int_to_chinese", "is_numeral",
    "leading_domains", "load_domain_words", "load_functions", "load_stopwords", "load_subjects",
    "nfkc", "normalize_text", "starts_with_numbering",
]

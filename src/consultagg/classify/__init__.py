"""The classify stage: each opinion's type for the tracker's 意见类型 column.

``编辑性`` (wording, punctuation, numbering: a short opinion about the text as written),
``实质性`` (asks to add, delete or change content, targets, funds, duties; or proposes new
wording), ``一般性`` (everything else: remarks, support, questions).

Examples
--------
>>> from consultagg.classify import CommentTypeClassifier, comment_type
>>> comment_type("第12页“污水”应为“废水”，属笔误。")
'编辑性'
>>> CommentTypeClassifier().fit().predict(["建议补充碳达峰目标。", "规划总体思路清晰。"]).tolist()
['实质性', '一般性']
"""

from consultagg.classify.rules import COMMENT_TYPES, CommentTypeClassifier, comment_type

__all__ = ["COMMENT_TYPES", "CommentTypeClassifier", "comment_type"]

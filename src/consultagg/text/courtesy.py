"""Courtesy that asks for nothing, shared by the reader and the duplicate verifier.

:data:`MODESTY` is a writer's modesty (不太懂政策，说得不对的地方请领导见谅): a plea to be excused,
never a request of the draft, wherever in a letter it stands.

Examples
--------
>>> import re
>>> bool(re.search(MODESTY, "我们商量了一下，说得不对的地方请领导见谅。"))
True
>>> bool(re.search(MODESTY, "请将第三条的表述改得通俗一些。"))
False
"""

from __future__ import annotations

__all__ = ["MODESTY"]

#: A writer's modesty, as a pattern's source: an optional 不太懂… / 文化不高 clause, then 说得不对（的地方）请…见谅/包涵.
MODESTY = (r"(?:我们?不(?:太|大|怎么|是很)?懂[^，,。！!？?]{1,8}[，,]\s*|不(?:太|大|怎么|是很)?懂[^，,。！!？?]{1,8}[，,]\s*|"
           r"(?:我的?)?文化(?:程度|水平)?(?:不高|有限|低)[，,]\s*)?"
           r"(?:如果|若|要是)?(?:我们?)?(?:说|讲|写|提)得(?:不对|不好|不妥|不当)(?:的地方|之处)?"
           r"[，,]?(?:还|也)?(?:请|望)[^。！!？?，,]{0,6}?(?:多多|多)?(?:见谅|包涵|海涵|谅解|指正)")

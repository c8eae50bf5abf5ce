"""Reading a consultation: the readers read, the text kit cleans, the extract stage splits letters.

:func:`read_comments` and :func:`read_plan` are the public face of reading. They compose
:mod:`consultagg.io` (which only reads) with :func:`~consultagg.text.normalize.clean_display` and
:func:`~consultagg.extract.parse_letter` (how a letter becomes opinions) and
:func:`~consultagg.sections.parse_plan` (how the draft becomes a tree of sections).

Examples
--------
>>> from consultagg.reading import read_comments
>>> rows = read_comments([{"提出单位": "水利厅", "意见内容": "建议强化水资源刚性约束。"},
...                       {"提出单位": "科技厅", "意见内容": ""}])
>>> [c.department for c in rows], rows.empty_rows
(['水利厅'], ['<dicts> 第2条'])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from consultagg.errors import ConsultaggInputError
from consultagg.extract import Letter, asks, asks_again, opens_on_part, parse_letter, praise_only, question_only, split_cell
from consultagg.extract.units import is_identity, split_office, writes_for_itself
from consultagg.io.tables import read_comment_rows, read_plan_text
from consultagg.records import PUBLIC_NAMES, CommentList, Plan
from consultagg.sections import parse_plan
from consultagg.text.ids import content_key, free_id
from consultagg.text.normalize import clean_display

__all__ = ["ConsultaggInputError", "read_comments", "read_plan"]


def read_comments(source, *, columns: Mapping[str, str | None] | None = None,
                  sheet: str | int | Sequence[str | int] | None = None, encoding: str | None = None,
                  department: str | None = None, kind: str | None = None) -> CommentList:
    """Read comments from files, folders, dicts or a DataFrame.

    Parameters
    ----------
    source : path, folder, list of paths, list of dicts, list of Comment, DataFrame, list of str or Series
        A list of strings that are not file names, or a pandas Series, is one opinion per item
        (a Series' own index, when it is not 0..n-1, gives the ids); a polars DataFrame or
        LazyFrame and a pyarrow Table or RecordBatch are read like a DataFrame, a polars Series
        or pyarrow array like a list of texts (neither library nor pandas is needed for that);
        another library's frame goes through pandas' dataframe interchange;
        ``.xlsx``/``.xlsm``, ``.xls``/``.xlsb``/``.ods``/``.et`` (with python-calamine), ``.csv``,
        ``.tsv``, ``.jsonl``, ``.json`` are read as tables;
        ``.txt``, ``.md``, ``.docx`` as letters (split into opinions; a platform's text export
        and a work group's chat export, each message under a line with its sender and the time,
        are read message by message). A folder is read file by
        file in sorted order (sub-folders included; Office lock files ``~$…``, hidden files and
        the system's ``Thumbs.db``, ``desktop.ini`` and ``__MACOSX`` skipped); a file of
        it that cannot be opened (an empty or damaged ``.docx``/``.xlsx``, a ``.doc``) is listed in
        ``unread_files`` with the reason and the rest is read. A list is read item by item and
        concatenated. A tracker this tool wrote (its hidden sheet ``_meta``), in a folder or in the
        list, is not read as comments: it is listed in ``unread_files`` with the reason.
    columns : mapping, optional
        Override the header guesses, ``{"text": "留言详情", "department": "来文单位"}``; keys are
        Comment fields (text, department, speaker, location, proposed_change, title, id), a
        value of None leaves that field unmapped.
    sheet : str, int or list, optional
        Worksheet name(s) or 0-based index(es). By default every sheet with a text column is read.
    encoding : str, optional
        Encoding of text files; detected by default (UTF-8 with or without BOM, UTF-16 with BOM,
        GB18030, Big5, Shift-JIS; UTF-16 without BOM is named in the error, not guessed).
    department : str, optional
        The unit for rows or letters that do not name one.
    kind : {None, "letter", "minutes", "table"}, optional
        How to read text files: by default tables by extension and letters or minutes detected
        from the text. ``"letter"``/``"minutes"`` force that document kind (and read even
        ``.csv``/``.json`` files as text); ``"table"`` reads a ``.txt`` export as a delimited table.

    Returns
    -------
    CommentList
        One :class:`Comment` per opinion, in input order, with ``empty_rows`` (``"file 第N行"``,
        the row number a person sees in Excel, header and title rows counted; ``"file（未识别出意见）"``
        for a letter, which the notes name too; an empty file is among ``unread_files``),
        ``no_opinion_units``, ``unread_files``, ``notes`` (encodings, header mapping, renamed
        ids, skipped repeats of the header row, columns sharing one header, a unit guessed from a
        file name) and ``skipped``: ``(file, text, reason)`` for every piece of a letter that is
        neither an opinion nor an opinion's context (称谓, 开头语, 总体评价, 结束语, 落款, 邮件头 …).

    Raises
    ------
    ConsultaggInputError
        Missing file, unsupported extension, a file given on its own that cannot be opened,
        undecodable text, bad JSON, or no text column (the message names the file, the sheet and
        lists the headers found); inputs holding nothing but trackers this tool wrote.
    ImportError
        A ``.docx`` file without python-docx installed, or an ``.xls``/``.xlsb``/``.ods``/``.et``
        file without python-calamine (``pip install 'consultagg[xls]'``).

    Notes
    -----
    Ids come from an id column (留言编号/意见编号 …) when its values name the rows (GZ002) and no
    value is given twice in the call; a running 序号 (1, 2, 3 …, restarting in every sheet and
    file) or a value given twice names no opinion, and those rows take
    :func:`consultagg.text.ids.comment_id` of unit and text, counting repeats across the whole
    call: an opinion's id depends neither on the order of the rows and files nor on the others.

    Examples
    --------
    >>> rows = read_comments([{"序号": 1, "提出单位": "自治区发改委", "章节条款": "第三章",
    ...                        "修改意见": "建议补充碳达峰内容。", "修改建议": "增加“碳达峰行动”一节"}])
    >>> c = rows[0]
    >>> c.id[0], c.department, c.location, c.proposed_change
    ('C', '自治区发改委', '第三章', '增加“碳达峰行动”一节')
    """
    letters: list[tuple[str | None, Letter]] = []  # this call's letters, for their reading report

    def split_letter(text, *, file=None, unit=None, kind=None) -> Letter:
        letter = parse_letter(text, file=file, unit=unit, kind=kind)
        letters.append((file, letter))
        return letter

    rows = read_comment_rows(source, columns=columns, sheet=sheet, encoding=encoding, department=department,
                             kind=kind, clean=clean_display, split_letter=split_letter)
    _posters_as_units(rows)
    _praise_aside(rows)
    _split_cells(rows)
    rows.skipped = [*getattr(rows, "skipped", ()), *((f, text, why) for f, letter in letters
                                                     for text, why in letter.skipped)]
    for f, letter in letters:
        if letter.unit_confidence == "guess":
            rows.notes.append(f"{f}：正文未写明提出单位，按文件名推测为“{letter.unit}”，请核对")
    return rows


_IN_MEMORY = ("<dicts>", "<DataFrame>", "<text>", "<texts>", "<comments>")
# Who writes as a person, not as a unit: a message is one message, answered as one.
_PUBLIC = PUBLIC_NAMES


def _posters_as_units(rows: CommentList) -> None:
    """A company or an organ posting under its own name in a table without a unit column
    (留言人：某某能源有限公司) writes for itself, as in a platform's text export; a person stays the
    speaker of a message from the public."""
    said: dict[str, list[str]] = {}
    for i, c in enumerate(rows):
        who = (c.speaker or "").strip()
        if c.source.file in _IN_MEMORY:
            continue
        kind = next((str(v).strip() for k, v in c.meta.items() if _POSTER_KIND.search(str(k)) and v), "")
        if c.source.row is not None and kind and (as_kind := _by_kind(kind, who, c.department)) != c.department:
            # a 身份 column beside a 单位/所在地 one (群众 | 赫琳浩特市, 企业 | 某公司 | 某工业园区, 人大代表 | 某某 |
            # 自治区人大代表（…代表团）): a person writes as the public, a body as itself, a deputy in their capacity
            c = rows[i] = replace(c, department=as_kind, speaker=None if as_kind and as_kind not in _PUBLIC and who in as_kind else c.speaker,
                                  meta={**c.meta, "所在地": c.department} if c.department and as_kind == _PUBLIC[0] else c.meta)
            continue
        if c.source.row is not None and c.department and c.department not in _PUBLIC and is_identity(c.department):
            # A 单位/身份 cell that says who the poster is (退休职工, 企业) is kept as detail, not as the unit
            # (a table's cell only: 与会人员 who propose together in minutes stay who they are).
            said.setdefault(c.source.file, []).append(c.department)
            c = rows[i] = replace(c, department=None, meta={**c.meta, "身份": c.department})
        if c.department is not None:
            continue
        poster = who or _poster(c.meta)  # (the speaker, or a ticket's 来电人 / 诉求人 cell)
        if writes_for_itself(poster):
            organ, office = split_office(poster)  # (某教育集团有限公司（办公室）: the company, its office as detail)
            rows[i] = replace(c, department=organ, speaker=None, meta={**c.meta, "office": office} if office else c.meta)
        elif (m := _BODY_AND_PERSON.fullmatch(poster)) and writes_for_itself(m.group("body")):
            rows[i] = replace(c, department=m.group("body"), speaker=m.group("person") or m.group("named"))  # 某养老院 尤女士
        elif (m := _PERSON_OF_BODY.fullmatch(poster)) and writes_for_itself(m.group("body")):
            rows[i] = replace(c, department=m.group("body"), speaker=m.group("person"))  # 覃某（某合作社负责人）
        elif (m := _BODY_BRACKETED.fullmatch(poster)) and writes_for_itself(m.group("body")):
            rows[i] = replace(c, department=m.group("body"), speaker=m.group("detail"))  # 某化工有限公司（安环部 宋工）
        elif c.source.row is not None and (m := _SPEAKS_AS.match(c.text.strip())) and writes_for_itself(m.group("body")):
            rows[i] = replace(c, department=m.group("body"))  # 来电人系某公司负责人，建议…: the body it speaks for
    for f, kinds in said.items():
        rows.notes.append(f"{f}：单位列中的“{'、'.join(dict.fromkeys(kinds))}”是提交人的身份，不是单位名称；"
                          "个人按社会公众、企业按提交人名称读取")


def _by_kind(kind: str, poster: str, cell: str | None) -> str | None:
    """The unit a message's poster writes as, given the kind a 身份 column gives them (``cell``: its 单位/所在地)."""
    bare = re.sub(r"[（(][^（）()]{1,30}[)）]$", "", kind)  # 个人（退休教师）: a person, their job as detail
    # (牧民（某旗某苏木某嘎查）: a person by their work, where they live as detail)
    if bare in _PUBLIC or bare in ("个人", "网民", "村民", "公民") or (not cell and
            is_identity(bare) and not re.search(r"企业|单位|机关|组织|社团|协会|团体|其[他它]|专家|学者|代表|委员", bare)):
        return _PUBLIC[0]  # the table says so (the 单位/所在地 cell says where they live)
    if (cap := re.match(r"([^（(，,]{0,12}?)(人大代表|政协委员)", cell or "")) and kind in ("人大代表", "政协委员") and poster:
        return cap.group(1) + cap.group(2) + poster  # 乌兰图雅 | 自治区人大代表（某代表团）: 自治区人大代表乌兰图雅
    if kind in ("企业", "社会组织", "单位", "机关", "事业单位", "协会", "团体") and writes_for_itself(poster):
        return split_office(poster)[0]  # 企业 | 某绒业集团股份有限公司 | 某工业园区: the company, not where it is
    return cell


def _poster(meta) -> str:
    """Who a ticket or a message says posted it (来电人 / 留言人 / 提交人 column), kept as detail."""
    return next((str(v).strip() for k, v in meta.items() if _POSTER_COLUMN.fullmatch(str(k)) and v), "")


_POSTER_COLUMN = re.compile(r"(?:来电|留言|提交|反映|来信|投诉|来访|诉求)人(?:姓名|名称)?")
# A poster cell naming a body and its contact (某养老院 尤女士), and a ticket saying the caller speaks as
# a body's head or staff (来电人系某公司负责人，…).
_BODY_AND_PERSON = re.compile(r"(?P<body>[^\s，,、（）()]{4,40})(?:[ \t\u3000]+(?P<person>[\u4e00-\u9fff·]{1,4}(?:先生|女士|经理|主任|院长|老师)?)|"
                              r"\s*[（(](?P<named>[\u4e00-\u9fff·]{2,4})[)）])")  # (某家庭农场（刘某）: the contact in brackets)
# A poster cell naming a body and, in brackets, who in it wrote (某化工有限公司（安环部 宋工）).
_BODY_BRACKETED = re.compile(r"(?P<body>[^\s，,、（）()]{4,40})\s*[（(](?P<detail>[^（）()]{1,20})[)）]")
# A poster cell naming a person and, in brackets, the body they head or work for (覃某（某合作社负责人）).
_PERSON_OF_BODY = re.compile(r"(?P<person>[\u4e00-\u9fff·]{1,4}(?:先生|女士)?)\s*[（(](?P<body>[^（）()\s，,]{4,40}?)"
                             r"(?:负责人|主任|副主任|书记|经理|院长|会长|理事长|社长|站长|场长|村长|董事长|法定代表人|工作人员|员工|职工)[)）]")
_SPEAKS_AS = re.compile(r"(?:来电人|留言人|反映人|来信人|来访人)(?:系|是|为)(?P<body>[^\s，,。；;]{4,40}?(?:公司|集团|协会|商会|学会|合作社|"
                        r"中心|医院|养老院|学校|幼儿园|研究院|研究所|事务所))的?(?:负责人|工作人员|员工|法定代表人|经理|院长|主任|职工|代表)")


def _praise_aside(rows: CommentList) -> None:
    """A message from the public in a file that only praises or supports the draft (写得很实在，点个赞！)
    asks nothing to answer: it is no tracker row, and it is listed in the reading report as set
    aside (and counted in a note), as a letter's praise is; so is a returned template's example row
    (示例 | 建议将“……”修改为“……”), whoever it names. Rows a program passed in stay its own."""
    kept, aside = [], []
    for c in rows:
        public = not c.department or c.department in _PUBLIC
        kind = next((str(v).strip() for k, v in c.meta.items() if _KIND_COLUMN.search(str(k)) and not _POSTER_KIND.search(str(k)) and v), "")
        why = None
        if c.source.file not in _IN_MEMORY and _example_row(c):
            why = "填写示例"  # the template's own example row (示例 | 建议将“……”修改为“……”。理由：…… | ××单位)
        elif c.source.file not in _IN_MEMORY and _number(c) in ("合计", "总计", "小计", "共计"):
            why = "合计行"  # 合计 | 共8件（其中意见建议6件，咨询1件…）: the export's count
        elif c.source.file not in _IN_MEMORY and _REST_NONE.fullmatch(c.text.strip()):
            why = "无意见"  # 其他章节无意见。: a form's closing row, whoever fills it in
        elif public and c.source.file not in _IN_MEMORY:
            why = ("无意见" if _NOTHING.fullmatch(c.text.strip()) or _NOTHING_SAID.fullmatch(c.text.strip()) else
                   "表注" if _TABLE_NOTE.match(c.text.strip()) and not asks(c.text) else
                   "测试留言" if _TEST_ROW.fullmatch(c.text.strip()) else
                   "已撤回" if _WITHDRAWN.fullmatch(c.text.strip()) else
                   "补充附件，未提具体意见" if _ATTACHED_ONLY.fullmatch(c.text.strip()) and not asks(c.text) else
                   "平台答复" if _ADMIN.fullmatch(c.speaker or _poster(c.meta)) and _REPLY_OPENING.match(c.text.strip()) else
                   "询问何时施行，未提具体意见" if _WHEN_IN_FORCE.fullmatch(c.text.strip()) else
                   "征求意见情况说明" if _CONSULTED_ACCOUNT.search(c.text) and not asks(c.text) else
                   "只提问，未提具体意见" if question_only(c.text) or (kind in _QUESTION_KINDS and not asks(c.text)) else
                   "重复工单" if (_SAME_TICKET.search(c.text) or kind in _REPEAT_KINDS) and not asks(_SAME_TICKET.sub("", c.text)) else
                   "表扬支持，未提具体意见" if praise_only(c.text) or (kind in _PRAISE_KINDS and not asks(_GOOD_WISH.sub("", c.text))) else None)
        (aside.append((c, why)) if why else kept.append(c))
    if aside:
        rows[:] = kept
        rows.skipped = [*getattr(rows, "skipped", ()), *((c.source.file, c.text, why) for c, why in aside)]
        for c, why in aside:
            said = {"无意见": "只写了“无”“无意见”或“已阅”一类的话，没有意见", "测试留言": "是测试留言，不是意见", "平台答复": "是平台管理员的答复，不是意见", "表扬支持，未提具体意见": "只表示支持或表扬，未提具体意见",
                    "只提问，未提具体意见": "只提问询问情况，未提具体意见", "填写示例": "是表格自带的填写示例",
                    "重复工单": "是同一诉求的重复或催办工单，内容见原工单", "合计行": "是合计行，不是意见",
                    "已撤回": "已由留言人撤回或被删除，没有留言内容",
                    "征求意见情况说明": "是报送单位对征求意见过程的说明，未提具体意见", "表注": "是导出表的说明或计数，不是意见"}.get(why, "只询问何时施行，未提具体意见")
            rows.notes.append(f"{c.source.file} 第{c.source.row}行：{said}，未列入意见表")


# A sender's account of how it gathered the opinions it sends (我市…组织市直有关部门…进行了研究，共收到意见建议11条，…汇总形成8条).
_CONSULTED_ACCOUNT = re.compile(r"(?:共|累计)(?:收到|收集|征集|梳理)[^。；;]{0,8}(?:意见|建议)|(?:汇总|梳理|整理)(?:形成|出)[^。；;]{0,6}(?:条|项|点)|"
                                r"组织[^。；;]{0,40}?(?:对|就)[^。；;]{0,30}?(?:进行了|开展了)(?:研究|讨论|研读|征求意见)")


# A template's example row: numbered 示例, or its words only placeholders (建议将“……”修改为“……”。理由：……).
_EXAMPLE_NUMBER = re.compile(r"示例|样例|范例|举例|例|例子|填写示例|填表示例|（例）|\(例\)")
_PLACEHOLDER = re.compile(r"…{2,}|\.{6,}|[×xX＊*]{2,}|○{2,}|□{2,}")
_TEMPLATE_WORDS = re.compile(r"建议|将|把|修改为|改为|修改|增加|删除|补充|理由|原文|依据|[\W_]")


def _number(c) -> str:
    """A row's 序号 cell (示例, 合计, 3)."""
    return next((re.sub(r"\s+", "", str(v)) for k, v in c.meta.items() if str(k).strip() in ("序号", "编号", "序") and v), "")


def _example_row(c) -> bool:
    if _EXAMPLE_NUMBER.fullmatch(_number(c)):
        return True
    return bool(_PLACEHOLDER.search(c.text)) and not _TEMPLATE_WORDS.sub("", _PLACEHOLDER.sub("", c.text))


# A platform's own reply among the messages (管理员：感谢您的留言！…已转…研究): the office answering, no opinion.
_ADMIN = re.compile(r"(?:网站|平台|系统)?(?:管理员|客服|工作人员|小编)")
_REPLY_OPENING = re.compile(r"(?:感谢|谢谢)(?:您|你)的?(?:留言|来信|建议|意见|关注)|(?:您好|你好)[，,！!]\s*(?:您|你)(?:反映|提出|留言)")
# An export's column typing each message (诉求类型 | 留言类别), and the types that only thank or praise:
# a ticket typed 表扬 in the operator's words (来电人…对医保部门表示感谢) asks nothing unless it says so.
_KIND_COLUMN = re.compile(r"类型|类别|分类")
_POSTER_KIND = re.compile(r"人类[型别]|身份|用户类")  # (来电人类型 | 个人: who calls, not what the ticket is)
_PRAISE_KINDS = frozenset({"表扬", "感谢", "致谢", "点赞", "赞扬"})
# A good wish closing praise (希望规划好、建设好 / 祝家乡越来越好): it asks for nothing the office can answer.
_GOOD_WISH = re.compile(r"(?:希望|祝愿?|愿)(?:规划|方案|政策|工作|家乡|我们?[县市区镇乡村])?[^，,。！!；;]{0,8}?(?:越来越好|更加美好|顺利|好)"
                        r"(?:[、，,](?:规划|建设|落实|实施)?好)*")
_QUESTION_KINDS = frozenset({"咨询", "查询", "询问"})  # (来电人咨询…在哪个网站可以查看。已告知…)
_REPEAT_KINDS = frozenset({"催办", "重复", "重复件", "重复工单", "重复来电"})  # (…尚未收到答复，要求尽快回复)
# A ticket saying it repeats another (同工单GD…，来电人再次来电询问办理进度，诉求内容同上): its request is the other's.
_SAME_TICKET = re.compile(r"(?:同|与)(?:工单|上一?(?:工单|条|件))\s*[A-Za-z0-9\-]*[^。]{0,40}?(?:诉求|内容|反映)(?:内容)?(?:同上|相同|一致|重复)|"
                          r"(?:再次|又)来电(?:询问|催问|催办)(?:办理)?(?:进度|结果|情况)")
# A message from the public that only asks when the draft takes effect (请问这个条例预计什么时候正式施行？).
_WHEN_IN_FORCE = re.compile(r"(?:请问|想问一?下|问一下)?[，,]?[^。！？!?，,]{0,14}(?:什么时候|何时|啥时候|哪天)(?:能|可以|会|才能)?(?:正式|开始)?"
                            r"(?:施行|实施|出台|生效|发布|落地)(?:呢|啊)?[？?。]?")
# A row typed to try the platform (测试留言，请忽略 / test): no one's message.
_TEST_ROW = re.compile(r"(?:这是|此为|本条(?:为|是)?)?(?:测试|test|TEST|Test)(?:留言|数据|信息|内容|消息)?[，,。.！!]?\s*"
                       r"(?:请忽略|请勿处理|无需处理|勿理|忽略)?[。.！!]?")
# A row that only sends a picture or a file on (上次留言的事情补充一下照片，见附件。 / 补发现场图片): nothing to answer.
_ATTACHED_ONLY = re.compile(r"[^。！？!?]{0,30}?(?:补充|补发|上传|附上|附|发|传)(?:一下|一些|几张|两张|了)?(?:现场)?(?:照片|图片|附件|视频|材料)"
                            r"[^。！？!?]{0,12}?[。！!，,]?\s*(?:(?:详|请)?见附件[。！!]?)?")
# A row whose message was withdrawn or removed, only the platform's note left (（该留言已由留言人撤回）).
_WITHDRAWN = re.compile(r"(?=.*[已被])[（(【\[]?(?:该|此|本)?条?(?:留言|信件|帖子|工单|内容|意见)?(?:因?(?:含有|包含|涉及|存在)[^，,。（）()]{1,14}[，,]?)?(?:已经?|已被)?(?:由(?:留言人|网友|用户|本人|提交人|发布人)|被)?"
                        r"(?:自行|主动)?(?:撤回|删除|撤销|屏蔽)(?:了)?[)）】\]]?[。.]?")
# …and in a few clauses with support (已阅，支持规划，无意见。); an export's own note in its text column (共9条留言。本表由系统自动生成…).
_NOTHING_SAID = re.compile(r"(?:(?:已阅|已读|阅|支持|赞成|同意)(?:规划|方案|条例|办法)?|无意见|没有意见|暂无意见|无其他意见|无修改意见)"
                           r"(?:[，,、]\s*(?:(?:已阅|已读|支持|赞成|同意)(?:规划|方案|条例|办法)?|无意见|没有意见|暂无意见|无其他意见|无修改意见))+[。.！!]?")
# A row saying the rest of the draft draws no remark (其他章节无意见。 / 其余部分无修改意见).
_REST_NONE = re.compile(r"(?:其[他它余]|除此之外|除上述(?:意见)?外)[^，,。；;]{0,6}?(?:均|都)?(?:无意见|无修改意见|没有意见|无其他意见|无异议)[。.！!]?")
_TABLE_NOTE = re.compile(r"(?:共|合计|总计)\s*\d+\s*条(?:留言|意见|记录|建议)[。，,]|本表由[^。，,]{0,24}?(?:自动)?(?:生成|导出)|"
                         r"(?:留言人|个人|用户)信息已(?:做|作|经)?脱敏")  # (本表由门户网站互动交流平台自动导出，留言人信息已做脱敏处理。)
# A message from the public that says it has nothing to say (无 / 暂无意见 / 没有).
_NOTHING = re.compile(r"(?:无|没有|暂无|无意见|没有意见|暂无意见|暂无建议|无建议|没意见|无其他意见|无修改意见|已阅|已读|阅)[。.！!]?")


# A citizen's message short enough that its numbered points are its requests (characters).
_SHORT_MESSAGE = 240


# A message of requests only, one sentence of them joined by semicolons (建议增加…；建议在…禁止…。), each opening with a
# word that asks (not a complaint whose plea comes again at its end: …。希望领导们尽快…！).
_ASKS_ONLY = re.compile(r"(?:\s*(?:建议|希望|恳请|请求)[^。！!？?；;\n]+[；;])+\s*(?:建议|希望|恳请|请求)[^。！!？?；;\n]+[。！!]?\s*")


def _split_cells(rows: CommentList) -> None:
    """A unit's spreadsheet cell holding several requests gives one opinion per request
    (:func:`~consultagg.extract.split_cell`); ids get ``-1``, ``-2`` after the row's id. A
    citizen's short message stays one message unless it numbers its points (提几点建议：1.…；2.…),
    asks again in words (…。另外建议…) or only asks (建议…；建议…。), and rows a program passed in (dicts, DataFrames) are its own
    opinions and stay one to one."""
    out, changed = [], False
    for c in rows:
        # (a body posting in a message or ticket column, 覃某（某合作社负责人）, writes a message as citizens do)
        unit = c.department and c.department not in _PUBLIC and not _poster(c.meta)
        parts = [(c.text, {})]
        if c.source.row is not None and c.source.file not in _IN_MEMORY:
            parts = split_cell(c.text, requests=True)
            if not unit and not (len(c.text) <= _SHORT_MESSAGE and (all(m.get("numbering") or m.get("announced") for _, m in parts)
                                                                    or all(asks_again(t) or opens_on_part(t) for t, _ in parts[1:])
                                                                    or _ASKS_ONLY.fullmatch(c.text))):
                # a citizen's message is one, unless a short one numbers its requests (提几点建议：1.…；2.…)
                # or says it asks again (…。另外建议… / …。第十章…部分…，应当…): a long letter's numbered points tell its story as
                # often as they ask
                parts = [(c.text, {})]
        if len(parts) == 1:
            out.append(c)
            continue
        changed = True
        rows.notes.append(f"{c.source.file} 第{c.source.row}行：一格中有{len(parts)}条意见，已分为{len(parts)}条")
        out.extend(replace(c, id=f"{c.id}-{meta['cell_part']}", text=text, meta={**c.meta, **meta})
                   for text, meta in parts)
    if changed:
        taken = Counter(c.id for c in out)
        for k, c in enumerate(out):  # (a part's id, 某-2, is another row's given id: each opinion keeps one of its own)
            if taken[c.id] > 1 and c.meta.get("cell_part"):
                new, _ = free_id(content_key(c.department or ""), content_key(c.text), taken)
                taken[c.id] -= 1
                taken[new] += 1
                out[k] = replace(c, id=new)
        rows[:] = out


def read_plan(path, *, title: str | None = None) -> Plan:
    """Read the draft plan (征求意见稿) into a tree of sections.

    Parameters
    ----------
    path : str, Path, Plan or str of text
        A ``.txt``/``.md`` file (encoding detected) or a ``.docx`` (python-docx); a Plan is
        returned as it is; a string that is not a file name is parsed as the plan's text.
    title : str, optional
        The plan's title when the text does not start with it.

    Examples
    --------
    >>> plan = read_plan("宁夏生态环境保护规划\\n第一章 总体要求\\n一、指导思想\\n坚持生态优先。")
    >>> isinstance(plan, Plan)
    True
    """
    if isinstance(path, Plan):
        return path if title is None else replace(path, title=title)
    if isinstance(path, str) and not _looks_like_path(path):
        return parse_plan(path, source="<text>", title=title)
    return parse_plan(read_plan_text(path), source=str(path), title=title)


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024:
        return False
    try:
        return Path(s).exists() or Path(s).suffix.lower() in (".txt", ".md", ".docx", ".doc", ".pdf")
    except OSError:
        return False

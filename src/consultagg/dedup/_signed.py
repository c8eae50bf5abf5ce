"""What a sender adds around a request without asking for anything: a signature after the last
sentence, a closing courtesy, a note on who typed it in or where it was passed on from.

Form letters are signed by each sender in their own way (``…保障孩子安全。东篱小学三年级二班家长``,
``…秩序会更乱。出租车司机 工号0317``, ``…（杨帆）``, ``…微信昵称：快乐每一天``); a forwarded or re-sent
message carries a note (``（此条由某局办公室代为录入）``, ``【补发】附件一内容如下：``, ``——转自业主群``).
None of it is part of the request, and :func:`tidy` sets it aside before two near-copies are
compared (``consultagg.dedup.reduce._reduce``).

>>> tidy("建议上学时段校门口路段禁止社会车辆通行，保障孩子安全。东篱小学三年级二班家长")
'建议上学时段校门口路段禁止社会车辆通行，保障孩子安全。'
>>> tidy("建议增设护学岗。家长们希望增加护学岗")
'建议增设护学岗。家长们希望增加护学岗'
"""

from __future__ import annotations

import re

from consultagg.dedup._reposts import REFERENCE_WORD

__all__ = ["POLITE_TAIL", "tidy"]

# The closings of a letter or a message at its end (以上意见供参考 / 谢谢 / 请领导重视 / 如有疑问请致电…).
POLITE_TAIL = re.compile(
    r"(?:[。；;，,\s]*(?:以上(?:意见|建议)(?:仅)?供参考|以上(?:意见|建议)[，,]?请?(?:予|一并)?(?:采纳|参考|研究|考虑|酌)|"
    r"特此(?:函复|函告|复函|说明|报告|请示)|此复|请予(?:采纳|参考|研究|考虑)|请酌(?:处|定)?|谢谢(?:您|你们)?|感谢|辛苦了|"
    r"此致敬礼|不胜感激|妥否[，,]?请(?:指示|批示|示)|(?:如有不妥|不当之处|不妥之处)[，,]?(?:敬?请|望)?(?:批评)?指正|盼复|盼回复|期待(?:您的)?回复|望回复|"
    r"(?:如有|若有)?(?:不妥|不当)(?:之处)?[，,]?(?:还|敬|也)?(?:请|望)?(?:谅解|见谅|海涵|包涵)|(?:非常|十分|衷心)感谢(?:您|你们|各位领导|领导)?(?:在)?百忙之中[^。！!？?]{0,12}|"
    r"(?:恳请|请|望)(?:各位)?[县市区乡镇省]?领导们?(?:予以|给予)?(?:高度)?重视|(?:恳请|请|望)(?:各位)?领导们?(?:考虑|体谅|关心)(?:一下)?(?:我们的?)?(?:实际)?(?:困难|情况|诉求)?|"
    r"希望(?:我的|以上|这些)?(?:建议|意见)?能?(?:对[^。！!]{0,12})?有所(?:帮助|参考|裨益)|以上(?:是|为)我的(?:真实)?(?:经历|情况|感受)|(?:除此之外|此外|其他)?(?:我单位|我们|我)?(?:无|没有)其他(?:意见|建议)|"
    r"(?:恳请|请|望|敬请)?(?:予以)?采纳(?:为盼)?|为盼|再次感谢[^。！!？?]{0,30}|此致|敬礼|其他(?:无|没有)(?:意见|建议)|"
    # 感谢贵厅对供水企业的关心和支持
    r"(?:衷心|非常|十分)?感谢[^。！!？?]{0,24}?(?:关心|关注|支持|帮助|指导|信任|厚爱)(?:和|与|、)?(?:关心|关注|支持|帮助|指导|信任|厚爱)?|"
    # 恳请起草部门予以采纳 / 恳请予以考虑 / 个人一点浅见，仅供参考
    r"(?:恳请|敬请|请|望)[^。！!？?，,]{0,8}?予以?(?:考虑|采纳|研究|参考|支持)(?:为盼)?|(?:个人|本人)?(?:的)?(?:一点|几点)?(?:浅见|拙见|愚见)|(?:仅|谨)供参考|"
    # 感谢您在百忙之中阅读此信 / 以上建议不知是否可行，恳请领导考虑 / 以上建议是我…的一点想法，…仅供参考
    r"感谢(?:您|你们|各位领导|领导)?(?:在)?百忙之中[^。！!？?]{0,12}|"
    r"以上(?:建议|意见|想法)(?![^。！!？?]*(?:第|专栏|附件|表\d))[^。！!？?]{0,40}?(?:参考|考虑|采纳|指正|斟酌)[^。！!？?]{0,4}|"
    # 以上是我的一点想法 / 以上是我个人的意见和建议，希望能得到相关部门的重视和回复
    r"以上(?:是|为)?(?:我|本人|个人)(?:的|个人的?)?(?:一点|几点)?(?:个人的?)?(?:小)?(?:想法|看法|浅见|拙见|意见和建议|意见建议|意见|建议)|"
    r"(?:希望|恳请|请|望)(?:能)?(?:得到|引起)?(?:相关|有关)?(?:部门|领导)?的?(?:高度)?重视(?:和|并)?(?:回复|答复|采纳)?|(?:如需|如有)[^。！!须不由提天]{0,12}(?:请|可)(?:致电|联系|来电)[^。！!]{0,24})"
    r"[。.!！]*)+\s*$")
# Who signs: a role a sender writes under (家长, 司机, 商户 …), with what places them before it.
_ROLE = r"(?:居民|村民|市民|业主|家长|司机|商户|摊主|店主|车主|乘客|学生|骑手|职工|员工|网友|志愿者|教师|老师|退休职工|党员|代表)"
# How the name of a unit that signs ends (某县人民政府, 某县交通运输局, 某某物业服务有限公司).
_ORGAN = r"人民政府|政府|局|委员会|委|厅|办公室|公司|集团|中心|研究院|研究所|协会|商会|学会|合作社|联合社|医院|学校|大学|学院"
# Words a signature never holds: a word that asks, takes a side, negates or changes something.
_ASKS_OR_SIDES = re.compile(r"建议|请(?!人)|希望|要求|应|须|盼|呼吁|支持|反对|同意|不|没|无|未|禁止|增|减|删|改|调整|取消|保留|"
                            r"设置|设立|安装|修|建|是|为|能|可以|太|很")
_LAST = re.compile(r"(?<=[。！!？?])\s*(?P<dash>——|—|--)?\s*(?P<sig>[^。！!？?\n]{2,40})$")
_SIGNATURE = re.compile(
    rf"(?!包括|尤其|特别|以及|及|和|对|给|为|让|针对|面向|方便|照顾|保障|关爱|优先|还有|比如|例如|如)[^，,；;]{{0,16}}?{_ROLE}"
    r"(?:[ \t\u3000：:]*[\w\-·*＊（）()]{1,14}){0,3}|"  # 东篱小学三年级二班家长 / 出租车司机 工号0317 / 某某苑业主：吴某（9-2-801）
    r"[（(][\u4e00-\u9fff·]{2,4}[)）]|"  # （杨帆）
    # 某县第一中学 初二（3）班 林某某: a pupil's school, class and name
    r"[\u4e00-\u9fff]{2,16}(?:小学|中学|学校|幼儿园)[ \t\u3000]*[\u4e00-\u9fff\d（）()]{1,10}班[ \t\u3000]*[\u4e00-\u9fff·]{2,4}|"
    r"[（(][^（）()]{0,30}(?:征集|整理|汇总|代为?(?:录入|提交|转达))[^（）()]{0,10}(?:提交人|联系人|录入人)?[：:]?[\u4e00-\u9fff·]{0,4}[)）]|"
    r"[\u4e00-\u9fff]{2,8}\d{1,3}(?:[-－栋幢号]\d{1,3}){1,2}(?:[-－室]?\d{2,4})?|"  # 双桂苑12-3-401 (an address)
    r"[\u4e00-\u9fff]{2,8}\d{1,3}(?:号楼|栋|幢)[\u4e00-\u9fff]{1,3}|"  # 金穗苑1号楼老周
    r"(?:微信昵称|昵称|网名|用户名|ID)[：:]\s*\S{1,16}|"
    # the sending unit, bare or in brackets, with the date it signs (（某县人民政府） / 某县交通运输局 2021年3月12日)
    rf"[（(]?[\u4e00-\u9fff]{{2,20}}(?:{_ORGAN}|院)[)）]?"
    r"(?:\s*\d{4}年\d{1,2}月\d{1,2}日)?")
# A closing that asks only for an answer or gives a contact (希望能得到回复，谢谢！ / 如有不妥，请与我局综合科联系。).
_COURTESY = re.compile(r"(?<=[。！!？?])\s*(?:(?:希望|盼望|期待)(?:能|可以)?(?:得到|收到)(?:您的|你们的|领导的)?(?:回复|答复)[，,]?\s*(?:谢谢[！!。]?)?|"
                       r"(?:如有(?:不妥|疑问|问题|需要)[，,]?\s*)?(?:请|可|敬请)(?:与|和|跟)[^。！!？?，,]{1,16}联系[。！!]?)\s*$")
# A note on which copy counts or how it was sent again (（此件与3月10日传真件内容一致，以此件为准） /
# （此为电子版，纸质版已另行报送） / （上次提交好像没成功，再发一次）).
_WHICH_COPY = re.compile(r"\s*[（(](?:(?:此件|本件|该件|此稿|本稿)[^（）()]{0,30}|(?![^（）()]*(?:建议|希望|要求|请))[^（）()]{0,30}"
                         r"(?:电子版|纸质版|纸质件|传真件|再发一[次遍]|重发|再次(?:报送|提交|发送)|重新(?:报送|提交|发送)|"
                         r"以(?:此|本)(?:件|条|稿|封)?为准|没成功|未成功|重复提交|再报一次|已通过[^（）()]{0,8}报送)[^（）()]{0,24})[)）]\s*$")
# A line above the message saying it is sent again (再发一遍，怕领导没看到👇 / 各位领导：…因未收到回执，现再次报送。).
_SENT_AGAIN_LINE = re.compile(r"^\s*[^\n]{0,40}(?:再发一[遍次]|重发一[遍次]|再次(?:报送|提交|发送)|重新(?:报送|提交|发送))[^\n]{0,16}\n+")
# What stands under a message's last sentence, a line each: a mail's disclaimer, a contact, the unit or its office.
_TAIL_LINE = re.compile(r"\n+\s*(?:(?:——|—|--)\s*(?![^\n]*(?:第|章|条|附件|附表|页))[^\n。！!？?，,]{2,40}|(?:此|本)(?:电子)?邮件[^\n]{0,40}(?:仅供|保密|收件人|删除)[^\n]{0,30}|"
                        r"(?:联系人|联系电话|电话|手机|邮箱|传真)[：:][^\n]{1,40}|附[：:][^\n]{0,24}(?:报送|纸质|传真|寄送)[^\n]{0,12}|"
                        rf"[\u4e00-\u9fff]{{2,24}}(?:{_ORGAN}|处|科|室|办)"
                        r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,8}(?:处|科|室|办|部))?|"
                        r"\d{4}年\d{1,2}月\d{1,2}日)\s*$")
# Where a message was passed on from or who typed it in (——转自业主群 / （此条由某局办公室代为录入） / 【补发】附件一内容如下：).
_FROM = re.compile(r"\s*(?:——|—|--)\s*(?:转自|来自|摘自|来源[：:]?)[^。！!？?，,]{1,16}\s*$")
_TYPED_BY = re.compile(r"^\s*[（(【\[]?\s*(?:此条|本条|该条|本意见|此意见)?由[^（）()【】\[\]。]{1,24}代为?(?:录入|提交|转达|填写)[）)】\]]?\s*|"
                       # 补充报送：经我局再次核对，原意见无变化，现重新发送。 / 第2条意见（与第1批次相同，重复报送）：
                       r"^\s*(?:补充报送|重新报送|补报|重发)[：:][^。]{0,40}(?:重新发送|重新报送|再次报送|无变化)[^。]{0,10}。\s*|"
                       r"^\s*第[\d一二三四五六七八九十]+条(?:意见|建议)?[（(][^（）()]{0,20}(?:重复|相同)[^（）()]{0,10}[)）][：:]\s*|"
                       r"^\s*附件[\d一二三四五六七八九十]+[：:]\s*[^\s，,。：:]{2,20}意见\s+|"  # 附件1：省港口集团意见 …
                       r"^\s*【[^】]{0,12}(?:接龙|群)[^】]{0,10}】\s*|"  # 【业主群接龙 第17条】
                       r"^\s*(?:再次提交|重新提交|再次报送|重新报送|重复提交)[：:]\s*|"  # 再次提交：…
                       # 【重复提交，请以本件为准】
                       r"^\s*[【\[][^】\]]{0,6}(?:重复提交|再次提交|重新提交|重复报送|再次报送|重新报送)[^】\]]{0,12}[】\]]\s*|"
                       r"^\s*[【\[][^】\]]{0,6}(?:补发|补充|重发|更正|再发)[^】\]]{0,4}[】\]]\s*(?:附件[一二三四五六七八九十\d]+)?"
                       r"(?:内容|正文)?(?:如下)?[：:]?\s*")  # 【补发】 / 【更正后重发】
# A note that only the wrapper changed (上一封邮件标题写错了，内容不变。) opening a message sent again.
_SAME_CONTENT = re.compile(r"^\s*(?![^。！!？?\n]*(?:建议|希望|要求|请(?!以)))[^。！!？?\n]{0,30}(?:内容不变|内容未变|内容没变|正文不变|内容一致|内容相同|内容无变化)[。！!]?\s*")
# A unit quoting another's opinion and agreeing with it (引用 @某局 的意见：“…”我单位同意上述意见。).
_QUOTED_AGREEING = re.compile(r"^\s*(?:引用|转引|附议)\s*@?[^：:“”\"]{1,20}?(?:的)?(?:意见|建议|留言)?[：:]\s*[“\"](?P<q>[^“”\"]{6,})[”\"]\s*"
                              r"(?:(?:我|本)(?:单位|局|厅|委|院|们|人)?(?:完全)?(?:同意|赞同|支持)(?:上述|该|此|以上)?(?:意见|建议)?[。！!]?)?\s*$")


# An opening that only leads up to the request (打扰一下，想问问能不能… / 尊敬的某局：经我所律师讨论，建议…).
_LEAD_UP = re.compile(r"^\s*(?:尊敬的[^，,。：:]{1,20}[：:]\s*)?(?:打扰(?:一下|了|您了?)[，,！!]?\s*)?(?:我?想)?(?:问问|问一下)(?=能不能|可不可以|能否|是否)|"
                      # 我局对《规划》无其他意见，仅建议…: the one request is what is left
                      r"^\s*(?:我[局厅委办院市县区])?对《[^》]{1,40}》(?:无|没有)其他(?:意见|建议)[，,]\s*(?:仅|只)(?=建议|提)|"
                      # 感谢贵厅征求我局意见。我局对规划总体无异议，仅提一点修改建议：
                      r"^\s*(?:感谢[^。！!]{0,20}[。！!]\s*)?(?:我[局厅委办院市县区司])?对[^，,。：:]{0,20}(?:总体|原则)?(?:无异议|无其他意见|没有其他意见|同意)[，,]\s*"
                      r"(?:仅|只)提(?:一点|一条|以下)?(?:修改)?(?:意见|建议)?[：:]\s*|"
                      r"^\s*(?:尊敬的[^，,。：:]{1,20}[：:]\s*)?经我[所院局厅委办会][^，,。：:]{0,8}(?:讨论|研究|研讨)[，,]\s*")


def tidy(s: str) -> str:
    """``s`` without a trailing signature or courtesy and without notes on how it came (see the module)."""
    if m := _QUOTED_AGREEING.match(s):
        s = m.group("q")
    s = _LEAD_UP.sub("", _SAME_CONTENT.sub("", _TYPED_BY.sub("", _SENT_AGAIN_LINE.sub("", s))))
    s = _WHICH_COPY.sub("", _FROM.sub("", s))
    if "\n" in s:
        body = s
        while (m := _TAIL_LINE.search(body)) \
                and not (m.group(0).lstrip()[:1] in "—-" and _ASKS_OR_SIDES.search(_names_aside(m.group(0)))):
            body = body[:m.start()]  # …的规定。↵↵联系人：某 联系电话：…↵省市场监管局综合处↵2023年6月1日
        if body != s and re.search(r"[。！!？?]\s*$", body):
            s = body
    s = _twice(s)
    for _ in range(2):  # a signature after a courtesy, or the other way round
        s = _COURTESY.sub("", s).rstrip()
        m = _LAST.search(s)
        sig = m.group("sig").strip() if m else ""
        inner = sig[1:-1] if sig[:1] in "（(" and sig[-1:] in "）)" else sig  # （某某里12幢 业主 孙某）
        if m and (_SIGNATURE.fullmatch(sig) or _SIGNATURE.fullmatch(inner) or (m.group("dash") and not REFERENCE_WORD.search(sig))) \
                and not _ASKS_OR_SIDES.search(_names_aside(sig)):
            s = s[:m.start()].rstrip()  # …。——陈某某，某区海滨路8号: what a dash signs off with
    return s


def _twice(s: str) -> str:
    """A message pasted twice, whole, as one: once."""
    t = s.strip()
    h = len(t) // 2
    for k in (h - 1, h, h + 1):
        if 8 <= k < len(t) and (a := t[:k].strip()) == t[k:].strip():
            return a
    return s


_LABELLED_NAME = re.compile(r"(?:微信昵称|昵称|网名|用户名|ID|提交人|联系人|录入人)[：:]\s*\S{1,16}")


def _names_aside(sig: str) -> str:
    """A signature's text without the name or handle after its label (昵称：平安是福 holds 是 as a name)."""
    return _LABELLED_NAME.sub("", sig)
